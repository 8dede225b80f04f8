// When and how long to wait before trying a request again.
//
// Retried: 429 (Discourse's rate limiter answers before doing anything, so a
// retry is always safe) after the server's Retry-After; 5xx and dropped or
// timed-out connections with exponential backoff and full jitter, so that
// several importers do not hammer a recovering server in step. Bounded by
// maxRetries; every wait can be cut short by Ctrl-C.

import { ApiError, ConnectionLost, isTransportError } from "./errors.ts";

export interface RetryPolicy {
  /** Retries after the first try (so maxRetries + 1 tries in all). */
  maxRetries: number;
  /** First backoff step; doubles on each retry. */
  baseDelayMs: number;
  /** No single wait is longer, whatever Retry-After says. */
  maxDelayMs: number;
  random?: () => number;
  now?: () => number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxRetries: 5,
  baseDelayMs: 1000,
  maxDelayMs: 120_000,
};

/** Retry-After as milliseconds: delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(
  value: string | null | undefined,
  now: number = Date.now()
): number | null {
  if (value === null || value === undefined || value.trim() === "") {
    return null;
  }
  const text = value.trim();
  if (/^\d+$/.test(text)) {
    return Number(text) * 1000;
  }
  const date = Date.parse(text);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

export function backoffDelay(retry: number, policy: RetryPolicy): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  return Math.round((policy.random ?? Math.random)() * ceiling);
}

/** The wait before retry number `retry` (0-based), or null when the error is final. */
export function retryDelay(
  error: unknown,
  retry: number,
  policy: RetryPolicy
): number | null {
  if (retry >= policy.maxRetries) {
    return null;
  }
  if (error instanceof ApiError) {
    if (error.status === 429) {
      const asked = parseRetryAfter(
        error.retryAfter,
        (policy.now ?? Date.now)()
      );
      return Math.min(policy.maxDelayMs, asked ?? backoffDelay(retry, policy));
    }
    return error.status >= 500 ? backoffDelay(retry, policy) : null;
  }
  return isTransportError(error) ? backoffDelay(retry, policy) : null;
}

export class Interrupted extends Error {
  constructor() {
    super("Interrupted");
  }
}

/** Waits, unless the signal fires first. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new Interrupted());
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new Interrupted());
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

export interface RetryHooks<T> {
  /** Told before each wait (for the progress display). */
  onRetry?: (error: unknown, delayMs: number, retry: number) => void;
  /**
   * Runs after a wait and before the next try; a value it returns ends the
   * loop. Lets a create first look again for what an ambiguous failure may
   * have created.
   */
  beforeRetry?: (error: unknown) => Promise<T | undefined>;
}

export async function withRetry<T>(
  attempt: () => Promise<T>,
  policy: RetryPolicy,
  signal?: AbortSignal,
  hooks: RetryHooks<T> = {}
): Promise<T> {
  let answered = false;
  for (let retry = 0; ; retry++) {
    // Ctrl-C lets the request under way finish, then no other starts.
    if (signal?.aborted) {
      throw new Interrupted();
    }
    try {
      return await attempt();
    } catch (error) {
      answered ||= error instanceof ApiError;
      const delay = retryDelay(error, retry, policy);
      if (delay === null) {
        // A site that answered this request before is up: the dropped
        // connection must not stop the run as if the site were unreachable.
        throw answered && isTransportError(error)
          ? new ConnectionLost(error as Error)
          : error;
      }
      hooks.onRetry?.(error, delay, retry);
      await sleep(delay, signal);
      const settled = await hooks.beforeRetry?.(error);
      if (settled !== undefined) {
        return settled;
      }
    }
  }
}
