// Keeps the importer under Discourse's API rate limit instead of learning
// of it through 429s.
//
// core: lib/auth/default_current_user_provider.rb#admin_api_key_limiter is
//   RateLimiter.new(nil, "admin_api_min", GlobalSetting.max_admin_api_reqs_per_minute, 60):
//   60 by default (config/discourse_defaults.conf), one counter for the
//   whole site. core: lib/rate_limiter.rb keeps the times of the last
//   `max` requests and refuses one when the oldest of them is less than
//   `secs` old: a sliding window. The pacer keeps the same window on this
//   side, timed from when each answer arrived (never earlier than Discourse
//   counted the request), so Discourse never sees more than the limit.

import { sleep } from "./retry.ts";

export interface RateLimit {
  requests: number;
  windowMs: number;
}

export const CORE_RATE_LIMIT: RateLimit = { requests: 60, windowMs: 60_000 };

export interface Clock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

const realClock: Clock = { now: () => Date.now(), sleep };

export class Pacer {
  readonly limit: RateLimit;
  /** Requests sent so far. */
  sent = 0;
  /** Time spent waiting for the window. */
  waitedMs = 0;
  readonly #clock: Clock;
  /** When the answers to the latest requests arrived, oldest first. */
  readonly #done: number[] = [];
  #inFlight = 0;

  constructor(limit: RateLimit = CORE_RATE_LIMIT, clock: Clock = realClock) {
    this.limit = limit;
    this.#clock = clock;
  }

  /** Waits until one more request fits in the window, then counts it as sent. */
  async acquire(signal?: AbortSignal): Promise<void> {
    for (;;) {
      const used = this.#done.length + this.#inFlight;
      if (used < this.limit.requests) {
        break;
      }
      const oldest = this.#done[0];
      const wait =
        oldest === undefined
          ? 10
          : oldest + this.limit.windowMs + 1 - this.#clock.now();
      if (wait <= 0) {
        this.#done.shift();
        continue;
      }
      this.waitedMs += wait;
      await this.#clock.sleep(wait, signal);
    }
    this.#inFlight++;
    this.sent++;
  }

  /** The answer (or the failure) of a request has arrived. */
  release(): void {
    this.#inFlight = Math.max(0, this.#inFlight - 1);
    this.#done.push(this.#clock.now());
    if (this.#done.length > this.limit.requests) {
      this.#done.shift();
    }
  }
}

/** How long `requests` requests take at this rate, none having been sent yet. */
export function estimatedMs(requests: number, limit: RateLimit): number {
  const windows = Math.ceil(requests / limit.requests) - 1;
  return Math.max(0, windows) * limit.windowMs;
}
