// The importer's view of a Discourse site: the few core calls it needs,
// made through discourse2 (typed from Discourse's OpenAPI spec), and the
// plugin's own posting endpoint. Every call is retried by ./retry.ts and
// turned into an ApiError; nothing here ever prints the API key.

import Discourse from "discourse2";
import type { PostingFields } from "../../assets/javascripts/discourse/lib/posting/index.ts";
import { type CategoryNode, findCategoryId } from "./categories.ts";
import { ApiError, fromClientError } from "./errors.ts";
import { pluginRequest } from "./plugin-endpoint.ts";
import { type RetryHooks, type RetryPolicy, withRetry } from "./retry.ts";

export interface SiteOptions {
  url: string;
  apiKey: string;
  apiUsername: string;
  policy: RetryPolicy;
  /** Ctrl-C: cuts retry waits short (a request under way is let finish). */
  signal?: AbortSignal;
  timeoutMs: number;
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
  readonly #client: Discourse;
  readonly #options: SiteOptions;

  constructor(options: SiteOptions) {
    this.#options = options;
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
        try {
          return await request();
        } catch (caught) {
          throw await fromClientError(operation, caught);
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

  /** The category's id from its slug, or `parent/child` for a subcategory. */
  async categoryId(slug: string): Promise<number | null> {
    const answer = await this.#call("listCategories", () =>
      this.#client.listCategories({ include_subcategories: true }, this.#exec())
    );
    return findCategoryId(
      answer.category_list.categories as unknown as CategoryNode[],
      slug
    );
  }

  /** The topic holding this external_id, or null when there is none. */
  async findTopic(externalId: string): Promise<TopicRef | null> {
    try {
      const topic = await this.#call("getTopicByExternalId", () =>
        this.#client.getTopicByExternalId(
          { external_id: externalId },
          this.#exec()
        )
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
   * POST /posts.json. A dropped connection or a 5xx may come after Discourse
   * created the topic: before trying again, look for it by external_id, so a
   * retry never makes a second topic.
   */
  async createTopic(
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
