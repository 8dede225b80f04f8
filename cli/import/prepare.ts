// Before any request: read and check every file, and give each its
// external_id. Files that cannot be published are reported, never sent.

import type { Translate } from "../../assets/javascripts/discourse/lib/posting/index.ts";
import { findPostingFiles } from "../files.ts";
import { readPosting } from "../read-posting.ts";
import { ApiError, isTransportError } from "./errors.ts";
import { externalIdFor, importKey } from "./external-id.ts";
import type { FileResult } from "./report.ts";
import type { SyncItem } from "./sync.ts";

export interface PrepareOptions {
  paths: string[];
  root: string | null;
  today: string;
  translate: Translate;
}

export type Prepared = { item: SyncItem } | { failed: FileResult };

/** Reads and checks every file before any request: bad files are reported, never sent. */
export function prepare(options: PrepareOptions): Prepared[] {
  const owners = new Map<string, string>();
  return findPostingFiles(options.paths).map((found): Prepared => {
    const read = readPosting(found.path, options.today, options.translate);
    if (!read.ok) {
      return {
        failed: {
          file: found.path,
          status: "failed",
          detail: read.errors.map((e) => e.message).join(" "),
        },
      };
    }
    if (read.invalid) {
      const errors = read.remarks
        .filter((remark) => remark.level === "error")
        .map((remark) => remark.message);
      return {
        failed: {
          file: found.path,
          status: "failed",
          detail: errors.join(" "),
        },
      };
    }
    const externalId = externalIdFor(
      importKey(found.path, options.root ?? found.root)
    );
    const owner = owners.get(externalId);
    if (owner !== undefined) {
      const detail = `same path below its folder as ${owner}, so both would be one topic: import them separately or pass --root`;
      return { failed: { file: found.path, status: "failed", detail } };
    }
    owners.set(externalId, found.path);
    return { item: { file: found.path, externalId, posting: read.posting } };
  });
}

/** Errors after which no other file can succeed either. */
export function fatalReason(error: unknown): string | null {
  if (
    error instanceof ApiError &&
    (error.status === 401 || error.status === 403)
  ) {
    return `${error.message}: check --api-key, --api-username and that user's rights.`;
  }
  if (isTransportError(error)) {
    return `the site does not answer (${(error as Error).message}${causeOf(error)}).`;
  }
  return null;
}

function causeOf(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } })
    .cause;
  return cause ? `: ${cause.code ?? cause.message ?? ""}` : "";
}
