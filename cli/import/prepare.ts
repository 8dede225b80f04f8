// Before any request: read and check every file, give each its external_id,
// and account for every file under the folders given. Files that cannot be
// published are reported, never sent. Titles are chosen afterwards, once
// the forum's title rules are known (withTitles).

import type { Translate } from "../../assets/javascripts/discourse/lib/posting/index.ts";
import { scanPaths } from "../files.ts";
import { readPosting } from "../read-posting.ts";
import { externalIdFor, importKey } from "./external-id.ts";
import type { FileResult } from "./report.ts";
import type { SyncItem } from "./sync.ts";
import type { TitleRules } from "./title-rules.ts";
import { chooseTitles, type TitleReason } from "./titles.ts";

export interface PrepareOptions {
  paths: string[];
  root: string | null;
  today: string;
  translate: Translate;
}

export interface PreparedItem extends SyncItem {
  /** The parser's and validator's warnings, shown as the file is imported. */
  warnings: string[];
  /** Why the title sent is not the file's own; null when it is. */
  titleReason: TitleReason | null;
}

export type Prepared = { item: PreparedItem } | { failed: FileResult };

/** Reads and checks every file before any request: bad files are reported, never sent. */
export function prepare(options: PrepareOptions): Prepared[] {
  const owners = new Map<string, string>();
  const { files, skipped } = scanPaths(options.paths);
  const read = files.map((found): Prepared => {
    const result = readPosting(found.path, options.today, options.translate);
    const fail = (detail: string): Prepared => ({
      failed: { file: found.path, status: "failed", detail },
    });
    if (!result.ok) {
      return fail(result.errors.map((e) => e.message).join(" "));
    }
    const errors = result.remarks.filter((remark) => remark.level === "error");
    if (result.invalid) {
      return fail(errors.map((remark) => remark.message).join(" "));
    }
    const externalId = externalIdFor(
      importKey(found.path, options.root ?? found.root)
    );
    const owner = owners.get(externalId);
    if (owner !== undefined) {
      return fail(
        `same path below its folder as ${owner}, so both would be one topic: import them separately or pass --root`
      );
    }
    owners.set(externalId, found.path);
    return {
      item: {
        file: found.path,
        externalId,
        posting: result.posting,
        title: result.posting.title,
        ladder: [result.posting.title],
        titleReason: null,
        warnings: result.remarks
          .filter((remark) => remark.level === "warning")
          .map((remark) =>
            remark.line === null
              ? remark.message
              : `${remark.line}: ${remark.message}`
          ),
      },
    };
  });
  const notRead = skipped.map(
    ({ path, reason }): Prepared => ({
      failed: { file: path, status: "skipped", detail: reason },
    })
  );
  return [...read, ...notRead];
}

/** Gives every posting the title it will be published under (./titles.ts). */
export function withTitles(prepared: Prepared[], rules: TitleRules): void {
  const items = prepared.flatMap((entry) =>
    "item" in entry ? [entry.item] : []
  );
  const choices = chooseTitles(items, rules);
  items.forEach((item, index) => {
    item.title = choices[index].title;
    item.ladder = choices[index].ladder;
    item.titleReason = choices[index].reason;
  });
}
