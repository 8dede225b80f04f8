// Requests outside Discourse's published OpenAPI spec, made with fetch
// directly, with the same headers, timeout and error shape as the core calls:
//   GET /job-board/postings/{topic_id}.json             → {"job": {…}}
//   PUT /job-board/postings/{topic_id}.json {"job": {…}} → {"job": {…}}
//     (the plugin's own endpoint: the wire contract in DESIGN.md)
//   GET /admin/site_settings.json                        → {"site_settings": [...]}
//     (core: app/controllers/admin/site_settings_controller.rb#index, admins only)

import type { PostingFields } from "../../assets/javascripts/discourse/lib/posting/index.ts";
import {
  ApiError,
  detailOf,
  looksLikeHtml,
  NotDiscourseError,
} from "./errors.ts";

export interface EndpointOptions {
  url: string;
  apiKey: string;
  apiUsername: string;
  timeoutMs: number;
}

export async function rawRequest(
  options: EndpointOptions,
  method: "GET" | "PUT",
  path: string,
  body?: unknown
): Promise<unknown> {
  const operation = `${method} ${path}`;
  const response = await fetch(`${options.url.replace(/\/+$/, "")}${path}`, {
    method,
    headers: {
      "Api-Key": options.apiKey,
      "Api-Username": options.apiUsername,
      Accept: "application/json",
      ...(body === undefined ? {} : { "Content-Type": "application/json" }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    redirect: "manual",
    signal: AbortSignal.timeout(options.timeoutMs),
  });
  const text = await response.text();
  const html =
    looksLikeHtml(text) && response.status < 500 && response.status !== 429;
  if (!response.ok) {
    if (html) {
      throw new NotDiscourseError(operation, response.status);
    }
    throw new ApiError(
      operation,
      response.status,
      detailOf(text),
      response.headers.get("retry-after")
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new NotDiscourseError(operation, response.status);
  }
}

export async function pluginRequest(
  options: EndpointOptions,
  method: "GET" | "PUT",
  topicId: number,
  body?: unknown
): Promise<{ job?: Partial<PostingFields> }> {
  return (await rawRequest(
    options,
    method,
    `/job-board/postings/${topicId}.json`,
    body
  )) as { job?: Partial<PostingFields> };
}
