// A stand-in for the parts of Discourse the importer talks to, on
// 127.0.0.1 and a random port: categories, topics with external_id, first
// posts, and the plugin's posting endpoint, all in memory. Every core
// request is checked against Discourse's OpenAPI spec (./openapi-check.ts)
// and every request must carry the API headers: anything else gets a 400
// and is listed in `violations`, which each test asserts empty. Faults (429,
// 500, dropped sockets) are queued by tests.

import {
  createServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import { type Forum, newForum, type Reply } from "./fake-forum.ts";
import { matches, readBody, send } from "./fake-http.ts";
import { RateLimiter } from "./fake-rate-limit.ts";
import { handleCore, handlePlugin, handleSiteSettings } from "./fake-routes.ts";
import { matchSpec } from "./openapi-check.ts";

export const API_KEY = "test-key-0123456789abcdef";
export const API_USERNAME = "importer";

export interface RequestEntry {
  method: string;
  path: string;
  operation: string;
}

export interface Fault {
  /** Which requests it applies to, e.g. "POST /posts.json" or "createTopicPostPM". */
  match: string;
  /**
   * "drop": socket destroyed before handling; "drop-after": handled, then
   * destroyed unanswered; "hang": never answered (until the server stops).
   */
  kind: "status" | "drop" | "drop-after" | "hang";
  status?: number;
  headers?: Record<string, string>;
  /** The answer's body (default: {"errors": ["injected <status>"]}). */
  body?: unknown;
  /** How many matching requests it hits (default 1). */
  times?: number;
}

export class FakeDiscourse {
  readonly forum: Forum = newForum();
  readonly requests: RequestEntry[] = [];
  readonly violations: string[] = [];
  readonly faults: Fault[] = [];
  /** Core's admin API limiter: 60 requests a minute unless a test shrinks the minute. */
  readonly limiter: RateLimiter;
  /** Requests answered 429 by the limiter (not by an injected fault). */
  limited = 0;
  /** Called after each request is logged (before it is answered). */
  onRequest: ((entry: RequestEntry) => void) | null = null;
  url = "";
  #server: Server | null = null;

  constructor(
    limit: { requests: number; windowMs: number } = {
      requests: 60,
      windowMs: 60_000,
    }
  ) {
    this.limiter = new RateLimiter(limit.requests, limit.windowMs);
  }

  async start(): Promise<this> {
    this.#server = createServer(
      (request, response) => void this.#handle(request, response)
    );
    await new Promise<void>((resolve) =>
      this.#server?.listen(0, "127.0.0.1", resolve)
    );
    const { port } = this.#server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.#server?.closeAllConnections();
    await new Promise<void>((resolve) => this.#server?.close(() => resolve()));
  }

  count(match: string): number {
    return this.requests.filter((entry) => matches(entry, match)).length;
  }

  #takeFault(entry: RequestEntry): Fault | null {
    const fault = this.faults.find((candidate) =>
      matches(entry, candidate.match)
    );
    if (!fault) {
      return null;
    }
    fault.times = (fault.times ?? 1) - 1;
    if (fault.times <= 0) {
      this.faults.splice(this.faults.indexOf(fault), 1);
    }
    return fault;
  }

  async #handle(
    request: IncomingMessage,
    response: ServerResponse
  ): Promise<void> {
    const url = new URL(request.url ?? "/", this.url);
    const text = await readBody(request);
    let body: unknown;
    try {
      body = text === "" ? undefined : JSON.parse(text);
    } catch {
      return this.#reject(
        response,
        `${request.method} ${url.pathname}: body is not JSON`
      );
    }
    const method = request.method ?? "GET";
    const plugin = /^\/job-board\/postings\/(\d+)\.json$/.exec(url.pathname);
    const settings =
      method === "GET" && url.pathname === "/admin/site_settings.json";
    const spec =
      plugin || settings
        ? null
        : matchSpec(method, url, body, { bodyKeys: ["topic_custom_fields"] });
    const entry = {
      method,
      path: url.pathname,
      operation: plugin
        ? `plugin ${method}`
        : settings
          ? "adminSiteSettings"
          : (spec?.operationId ?? "unknown"),
    };
    this.requests.push(entry);
    this.onRequest?.(entry);

    if (!request.headers["api-key"] || !request.headers["api-username"]) {
      return this.#reject(
        response,
        `${method} ${url.pathname}: missing Api-Key/Api-Username headers`
      );
    }
    if (
      request.headers["api-key"] !== API_KEY ||
      request.headers["api-username"] !== API_USERNAME
    ) {
      // What Discourse answers to a wrong key: the importer's problem, not a spec violation.
      return send(response, {
        status: 403,
        body: {
          errors: [
            "You are not permitted to view the requested resource. The API username or key is invalid.",
          ],
          error_type: "invalid_access",
        },
      });
    }
    const wait = this.limiter.take();
    if (wait !== null) {
      this.limited++;
      return send(response, RateLimiter.reply(wait));
    }
    if (!plugin && !settings) {
      if (!spec) {
        return this.#reject(
          response,
          `${method} ${url.pathname}: no such operation in Discourse's OpenAPI spec`
        );
      }
      if (spec.problems.length > 0) {
        return this.#reject(
          response,
          `${spec.operationId} (${method} ${spec.template}): ${spec.problems.join("; ")}`
        );
      }
      if (
        body !== undefined &&
        !String(request.headers["content-type"]).startsWith("application/json")
      ) {
        return this.#reject(
          response,
          `${spec.operationId}: JSON body without Content-Type: application/json`
        );
      }
    }

    const fault = this.#takeFault(entry);
    if (fault?.kind === "drop") {
      request.socket.destroy();
      return;
    }
    if (fault?.kind === "hang") {
      return;
    }
    if (fault?.kind === "status") {
      return send(response, {
        status: fault.status ?? 500,
        headers: fault.headers,
        body: fault.body ?? { errors: [`injected ${fault.status}`] },
      });
    }
    const reply: Reply = settings
      ? handleSiteSettings(this.forum)
      : plugin
        ? handlePlugin(this.forum, method, Number(plugin[1]), body, (problem) =>
            this.violations.push(problem)
          )
        : handleCore(
            this.forum,
            spec!.operationId,
            spec!.pathParams,
            url,
            body,
            (problem) => this.violations.push(problem)
          );
    if (fault?.kind === "drop-after") {
      request.socket.destroy();
      return;
    }
    send(response, reply);
  }

  #reject(response: ServerResponse, problem: string): void {
    this.violations.push(problem);
    send(response, { status: 400, body: { errors: [problem] } });
  }
}
