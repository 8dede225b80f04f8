// The final account of a run: every file given is in exactly one line of it.

import type { Output } from "../output.ts";

export type FileStatus =
  | "created"
  | "updated"
  | "unchanged"
  | "failed"
  | "pending";

export interface FileResult {
  file: string;
  status: FileStatus;
  topicId?: number | null;
  /** Why it failed, or what changed. */
  detail?: string;
}

export interface RunSummary {
  results: FileResult[];
  dryRun: boolean;
  interrupted: boolean;
  /** A reason the whole run stopped early (bad key, site unreachable). */
  abortedBecause: string | null;
  journalPath: string | null;
}

const LABELS: Record<FileStatus, [string, string]> = {
  created: ["created", "would be created"],
  updated: ["updated", "would be updated"],
  unchanged: ["unchanged", "unchanged"],
  failed: ["failed", "failed"],
  pending: ["not processed", "not processed"],
};

export function countOf(results: FileResult[], status: FileStatus): number {
  return results.filter((result) => result.status === status).length;
}

export function printReport(
  summary: RunSummary,
  output: Output,
  resumeHint: string
): void {
  const { results, dryRun } = summary;
  output.out("");
  output.out(dryRun ? "Dry run: nothing was written." : "Import finished.");
  for (const status of Object.keys(LABELS) as FileStatus[]) {
    const count = countOf(results, status);
    if (count > 0 || status !== "pending") {
      output.out(`  ${LABELS[status][dryRun ? 1 : 0].padEnd(16)} ${count}`);
    }
  }
  for (const result of results.filter(
    (r) => r.status === "updated" && r.detail
  )) {
    output.out(`  ~ ${result.file}: ${result.detail}`);
  }
  for (const result of results.filter((r) => r.status === "failed")) {
    output.out(`  ✗ ${result.file}: ${result.detail ?? "failed"}`);
  }
  if (summary.abortedBecause) {
    output.error(`Stopped: ${summary.abortedBecause}`);
  }
  if (summary.interrupted || countOf(results, "pending") > 0) {
    output.error(
      `Interrupted: ${countOf(results, "pending")} file(s) not processed. To resume, run the same command again: ${resumeHint}`
    );
  } else if (countOf(results, "failed") > 0 && !dryRun) {
    output.error(
      "Failed files were left as they are: fix them and run the same command again."
    );
  }
}
