// `parse` for people: a table of what each file is understood as (its
// path, title, role and contract labels, state, closing date), then each
// file's remarks, the title import would publish it under, and a summary.

import { isAbsolute, relative } from "node:path";
import {
  DEFAULT_CONTRACTS,
  DEFAULT_ROLES,
  fieldLabel,
  type Translate,
} from "../assets/javascripts/discourse/lib/posting/index.ts";
import type { SkippedFile } from "./files.ts";
import type { Language } from "./i18n.ts";
import { CORE_TITLE_RULES } from "./import/title-rules.ts";
import type { TitleChoice } from "./import/titles.ts";
import type { ReadResult, Remark } from "./read-posting.ts";
import { stringsFor } from "./strings.ts";
import { renderTable } from "./table.ts";

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

export function renderReadable(
  results: ReadResult[],
  titles: Map<string, TitleChoice>,
  skipped: SkippedFile[],
  options: { language: Language; translate: Translate }
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
