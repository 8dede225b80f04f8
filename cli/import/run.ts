// One import run: read every file, then bring each posting's topic in step,
// file after file, saving the journal after each, and account for every
// file in the final report.

import { type Translate } from "../../assets/javascripts/discourse/lib/posting/index.ts";
import type { Output } from "../output.ts";
import { DiscourseSite } from "./discourse.ts";
import { Journal } from "./journal.ts";
import { fatalReason, prepare } from "./prepare.ts";
import { createProgress } from "./progress.ts";
import { countOf, type FileResult, printReport } from "./report.ts";
import { Interrupted, type RetryPolicy } from "./retry.ts";
import { syncPosting } from "./sync.ts";

export interface ImportOptions {
  paths: string[];
  url: string;
  apiKey: string;
  apiUsername: string;
  category: string;
  dryRun: boolean;
  recheck: boolean;
  /** The folder file paths are taken relative to, for external_id; default: each PATH. */
  root: string | null;
  journalPath: string;
  policy: RetryPolicy;
  timeoutMs: number;
  today: string;
  translate: Translate;
  /** How to run the same import again (printed when interrupted; never holds the key). */
  resumeHint: string;
}

export const EXIT_FAILED = 1;
export const EXIT_INTERRUPTED = 130;

export async function runImport(
  options: ImportOptions,
  output: Output,
  signal?: AbortSignal
): Promise<number> {
  const prepared = prepare(options);
  const progress = createProgress(output);
  const site = new DiscourseSite({
    url: options.url,
    apiKey: options.apiKey,
    apiUsername: options.apiUsername,
    policy: options.policy,
    signal,
    timeoutMs: options.timeoutMs,
    onRetry: (operation, error, delay) =>
      progress.waiting(
        `${error instanceof Error ? error.message : operation}; retrying in ${(delay / 1000).toFixed(1)} s`
      ),
  });
  const results: FileResult[] = prepared.map((entry) =>
    "failed" in entry
      ? entry.failed
      : { file: entry.item.file, status: "pending" }
  );
  const finish = (
    abortedBecause: string | null,
    journalPath: string | null
  ) => {
    progress.stop();
    const interrupted = Boolean(signal?.aborted);
    printReport(
      {
        results,
        dryRun: options.dryRun,
        interrupted,
        abortedBecause,
        journalPath,
      },
      output,
      options.resumeHint
    );
    if (interrupted) {
      return EXIT_INTERRUPTED;
    }
    return countOf(results, "failed") + countOf(results, "pending") > 0
      ? EXIT_FAILED
      : 0;
  };

  let categoryId: number | null;
  try {
    categoryId = await site.categoryId(options.category);
  } catch (error) {
    return finish(
      error instanceof Interrupted
        ? null
        : (fatalReason(error) ?? String((error as Error).message)),
      null
    );
  }
  if (categoryId === null) {
    return finish(
      `no category « ${options.category} » on ${options.url} (use its slug, or parent/child).`,
      null
    );
  }
  const { journal, note } = Journal.open(
    options.journalPath,
    options.url.replace(/\/+$/, ""),
    options.category
  );
  if (note) {
    output.error(note);
  }

  progress.start(results.length);
  for (const [index, entry] of prepared.entries()) {
    if (!("item" in entry)) {
      progress.fileDone(entry.failed.file, "failed", entry.failed.detail);
      continue;
    }
    if (signal?.aborted) {
      break;
    }
    const result = results[index];
    try {
      const outcome = await syncPosting(entry.item, {
        site,
        categoryId,
        journal,
        dryRun: options.dryRun,
        recheck: options.recheck,
      });
      Object.assign(result, {
        status: outcome.kind,
        topicId: outcome.topicId,
        detail: outcome.changes.join(", ") || undefined,
      });
    } catch (error) {
      if (error instanceof Interrupted) {
        break;
      }
      const fatal = fatalReason(error);
      Object.assign(result, {
        status: "failed",
        detail: error instanceof Error ? error.message : String(error),
      });
      if (fatal) {
        if (!options.dryRun) {
          journal.save();
        }
        return finish(fatal, journal.path);
      }
    } finally {
      if (!options.dryRun) {
        journal.save();
      }
    }
    progress.fileDone(result.file, result.status, result.detail);
  }
  return finish(null, journal.path);
}
