// Reads one file into what both commands need: the posting with its state as
// of a day, or located errors; and every remark about it, each with its
// severity. Validation errors of a posting that parsed are kept apart
// ("invalid") because the importer refuses to publish them while `parse`
// still shows what it understood.

import { readFileSync } from "node:fs";
import {
  formatIssue,
  parse,
  type Posting,
  type PostingIssue,
  type PostingSource,
  type PostingSummary,
  postingSummary,
  type Translate,
  validate,
  type ValidationIssue,
} from "../assets/javascripts/discourse/lib/posting/index.ts";

export interface Remark {
  /** "error": blocks publishing; "warning": shown, publishing goes on. */
  level: "error" | "warning";
  code: string;
  field: string | null;
  line: number | null;
  message: string;
}

export interface ReadSuccess {
  ok: true;
  file: string;
  posting: Posting;
  summary: PostingSummary;
  /** Parse warnings, validation warnings, and validation errors (level "error"). */
  remarks: Remark[];
  /** Whether validate() found errors: such a posting is not imported. */
  invalid: boolean;
}

export interface ReadFailure {
  ok: false;
  file: string;
  errors: Remark[];
  remarks: Remark[];
}

export type ReadResult = ReadSuccess | ReadFailure;

/** The line of a field in the file, so a validation message can point at it. */
function lineOfField(source: PostingSource, field: string): number | null {
  const values = source.fields[field as keyof PostingSource["fields"]];
  return values?.find((value) => typeof value.line === "number")?.line ?? null;
}

function remark(
  issue: PostingIssue | ValidationIssue,
  level: Remark["level"],
  kind: "errors" | "warnings",
  translate: Translate,
  line: number | null
): Remark {
  return {
    level,
    code: issue.code,
    field: issue.field ?? null,
    line,
    message: formatIssue(
      line === null ? issue : { ...issue, line },
      kind,
      translate
    ),
  };
}

export function readPosting(
  file: string,
  today: string,
  translate: Translate
): ReadResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (caught) {
    const reason = (caught as { code?: string }).code ?? String(caught);
    const error: Remark = {
      level: "error",
      code: "unreadable",
      field: null,
      line: null,
      message: `${file}: ${reason}`,
    };
    return { ok: false, file, errors: [error], remarks: [] };
  }
  const result = parse(new Uint8Array(bytes), { fileName: file });
  const warnings = result.warnings.map((issue) =>
    remark(issue, "warning", "warnings", translate, issue.line ?? null)
  );
  if (!result.ok) {
    const errors = result.errors.map((error) =>
      remark(error, "error", "errors", translate, error.line)
    );
    return { ok: false, file, errors, remarks: warnings };
  }
  const validation = validate(result.posting);
  const located = (issue: ValidationIssue) =>
    lineOfField(result.source, issue.field);
  const remarks = [
    ...validation.errors.map((issue) =>
      remark(issue, "error", "errors", translate, located(issue))
    ),
    ...warnings,
    ...validation.warnings
      // The parser may already have said the same thing about the same field.
      .filter(
        (issue) =>
          !result.warnings.some(
            (w) => w.code === issue.code && (w.field ?? null) === issue.field
          )
      )
      .map((issue) =>
        remark(issue, "warning", "warnings", translate, located(issue))
      ),
  ];
  return {
    ok: true,
    file,
    posting: result.posting,
    summary: postingSummary(result.posting, today),
    remarks,
    invalid: !validation.valid,
  };
}
