// Stand-in for Discourse's `discourse/lib/ajax`: requests are answered from
// responses a test registers (method and path, exact) and recorded as
// sent. As core's (jQuery's) ajax it resolves with the parsed JSON body and
// rejects on an error status with the error's `jqXHR`; a JSON request body
// (contentType application/json, as Topic.update sends) is recorded parsed.
// Leaves out: subfolder URLs, CSRF, query strings built from `data` on GET,
// form encoding of object bodies (recorded as the object given).
import { buildWaiter } from "@ember/test-waiters";
import type * as Ajax from "discourse/lib/ajax";

export interface SentRequest {
  method: string;
  url: string;
  body: unknown;
}

type Answer = [status: number, body: object];
type Responder = (request: SentRequest) => Answer;

const waiter = buildWaiter("job-board:ajax-stand-in");
const responders = new Map<string, Responder>();
const sent: SentRequest[] = [];

/** Answers `method url` with what `respond` returns, until reset. */
export function respondTo(method: string, url: string, respond: Responder) {
  responders.set(`${method.toUpperCase()} ${url}`, respond);
}

/** Every request sent since the last reset, in order. */
export function sentRequests(): readonly SentRequest[] {
  return sent;
}

export function resetAjaxStandIn() {
  responders.clear();
  sent.length = 0;
}

interface Options {
  type?: string;
  data?: unknown;
  contentType?: string;
}

function bodyOf(options: Options): unknown {
  const json =
    options.contentType?.includes("application/json") &&
    typeof options.data === "string";
  return json ? JSON.parse(options.data as string) : options.data;
}

export const ajax: typeof Ajax.ajax = (...args: unknown[]) => {
  const [url, options = {}] = args as [string, Options?];
  const request = {
    method: (options.type ?? "GET").toUpperCase(),
    url,
    body: bodyOf(options),
  };
  sent.push(request);
  const respond = responders.get(`${request.method} ${url}`);
  if (!respond) {
    return Promise.reject(
      new Error(`ajax stand-in: no response for ${request.method} ${url}`)
    );
  }
  const token = waiter.beginAsync();
  return new Promise((resolve, reject) => {
    // Answered on a later task, as a network reply would be.
    setTimeout(() => {
      waiter.endAsync(token);
      const [status, body] = respond(request);
      if (status >= 200 && status < 300) {
        resolve(body);
      } else {
        reject({ jqXHR: { status, responseJSON: body } });
      }
    });
  });
};
