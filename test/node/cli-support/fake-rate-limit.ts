// Core's admin API rate limiter, for the fake Discourse.
// core: lib/auth/default_current_user_provider.rb#admin_api_key_limiter —
//   RateLimiter.new(nil, "admin_api_min", max_admin_api_reqs_per_minute (60,
//   config/discourse_defaults.conf), 60): one counter for the whole site.
// core: lib/rate_limiter.rb — the times of the last `max` requests are
//   kept; a request is refused while the oldest of them is less than `secs`
//   old, and a refused request is not counted.
// core: app/controllers/application_controller.rb rescues LimitExceeded with
//   429, Retry-After in whole seconds, and
//   {"errors": [...], "error_type": "rate_limit", "extras": {"wait_seconds", "time_left"}}.
// The window is in milliseconds so tests can shrink the minute.

import type { Reply } from "./fake-forum.ts";

export class RateLimiter {
  static reply(waitMs: number): Reply {
    const seconds = Math.max(1, Math.ceil(waitMs / 1000));
    return {
      status: 429,
      headers: { "Retry-After": String(seconds) },
      body: {
        errors: [
          `You’ve performed this action too many times. Please wait ${seconds} seconds before trying again.`,
        ],
        error_type: "rate_limit",
        extras: { wait_seconds: seconds, time_left: `${seconds} seconds` },
      },
    };
  }

  readonly #times: number[] = [];

  constructor(
    readonly max: number,
    readonly windowMs: number,
    readonly now: () => number = Date.now
  ) {}

  /** Counts a request; null when allowed, else the milliseconds until one would be. */
  take(): number | null {
    const now = this.now();
    if (this.#times.length >= this.max) {
      const oldest = this.#times[this.#times.length - this.max];
      const left = oldest + this.windowMs - now;
      if (left > 0) {
        return left;
      }
    }
    this.#times.push(now);
    if (this.#times.length > this.max) {
      this.#times.shift();
    }
    return null;
  }
}
