// `discourse-job-board parse`: shows what the posting module understands of
// each file, as JSON lines for scripts or as a table for people, with the
// verdict `import` will reach (the same validator) and the title each
// posting would be published under with Discourse's default title rules
// (`import` reads the forum's own). Every file under the folders is listed,
// those that are not read with the reason.

import { isAbsolute, relative } from "node:path";
import {
  DEFAULT_CONTRACTS,
  DEFAULT_ROLES,
  fieldLabel,
  type Translate,
} from "../assets/javascripts/discourse/lib/posting/index.ts";
import { type FoundFile, scanPaths, type SkippedFile } from "./files.ts";
import type { Language } from "./i18n.ts";
import { externalIdFor, importKey } from "./import/external-id.ts";
import { CORE_TITLE_RULES } from "./import/title-rules.ts";
import { chooseTitles, type TitleChoice } from "./import/titles.ts";
import type { Output } from "./output.ts";
import { readPosting, type ReadResult, type Remark } from "./read-posting.ts";
import { stringsFor } from "./strings.ts";
import { renderTable } from "./table.ts";

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

/** A path as short as it can be said: below the working folder when it is there. */
function shown(path: string): string {
  const below = relative(process.cwd(), path);
  return below.startsWith("..") || isAbsolute(below) ? path : below;
}

function roleLabel(code: string, language: Language): string {
  return DEFAULT_ROLES.find((entry) => entry.code === code)?.[language] ?? code;
}

function contractLabel(code: string, language: Language): string {
  return (
    DEFAULT_CONTRACTS.find((entry) => entry.code === code)?.[language] ?? code
  );
}

function located(remark: Remark, language: Language): string {
  const prefix =
    remark.line === null
      ? ""
      : `${stringsFor(language).lineLabel(remark.line)}${stringsFor(language).colon} `;
  // Messages that already name their line need no prefix.
  return /\b(line|ligne) \d+/i.test(remark.message)
    ? remark.message
    : prefix + remark.message;
}

function renderReadable(
  results: ReadResult[],
  titles: Map<string, TitleChoice>,
  skipped: SkippedFile[],
  options: ParseCommandOptions
): string {
  const { language, translate } = options;
  const strings = stringsFor(language);
  const label = (field: string) => fieldLabel(field, translate);
  const rows = results.map((result) =>
    result.ok
      ? [
          shown(result.file),
          result.summary.title,
          roleLabel(result.summary.role, language),
          result.summary.contracts
            .map((code) => contractLabel(code, language))
            .join(", "),
          translate(`discourse_job_board.status.${result.summary.state}`) +
            (result.invalid ? ` (${strings.invalidMark})` : ""),
          result.summary.closes_at ?? "",
        ]
      : [shown(result.file), "", "", "", strings.notPosting, ""]
  );
  rows.push(
    ...skipped.map((file) => [
      shown(file.path),
      "",
      "",
      "",
      strings.skipped,
      "",
    ])
  );
  const table = renderTable(
    [
      { header: strings.fileHeader, max: 36, cut: "start" },
      { header: label("title"), max: 44 },
      { header: label("role"), max: 22 },
      { header: label("contracts"), max: 28 },
      { header: strings.stateHeader, max: 40 },
      { header: label("closes_at"), max: 10 },
    ],
    rows
  );
  const details: string[] = [];
  for (const result of results) {
    const title = titles.get(result.file);
    const remarks = result.ok
      ? result.remarks
      : [...result.errors, ...result.remarks];
    if (remarks.length === 0 && !title?.reason) {
      continue;
    }
    details.push("", result.file);
    if (title?.reason) {
      details.push(`  ! ${strings.titleNote(title.title, title.reason)}`);
    }
    for (const remark of remarks) {
      details.push(
        `  ${remark.level === "error" ? "✗" : "!"} ${located(remark, language)}`
      );
    }
  }
  for (const file of skipped) {
    details.push("", file.path, `  - ${strings.skipReason(file.reason)}`);
  }
  const postings = results.filter((result) => result.ok).length;
  const failed = results.length - postings;
  const warnings = results.reduce(
    (sum, r) => sum + r.remarks.filter((m) => m.level === "warning").length,
    0
  );
  const invalid = results.filter(
    (result) => result.ok && result.invalid
  ).length;
  return [
    table,
    ...details,
    "",
    strings.titleRules(CORE_TITLE_RULES.minLength),
    strings.summary(postings, failed, warnings, invalid),
  ].join("\n");
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
