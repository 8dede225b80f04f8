// `discourse-job-board parse`: shows what the posting module understands of
// each file, as JSON lines for scripts or as a table for people.

import {
  DEFAULT_ROLES,
  fieldLabel,
  type Translate,
} from "../assets/javascripts/discourse/lib/posting/index.ts";
import { findPostingFiles } from "./files.ts";
import type { Language } from "./i18n.ts";
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

/** One line of --json output; the shape is the CLI's documented contract. */
export function jsonLine(result: ReadResult): string {
  if (!result.ok) {
    return JSON.stringify({
      file: result.file,
      ok: false,
      errors: result.errors.map(({ message, line, code }) => ({
        message,
        line,
        code,
      })),
      warnings: result.remarks.map(jsonRemark),
    });
  }
  return JSON.stringify({
    file: result.file,
    ok: true,
    posting: result.summary,
    warnings: result.remarks.map(jsonRemark),
  });
}

function roleLabel(code: string, language: Language): string {
  return DEFAULT_ROLES.find((entry) => entry.code === code)?.[language] ?? code;
}

function located(remark: Remark, language: Language): string {
  const prefix =
    remark.line === null
      ? ""
      : `${stringsFor(language).lineLabel(remark.line)}: `;
  // Messages that already name their line need no prefix.
  return /\b(line|ligne) \d+/i.test(remark.message)
    ? remark.message
    : prefix + remark.message;
}

function renderReadable(
  results: ReadResult[],
  options: ParseCommandOptions
): string {
  const { language, translate } = options;
  const strings = stringsFor(language);
  const label = (field: string) => fieldLabel(field, translate);
  const rows = results.map((result) =>
    result.ok
      ? [
          result.summary.title,
          roleLabel(result.summary.role, language),
          result.summary.contracts.join(", "),
          translate(`discourse_job_board.status.${result.summary.state}`) +
            (result.invalid ? ` (${strings.invalidMark})` : ""),
          result.summary.closes_at ?? "",
        ]
      : [result.file, "", "", "—", ""]
  );
  const table = renderTable(
    [
      { header: label("title"), max: 48 },
      { header: label("role"), max: 22 },
      { header: label("contracts"), max: 24 },
      { header: strings.stateHeader, max: 40 },
      { header: label("closes_at"), max: 10 },
    ],
    rows
  );
  const details: string[] = [];
  for (const result of results) {
    const remarks = result.ok
      ? result.remarks
      : [...result.errors, ...result.remarks];
    if (remarks.length === 0) {
      continue;
    }
    details.push("", result.file);
    for (const remark of remarks) {
      details.push(
        `  ${remark.level === "error" ? "✗" : "!"} ${located(remark, language)}`
      );
    }
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
    strings.summary(postings, failed, warnings, invalid),
  ].join("\n");
}

/** Returns the exit code: 1 when a file could not be read as a posting. */
export function runParse(options: ParseCommandOptions, output: Output): number {
  const files = findPostingFiles(options.paths);
  if (files.length === 0) {
    output.error(stringsFor(options.language).noFiles);
    return 1;
  }
  const results = files.map((file) =>
    readPosting(file.path, options.today, options.translate)
  );
  if (options.json) {
    for (const result of results) {
      output.out(jsonLine(result));
    }
  } else {
    output.out(renderReadable(results, options));
  }
  const failed = results.some((result) => !result.ok);
  const invalid = results.some((result) => result.ok && result.invalid);
  return failed || (options.strict && invalid) ? 1 : 0;
}
