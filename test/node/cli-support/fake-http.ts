// Small HTTP helpers of the fake Discourse.

import type { IncomingMessage, ServerResponse } from "node:http";
import type { Reply } from "./fake-forum.ts";

export function matches(
  entry: { method: string; path: string; operation: string },
  match: string
): boolean {
  return match === entry.operation || match === `${entry.method} ${entry.path}`;
}

export function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

export function send(response: ServerResponse, reply: Reply): void {
  const headers = {
    ...(reply.body === undefined ? {} : { "Content-Type": "application/json" }),
    ...(reply.headers ?? {}),
  };
  response.writeHead(reply.status, headers);
  response.end(reply.body === undefined ? "" : JSON.stringify(reply.body));
}
