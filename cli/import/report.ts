// The final account of a run: every file given, and every other file found
// under the folders given, is in exactly one line of it. As text for people
// (in --lang), or with --json one JSON object per file then one summary
// object, for scripts (their keys and status words never change with the
// language).

import type { Output } from "../output.ts";
import { type FileStatus, STATUSES } from "./file-status.ts";
import type { ReportStrings } from "./report-strings.ts";

export interface FileResult {
  file: string;
  status: FileStatus;
  topicId?: number | null;
  /** The title it is published under, when not the file's own. */
  title?: string;
  /** Why it failed or was skipped, or what changed. */
  detail?: string;
  warnings?: string[];
}

export interface RunSummary {
  results: FileResult[];
  dryRun: boolean;
  interrupted: boolean;
  /** A reason the whole run stopped early (bad key, unknown category, not Discourse). */
  abortedBecause: string | null;
  journalPath: string | null;
  exitCode: number;
  requests: number;
}

export function countOf(results: FileResult[], status: FileStatus): number {
  return results.filter((result) => result.status === status).length;
}

/** The --json line of one file. */
export function jsonResult(result: FileResult, dryRun: boolean): string {
  return JSON.stringify({
    file: result.file,
    status: result.status,
    dry_run: dryRun,
    topic_id: result.topicId ?? null,
    title: result.title ?? null,
    detail: result.detail ?? null,
    warnings: result.warnings ?? [],
  });
}

function jsonSummary(summary: RunSummary): string {
  const counts = Object.fromEntries(
    STATUSES.map((status) => [status, countOf(summary.results, status)])
  );
  return JSON.stringify({
    summary: {
      ...counts,
      files: summary.results.length,
      dry_run: summary.dryRun,
      interrupted: summary.interrupted,
      stopped: summary.abortedBecause,
      requests: summary.requests,
      exit_code: summary.exitCode,
    },
  });
}

export function printReport(
  summary: RunSummary,
  output: Output,
  resumeHint: string,
  strings: ReportStrings,
  json: boolean
): void {
  const { results, dryRun } = summary;
  if (json) {
    for (const result of results) {
      output.out(jsonResult(result, dryRun));
    }
    output.out(jsonSummary(summary));
  }
  const write = json ? output.error : output.out;
  if (!json) {
    output.out("");
    // A fatal stop is no « finished »: what was done before it, then why.
    output.out(
      summary.abortedBecause
        ? strings.beforeStop
        : dryRun
          ? strings.dryRunDone
          : strings.finished
    );
    for (const status of STATUSES) {
      const count = countOf(results, status);
      if (count > 0 || !["pending", "skipped"].includes(status)) {
        output.out(`  ${strings.status(status, dryRun).padEnd(18)} ${count}`);
      }
    }
    for (const result of results.filter(
      (r) => r.status === "updated" && r.detail
    )) {
      output.out(`  ~ ${result.file}${strings.colon} ${result.detail}`);
    }
    for (const result of results.filter((r) => r.status === "failed")) {
      output.out(`  ✗ ${result.file}${strings.colon} ${result.detail ?? ""}`);
    }
    for (const result of results.filter((r) => r.status === "skipped")) {
      output.out(
        `  - ${result.file}${strings.colon} ${strings.skipReason(result.detail ?? "")}`
      );
    }
  }
  if (summary.abortedBecause) {
    output.error(strings.stopped(summary.abortedBecause));
  } else if (summary.interrupted || countOf(results, "pending") > 0) {
    output.error(strings.interrupted(countOf(results, "pending"), resumeHint));
  } else if (countOf(results, "failed") > 0 && !dryRun) {
    write(strings.failedHint);
  }
}
