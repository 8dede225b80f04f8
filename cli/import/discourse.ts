// The importer's view of a Discourse site: what it reads
// (./discourse-reads.ts), and the topics it creates and updates, through
// core's API and the plugin's posting endpoint.

import type Discourse from "discourse2";
import { type JobFields, SiteReads, type TopicRef } from "./discourse-reads.ts";
import { ApiError } from "./errors.ts";

export type { JobFields, TopicRef } from "./discourse-reads.ts";
export type { SiteOptions } from "./site-client.ts";

type CreateParams = Parameters<Discourse["createTopicPostPM"]>[0];
type UpdateTopicParams = Parameters<Discourse["updateTopic"]>[0];

export class DiscourseSite extends SiteReads {
  /**
   * POST /posts.json, sent before any lookup: a new file costs one request.
   * When the external_id is already taken (core: app/models/topic.rb
   * validates external_id unique, case-insensitively; PostsController
   * answers 422 with the record's messages, in the forum's language), the
   * topic is looked up and returned as existing. A 422 for any other reason
   * finds no topic and is thrown as it came. A dropped connection or a 5xx
   * may come after Discourse created the topic: before trying again, look
   * for it by external_id, so a retry never makes a second topic.
   */
  async createTopic(
    params: CreateParams & { external_id: string },
    customFields: Record<string, unknown>
  ): Promise<{ topic: TopicRef; created: boolean }> {
    try {
      return {
        topic: await this.#create(params, customFields),
        created: true,
      };
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 422) {
        throw error;
      }
      const existing = await this.findTopic(params.external_id);
      if (existing === null) {
        throw error;
      }
      return { topic: existing, created: false };
    }
  }

  async #create(
    params: CreateParams & { external_id: string },
    customFields: Record<string, unknown>
  ): Promise<TopicRef> {
    // topic_custom_fields is accepted by core for registered fields but is
    // not in the spec, and discourse2 refuses unknown parameters while it
    // validates: the typed part is checked by the compiler instead.
    // discourse2 empties the params object it is given, so each try gets a
    // fresh one (a retry once went out without `raw`).
    const body = () =>
      ({ ...params, topic_custom_fields: customFields }) as CreateParams;
    return this.call(
      "createTopicPostPM",
      async () => {
        const post = await this.client.createTopicPostPM(body(), {
          ...this.exec(),
          validateParams: false,
        });
        return {
          topicId: Number(post.topic_id),
          title: String(params.title),
          firstPostId: Number(post.id),
        };
      },
      {
        beforeRetry: async () =>
          (await this.findTopic(params.external_id)) ?? undefined,
      }
    );
  }

  async updateTitle(topicId: number, title: string): Promise<void> {
    // The spec documents {topic: {title}}, but TopicsController#update reads
    // the top-level `title` (hence discourse2's warning that updateTopic is
    // "broken"): send both, which the spec allows (no additionalProperties:
    // false). _exec is the same call without discourse2's console warning.
    const params = () =>
      ({ id: String(topicId), topic: { title }, title }) as UpdateTopicParams;
    await this.call("updateTopic", () =>
      this.client._exec(
        "updateTopic",
        params() as unknown as Record<string, string>,
        {
          ...this.exec(),
          validateParams: false,
        }
      )
    );
  }

  async updateFirstPost(postId: number, raw: string): Promise<void> {
    await this.call("updatePost", () =>
      this.client.updatePost(
        {
          id: String(postId),
          post: { raw, edit_reason: "discourse-job-board import" },
        },
        this.exec()
      )
    );
  }

  async putFields(topicId: number, job: JobFields): Promise<void> {
    await this.plugin("PUT", topicId, { job });
  }
}
