// Errors of the importer's requests, in one shape whichever client made the
// call. Messages never hold request headers: discourse2's HTTPError message
// prints part of the API key, so it is never shown as is.

import { HTTPError } from "discourse2";

export class ApiError extends Error {
  constructor(
    readonly operation: string,
    readonly status: number,
    /** Discourse's own explanation, from its `errors` list when it sent one. */
    readonly detail: string,
    readonly retryAfter: string | null = null
  ) {
    super(`${operation}: HTTP ${status}${detail ? ` (${detail})` : ""}`);
  }
}

/**
 * The address answers, but not as a Discourse API: an HTML page (a login
 * wall, a proxy, the forum's web page at a wrong path) or JSON of another
 * shape. No other request can do better: the run stops.
 */
export class NotDiscourseError extends Error {
  constructor(
    readonly operation: string,
    readonly status: number
  ) {
    super(`${operation}: HTTP ${status}, not a Discourse API answer`);
  }
}

/** Whether a body is a web page rather than JSON. */
export function looksLikeHtml(body: string): boolean {
  return /^\s*</.test(body);
}

/**
 * A request whose last try lost its connection after earlier tries got HTTP
 * answers (a 5xx, a 429): the site is up, only flaky, so just this file
 * fails and the run goes on. A request that never got an answer is a
 * transport error, after which the run stops (prepare.ts: fatalReason).
 */
export class ConnectionLost extends Error {
  constructor(readonly lastError: Error) {
    super(
      `connection lost on the last try (${lastError.message}); the site answered the earlier ones`
    );
  }
}

/** Discourse answers errors as `{"errors": ["…"]}`; keep them short and single-line. */
export function detailOf(body: string): string {
  try {
    const parsed = JSON.parse(body) as { errors?: unknown; error?: unknown };
    if (Array.isArray(parsed.errors) && parsed.errors.length > 0) {
      return parsed.errors.map(String).join("; ").slice(0, 300);
    }
    if (typeof parsed.error === "string") {
      return parsed.error.slice(0, 300);
    }
  } catch {
    // An HTML error page (a proxy's 502) says nothing useful.
  }
  return "";
}

/** Converts whatever a call threw into an ApiError when it is an HTTP answer. */
export async function fromClientError(
  operation: string,
  caught: unknown
): Promise<unknown> {
  if (caught instanceof HTTPError) {
    const body = await readBody(caught);
    if (looksLikeHtml(body) && caught.status < 500 && caught.status !== 429) {
      return new NotDiscourseError(operation, caught.status);
    }
    return new ApiError(
      operation,
      caught.status,
      detailOf(body),
      caught.response.headers.get("retry-after")
    );
  }
  // discourse2 parses a 200 answer as JSON: an HTML page fails there.
  if (caught instanceof SyntaxError) {
    return new NotDiscourseError(operation, 200);
  }
  return caught;
}

async function readBody(error: HTTPError): Promise<string> {
  // discourse2 has already read the body into its message, after this marker.
  const marker = `Returned HTTP ${error.status}: `;
  const index = error.message.indexOf(marker);
  return index < 0 ? "" : error.message.slice(index + marker.length);
}

/** A request that got no HTTP answer: refused, reset, dropped, timed out. */
export function isTransportError(error: unknown): boolean {
  if (!(error instanceof Error)) {
    return false;
  }
  if (error.name === "TimeoutError" || error.name === "AbortError") {
    return true;
  }
  // undici: TypeError("fetch failed") with the socket error as cause, or
  // TypeError("terminated") when the body is cut off.
  return (
    error instanceof TypeError &&
    /fetch failed|terminated|socket|network/i.test(error.message)
  );
}
