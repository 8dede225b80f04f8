// `discourse-job-board parse`: shows what the posting module understands of
// each file, as JSON lines for scripts or as a table for people, with the
// verdict `import` will reach (the same validator) and the title each
// posting would be published under with Discourse's default title rules
// (`import` reads the forum's own). Every file under the folders is listed,
// those that are not read with the reason.

import type { Translate } from "../assets/javascripts/discourse/lib/posting/index.ts";
import { type FoundFile, scanPaths, type SkippedFile } from "./files.ts";
import type { Language } from "./i18n.ts";
import { externalIdFor, importKey } from "./import/external-id.ts";
import { CORE_TITLE_RULES } from "./import/title-rules.ts";
import { chooseTitles, type TitleChoice } from "./import/titles.ts";
import type { Output } from "./output.ts";
import { renderReadable } from "./parse-table.ts";
import { readPosting, type ReadResult, type Remark } from "./read-posting.ts";
import { stringsFor } from "./strings.ts";

export interface ParseCommandOptions {
  paths: string[];
  today: string;
  json: boolean;
  /** Also fail when a posting parses but could not be published. */
  strict: boolean;
  language: Language;
  translate: Translate;
}

function jsonRemark({ message, line, code, field, level }: Remark) {
  return { message, line, code, field, level };
}

/**
 * One line of --json output; the shape is the CLI's documented contract.
 * `ok` is import's verdict: a posting that parsed but that the validator
 * refuses (a closing date before the opening date) is not ok, its
 * validation errors under `errors`, what was understood still under
 * `posting`.
 */
export function jsonLine(result: ReadResult, title?: TitleChoice): string {
  const error = ({ message, line, code, field }: Remark) => ({
    message,
    line,
    code,
    ...(field === undefined || field === null ? {} : { field }),
  });
  if (!result.ok) {
    return JSON.stringify({
      file: result.file,
      ok: false,
      errors: result.errors.map(error),
      warnings: result.remarks.map(jsonRemark),
    });
  }
  const errors = result.remarks.filter((remark) => remark.level === "error");
  return JSON.stringify({
    file: result.file,
    ok: !result.invalid,
    posting: result.summary,
    ...(title ? { publish_title: title.title } : {}),
    errors: errors.map(error),
    warnings: result.remarks
      .filter((remark) => remark.level !== "error")
      .map(jsonRemark),
  });
}

function skippedLine(file: SkippedFile): string {
  return JSON.stringify({
    file: file.path,
    ok: false,
    skipped: file.reason,
    errors: [],
    warnings: [],
  });
}

/** Returns the exit code: 1 when a file could not be read as a posting. */
export function runParse(options: ParseCommandOptions, output: Output): number {
  const { files, skipped } = scanPaths(options.paths);
  if (files.length === 0) {
    output.error(stringsFor(options.language).noFiles);
    return 1;
  }
  const results = files.map((file) =>
    readPosting(file.path, options.today, options.translate)
  );
  const titles = publishTitles(files, results);
  if (options.json) {
    for (const result of results) {
      output.out(jsonLine(result, titles.get(result.file)));
    }
    for (const file of skipped) {
      output.out(skippedLine(file));
    }
  } else {
    output.out(renderReadable(results, titles, skipped, options));
  }
  const failed = results.some((result) => !result.ok);
  const invalid = results.some((result) => result.ok && result.invalid);
  return failed || (options.strict && invalid) ? 1 : 0;
}

/** The title each publishable posting would get from `import` with Discourse's default rules. */
function publishTitles(
  files: FoundFile[],
  results: ReadResult[]
): Map<string, TitleChoice> {
  const candidates = results.flatMap((result, index) =>
    result.ok && !result.invalid
      ? [
          {
            file: result.file,
            posting: result.posting,
            externalId: externalIdFor(
              importKey(files[index].path, files[index].root)
            ),
          },
        ]
      : []
  );
  const choices = chooseTitles(candidates, CORE_TITLE_RULES);
  return new Map(
    candidates.map((candidate, index) => [candidate.file, choices[index]])
  );
}
