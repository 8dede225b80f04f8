// What the importer reads of a Discourse site: its categories and title
// rules, a topic by external_id or id, a first post's raw, and the posting's
// fields through the plugin's endpoint. Every request goes through
// ./site-client.ts (paced, timed out, retried).

import { HTTPError } from "discourse2";
import type { PostingFields } from "../../assets/javascripts/discourse/lib/posting/index.ts";
import {
  categoryNames,
  type CategoryNode,
  findCategoryId,
} from "./categories.ts";
import { ApiError, NotDiscourseError } from "./errors.ts";
import { pluginRequest, rawRequest } from "./plugin-endpoint.ts";
import { SiteClient } from "./site-client.ts";
import { rulesFromSiteSettings, type TitleRules } from "./title-rules.ts";

export interface TopicRef {
  topicId: number;
  title: string;
  firstPostId: number;
}

/** The wire contract's `job` object (DESIGN.md): field names without `job_`. */
export type JobFields = PostingFields;

export class SiteReads extends SiteClient {
  /**
   * The category's id from its slug, or `parent/child` for a subcategory,
   * and every category's `slug (name)` to name them when none matches.
   */
  async categoryId(
    slug: string
  ): Promise<{ id: number | null; known: string[] }> {
    const answer = await this.call("listCategories", () =>
      this.client.listCategories({ include_subcategories: true }, this.exec())
    );
    const roots = (answer as { category_list?: { categories?: unknown } })
      ?.category_list?.categories;
    if (!Array.isArray(roots)) {
      throw new NotDiscourseError("listCategories", 200);
    }
    return {
      id: findCategoryId(roots as CategoryNode[], slug),
      known: categoryNames(roots as CategoryNode[]),
    };
  }

  /**
   * The forum's title rules, when the key may read the site settings (an
   * admin's); otherwise null, and core's defaults apply.
   */
  async titleRules(): Promise<TitleRules | null> {
    try {
      const answer = await this.call("GET /admin/site_settings.json", () =>
        rawRequest(this.options, "GET", "/admin/site_settings.json")
      );
      return rulesFromSiteSettings(answer);
    } catch (error) {
      if (
        error instanceof ApiError &&
        (error.status === 403 || error.status === 404)
      ) {
        return null;
      }
      throw error;
    }
  }

  /**
   * The topic holding this external_id, or null when there is none.
   * core: TopicsController#show_by_external_id answers 301 to the topic's
   * own URL. discourse2's getTopicByExternalId follows it without the
   * request options (so without the timeout): the redirect is read here and
   * the topic asked for with the options.
   */
  async findTopic(externalId: string): Promise<TopicRef | null> {
    let topicId: number;
    try {
      topicId = await this.call("getTopicByExternalId", async () => {
        try {
          await this.client._exec(
            "getTopicByExternalId",
            { external_id: externalId },
            this.exec()
          );
        } catch (caught) {
          const location =
            caught instanceof HTTPError && caught.status === 301
              ? caught.response.headers.get("location")
              : null;
          const id = location ? /\/(\d+)\.json$/.exec(location)?.[1] : null;
          if (id) {
            return Number(id);
          }
          throw caught;
        }
        throw new NotDiscourseError("getTopicByExternalId", 200);
      });
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) {
        return null;
      }
      throw error;
    }
    return this.getTopic(topicId);
  }

  /** The topic with this id, or null when it is gone. */
  async getTopic(topicId: number): Promise<TopicRef | null> {
    try {
      const topic = await this.call("getTopic", () =>
        this.client.getTopic({ id: String(topicId) }, this.exec())
      );
      const firstPost = topic.post_stream?.posts?.find(
        (post) => post.post_number === 1
      );
      return {
        topicId: Number(topic.id),
        title: String(topic.title),
        firstPostId: Number(firstPost?.id),
      };
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) {
        return null;
      }
      throw error;
    }
  }

  async firstPostRaw(postId: number): Promise<string> {
    const post = await this.call("getPost", () =>
      this.client.getPost({ id: String(postId) }, this.exec())
    );
    return String((post as { raw?: unknown }).raw ?? "");
  }

  async getFields(topicId: number): Promise<Partial<JobFields>> {
    const answer = await this.plugin("GET", topicId);
    return answer.job ?? {};
  }

  protected plugin(
    method: "GET" | "PUT",
    topicId: number,
    body?: unknown
  ): Promise<{ job?: Partial<JobFields> }> {
    return this.call(`${method} /job-board/postings/${topicId}.json`, () =>
      pluginRequest(this.options, method, topicId, body)
    );
  }
}
