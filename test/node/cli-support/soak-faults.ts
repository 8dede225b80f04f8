// Random faults for the fake Discourse, drawn per request from a seeded
// generator: 5xx answers, 429 with Retry-After (seconds or an HTTP date),
// and connections dropped before the server acts or after it has acted
// (the case where a write happened but the client only saw an error).

import type { FakeDiscourse, Fault, RequestEntry } from "./fake-discourse.ts";
import type { Random } from "./soak-random.ts";

export interface FaultRates {
  /** Share of requests answered 500, 502 or 503. */
  serverError: number;
  /** Share answered 429 with a Retry-After of 0–1 s. */
  rateLimited: number;
  /** Share whose connection is dropped (half before, half after the server acted). */
  dropped: number;
}

export const SOAK_RATES: FaultRates = {
  serverError: 0.15,
  rateLimited: 0.1,
  dropped: 0.05,
};

export type FaultKind =
  | "5xx"
  | "429 seconds"
  | "429 date"
  | "drop before"
  | "drop after";

const WRITES = new Set([
  "createTopicPostPM",
  "updateTopic",
  "updatePost",
  "plugin PUT",
]);

export function isWrite(entry: RequestEntry): boolean {
  return WRITES.has(entry.operation);
}

export class RandomFaults {
  enabled = true;
  /** How many of each fault were served. */
  readonly served = new Map<FaultKind, number>();
  /** Writes the server carried out whose answer was then dropped. */
  writesDoneButUnanswered = 0;
  readonly #random: Random;
  readonly #rates: FaultRates;

  constructor(random: Random, rates: FaultRates = SOAK_RATES) {
    this.#random = random;
    this.#rates = rates;
  }

  /**
   * Queues a fault for this very request. The fake server takes faults
   * synchronously after onRequest, and the importer sends one request at a
   * time, so the fault cannot land on another request.
   */
  inject(server: FakeDiscourse, entry: RequestEntry): void {
    if (!this.enabled) {
      return;
    }
    const draw = this.#random.next();
    const { serverError, rateLimited, dropped } = this.#rates;
    let kind: FaultKind | null = null;
    let fault: Omit<Fault, "match"> | null = null;
    if (draw < serverError) {
      kind = "5xx";
      fault = { kind: "status", status: this.#random.pick([500, 502, 503]) };
    } else if (draw < serverError + rateLimited) {
      const asDate = this.#random.next() < 0.5;
      kind = asDate ? "429 date" : "429 seconds";
      fault = {
        kind: "status",
        status: 429,
        headers: { "Retry-After": this.#retryAfter(asDate) },
      };
    } else if (draw < serverError + rateLimited + dropped) {
      const after = this.#random.next() < 0.5;
      kind = after ? "drop after" : "drop before";
      fault = { kind: after ? "drop-after" : "drop" };
      if (after && isWrite(entry)) {
        this.writesDoneButUnanswered++;
      }
    }
    if (kind && fault) {
      this.served.set(kind, (this.served.get(kind) ?? 0) + 1);
      server.faults.push({ match: `${entry.method} ${entry.path}`, ...fault });
    }
  }

  #retryAfter(asDate: boolean): string {
    if (!asDate) {
      return String(this.#random.int(2));
    }
    // An HTTP date has whole seconds: this one is 0 to 1 s away.
    return new Date(Date.now() + this.#random.int(1001)).toUTCString();
  }

  summary(): string {
    const parts = [...this.served.entries()].map(
      ([kind, count]) => `${kind} ${count}`
    );
    return `${parts.join(", ")}; writes done but unanswered ${this.writesDoneButUnanswered}`;
  }
}
