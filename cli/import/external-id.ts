// Each file's topic is found again through Discourse's topic external_id.
//
// Discourse accepts at most 50 characters of [A-Za-z0-9_-] there, unique
// case-insensitively (Topic::EXTERNAL_ID_MAX_LENGTH and its format
// validation in app/models/topic.rb), so a path cannot be used as is. The id
// is "job-board-" and 32 hex digits (128 bits) of the SHA-256 of the file's
// path relative to the import root, with "/" separators and Unicode NFC
// (macOS writes names decomposed): the same on every machine and every run,
// whatever the working directory, and lower-case so case-insensitivity
// cannot merge two ids.

import { createHash } from "node:crypto";
import { relative, resolve, sep } from "node:path";

export const EXTERNAL_ID_PREFIX = "job-board-";
export const EXTERNAL_ID_MAX_LENGTH = 50;

/** The key the external_id is derived from: the path below the root, "/"-separated. */
export function importKey(file: string, root: string): string {
  return relative(resolve(root), resolve(file))
    .split(sep)
    .join("/")
    .normalize("NFC");
}

export function externalIdFor(key: string): string {
  return (
    EXTERNAL_ID_PREFIX +
    createHash("sha256").update(key, "utf8").digest("hex").slice(0, 32)
  );
}
