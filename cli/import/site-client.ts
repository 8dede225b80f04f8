// The plumbing every request of the importer goes through: the discourse2
// client (typed from Discourse's OpenAPI spec), a turn in the rate limit
// (./pacer.ts), the timeout, retries (./retry.ts), and errors turned into
// ApiError; nothing here ever prints the API key.

import Discourse from "discourse2";
import { fromClientError } from "./errors.ts";
import { Pacer } from "./pacer.ts";
import { type RetryHooks, type RetryPolicy, withRetry } from "./retry.ts";

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

export class SiteClient {
  readonly pacer: Pacer;
  protected readonly client: Discourse;
  protected readonly options: SiteOptions;

  constructor(options: SiteOptions) {
    this.options = options;
    this.pacer = options.pacer ?? new Pacer();
    this.client = new Discourse(options.url.replace(/\/+$/, ""), {
      "Api-Key": options.apiKey,
      "Api-Username": options.apiUsername,
    });
  }

  /** discourse2's request options: the timeout. */
  protected exec() {
    return {
      fetchOptions: { signal: AbortSignal.timeout(this.options.timeoutMs) },
    };
  }

  /** One request, paced, retried, its errors made ApiErrors. */
  protected call<T>(
    operation: string,
    request: () => Promise<T>,
    hooks: RetryHooks<T> = {}
  ): Promise<T> {
    return withRetry(
      async () => {
        await this.pacer.acquire(this.options.signal);
        try {
          return await request();
        } catch (caught) {
          throw await fromClientError(operation, caught);
        } finally {
          this.pacer.release();
        }
      },
      this.options.policy,
      this.options.signal,
      {
        onRetry: (error, delay) =>
          this.options.onRetry?.(operation, error, delay),
        ...hooks,
      }
    );
  }
}
