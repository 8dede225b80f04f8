// The plugin's own posting endpoint (the wire contract in DESIGN.md):
//   GET /job-board/postings/{topic_id}.json            → {"job": {…}}
//   PUT /job-board/postings/{topic_id}.json {"job": {…}} → {"job": {…}}
// It is not in Discourse's spec, so it is called with fetch directly, with
// the same headers, timeout and error shape as the core calls.

import type { PostingFields } from "../../assets/javascripts/discourse/lib/posting/index.ts";
import { ApiError, detailOf } from "./errors.ts";

export interface EndpointOptions {
  url: string;
  apiKey: string;
  apiUsername: string;
  timeoutMs: number;
}

export async function pluginRequest(
  options: EndpointOptions,
  method: "GET" | "PUT",
  topicId: number,
  body?: unknown
): Promise<{ job?: Partial<PostingFields> }> {
  const operation = `${method} /job-board/postings/${topicId}.json`;
  const response = await fetch(
    `${options.url.replace(/\/+$/, "")}/job-board/postings/${topicId}.json`,
    {
      method,
      headers: {
        "Api-Key": options.apiKey,
        "Api-Username": options.apiUsername,
        Accept: "application/json",
        ...(body === undefined ? {} : { "Content-Type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(options.timeoutMs),
    }
  );
  const text = await response.text();
  if (!response.ok) {
    throw new ApiError(
      operation,
      response.status,
      detailOf(text),
      response.headers.get("retry-after")
    );
  }
  return JSON.parse(text) as { job?: Partial<PostingFields> };
}
