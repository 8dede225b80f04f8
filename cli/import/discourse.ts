// The importer's view of a Discourse site: the few core calls it needs,
// made through discourse2 (typed from Discourse's OpenAPI spec), and the
// plugin's own posting endpoint. Every request waits its turn in the rate
// limit (./pacer.ts), gives up after the timeout, is retried by ./retry.ts
// and turned into an ApiError; nothing here ever prints the API key.

import Discourse, { HTTPError } from "discourse2";
import type { PostingFields } from "../../assets/javascripts/discourse/lib/posting/index.ts";
import { type CategoryNode, findCategoryId } from "./categories.ts";
import { ApiError, fromClientError, NotDiscourseError } from "./errors.ts";
import { Pacer } from "./pacer.ts";
import { pluginRequest, rawRequest } from "./plugin-endpoint.ts";
import { type RetryHooks, type RetryPolicy, withRetry } from "./retry.ts";
import { rulesFromSiteSettings, type TitleRules } from "./title-rules.ts";

export interface SiteOptions {
  url: string;
  apiKey: string;
  apiUsername: string;
  policy: RetryPolicy;
  /** Ctrl-C: cuts retry waits short (a request under way is let finish). */
  signal?: AbortSignal;
  timeoutMs: number;
  /** Shared by every request; a fresh one at core's default limit when left out. */
  pacer?: Pacer;
  onRetry?: (operation: string, error: unknown, delayMs: number) => void;
}

export interface TopicRef {
  topicId: number;
  title: string;
  firstPostId: number;
}

/** The wire contract's `job` object (DESIGN.md): field names without `job_`. */
export type JobFields = PostingFields;

type CreateParams = Parameters<Discourse["createTopicPostPM"]>[0];
type UpdateTopicParams = Parameters<Discourse["updateTopic"]>[0];

export class DiscourseSite {
  readonly pacer: Pacer;
  readonly #client: Discourse;
  readonly #options: SiteOptions;

  constructor(options: SiteOptions) {
    this.#options = options;
    this.pacer = options.pacer ?? new Pacer();
    this.#client = new Discourse(options.url.replace(/\/+$/, ""), {
      "Api-Key": options.apiKey,
      "Api-Username": options.apiUsername,
    });
  }

  #exec() {
    return {
      fetchOptions: { signal: AbortSignal.timeout(this.#options.timeoutMs) },
    };
  }

  #call<T>(
    operation: string,
    request: () => Promise<T>,
    hooks: RetryHooks<T> = {}
  ): Promise<T> {
    return withRetry(
      async () => {
        await this.pacer.acquire(this.#options.signal);
        try {
          return await request();
        } catch (caught) {
          throw await fromClientError(operation, caught);
        } finally {
          this.pacer.release();
        }
      },
      this.#options.policy,
      this.#options.signal,
      {
        onRetry: (error, delay) =>
          this.#options.onRetry?.(operation, error, delay),
        ...hooks,
      }
    );
  }

  /**
   * The category's id from its slug, or `parent/child` for a subcategory,
   * and every category's `slug (name)` to name them when none matches.
   */
  async categoryId(
    slug: string
  ): Promise<{ id: number | null; known: string[] }> {
    const answer = await this.#call("listCategories", () =>
      this.#client.listCategories({ include_subcategories: true }, this.#exec())
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
      const answer = await this.#call("GET /admin/site_settings.json", () =>
        rawRequest(this.#options, "GET", "/admin/site_settings.json")
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
      topicId = await this.#call("getTopicByExternalId", async () => {
        try {
          await this.#client._exec(
            "getTopicByExternalId",
            { external_id: externalId },
            this.#exec()
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
      const topic = await this.#call("getTopic", () =>
        this.#client.getTopic({ id: String(topicId) }, this.#exec())
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
    const post = await this.#call("getPost", () =>
      this.#client.getPost({ id: String(postId) }, this.#exec())
    );
    return String((post as { raw?: unknown }).raw ?? "");
  }

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
    return this.#call(
      "createTopicPostPM",
      async () => {
        const post = await this.#client.createTopicPostPM(body(), {
          ...this.#exec(),
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
    await this.#call("updateTopic", () =>
      this.#client._exec(
        "updateTopic",
        params() as unknown as Record<string, string>,
        {
          ...this.#exec(),
          validateParams: false,
        }
      )
    );
  }

  async updateFirstPost(postId: number, raw: string): Promise<void> {
    await this.#call("updatePost", () =>
      this.#client.updatePost(
        {
          id: String(postId),
          post: { raw, edit_reason: "discourse-job-board import" },
        },
        this.#exec()
      )
    );
  }

  async getFields(topicId: number): Promise<Partial<JobFields>> {
    const answer = await this.#plugin("GET", topicId);
    return answer.job ?? {};
  }

  async putFields(topicId: number, job: JobFields): Promise<void> {
    await this.#plugin("PUT", topicId, { job });
  }

  #plugin(
    method: "GET" | "PUT",
    topicId: number,
    body?: unknown
  ): Promise<{ job?: Partial<JobFields> }> {
    return this.#call(`${method} /job-board/postings/${topicId}.json`, () =>
      pluginRequest(this.#options, method, topicId, body)
    );
  }
}

function categoryNames(nodes: CategoryNode[], parent = ""): string[] {
  return nodes.flatMap((node) => [
    `${parent}${node.slug}${node.name ? ` (${node.name})` : ""}`,
    ...categoryNames(node.subcategory_list ?? [], `${parent}${node.slug}/`),
  ]);
}
