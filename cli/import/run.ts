// One import run: read every file, learn the forum's category and title
// rules, say what will be sent and how long it will take, then bring each
// posting's topic in step, file after file, saving the journal after each,
// and account for every file in the final report.

import type { Translate } from "../../assets/javascripts/discourse/lib/posting/index.ts";
import type { Language } from "../i18n.ts";
import type { Output } from "../output.ts";
import { announce } from "./announce.ts";
import { describeError, fatalReason } from "./describe-error.ts";
import { DiscourseSite } from "./discourse.ts";
import { Journal } from "./journal.ts";
import { CORE_RATE_LIMIT, Pacer, type RateLimit } from "./pacer.ts";
import { prepare, withTitles } from "./prepare.ts";
import { createProgress } from "./progress.ts";
import { countOf, type FileResult, printReport } from "./report.ts";
import { reportStrings } from "./report-strings.ts";
import { Interrupted, type RetryPolicy } from "./retry.ts";
import { syncPosting } from "./sync.ts";
import { CORE_TITLE_RULES } from "./title-rules.ts";

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
  language?: Language;
  /** One JSON object per file and a summary on stdout. */
  json?: boolean;
  /** Requests allowed per window (core: 60 a minute). */
  rate?: RateLimit;
  /** How to run the same import again (printed when interrupted; never holds the key). */
  resumeHint: string;
}

export const EXIT_FAILED = 1;
/** The run stopped before its end: wrong key, unknown category, not a Discourse API. */
export const EXIT_FATAL = 3;
export const EXIT_INTERRUPTED = 130;

export async function runImport(
  options: ImportOptions,
  output: Output,
  signal?: AbortSignal
): Promise<number> {
  const language = options.language ?? "en";
  const strings = reportStrings(language);
  const json = Boolean(options.json);
  const say = json ? output.error : output.out;
  const prepared = prepare(options);
  const progress = createProgress(output, json);
  const pacer = new Pacer(options.rate ?? CORE_RATE_LIMIT);
  const site = new DiscourseSite({
    url: options.url,
    apiKey: options.apiKey,
    apiUsername: options.apiUsername,
    policy: options.policy,
    signal,
    timeoutMs: options.timeoutMs,
    pacer,
    onRetry: (operation, error, delay) =>
      progress.waiting(
        strings.retrying(
          error instanceof Error ? describeError(error, language) : operation,
          (delay / 1000).toFixed(1)
        )
      ),
  });
  const results: FileResult[] = prepared.map((entry) =>
    "failed" in entry
      ? entry.failed
      : { file: entry.item.file, status: "pending" }
  );
  const finish = (abortedBecause: string | null) => {
    progress.stop();
    const interrupted = Boolean(signal?.aborted) && !abortedBecause;
    const exitCode = abortedBecause
      ? EXIT_FATAL
      : interrupted
        ? EXIT_INTERRUPTED
        : countOf(results, "failed") + countOf(results, "pending") > 0
          ? EXIT_FAILED
          : 0;
    printReport(
      {
        results,
        dryRun: options.dryRun,
        interrupted,
        abortedBecause,
        journalPath: options.journalPath,
        exitCode,
        requests: pacer.sent,
      },
      output,
      options.resumeHint,
      strings,
      json
    );
    return exitCode;
  };
  const stopReason = (error: unknown) =>
    error instanceof Interrupted
      ? null
      : (fatalReason(error, language) ?? describeError(error, language));

  let categoryId: number | null;
  try {
    const category = await site.categoryId(options.category);
    categoryId = category.id;
    if (categoryId === null) {
      return finish(
        strings.unknownCategory(options.category, options.url, category.known)
      );
    }
    const rules = (await site.titleRules()) ?? CORE_TITLE_RULES;
    withTitles(prepared, rules);
    say(strings.rules(rules.source, rules.minLength, rules.unique));
  } catch (error) {
    return finish(stopReason(error));
  }
  const { journal, note } = Journal.open(
    options.journalPath,
    options.url.replace(/\/+$/, ""),
    options.category
  );
  if (note) {
    output.error(strings.journalNote(options.journalPath, note));
  }
  announce(prepared, journal, options, pacer.limit, say);

  progress.start(results.length);
  const context = {
    site,
    categoryId,
    journal,
    dryRun: options.dryRun,
    recheck: options.recheck,
    createdFieldsChecked: false,
  };
  for (const [index, entry] of prepared.entries()) {
    const result = results[index];
    if (!("item" in entry)) {
      progress.fileDone(
        result.file,
        strings.status(result.status, options.dryRun),
        result.status === "skipped"
          ? strings.skipReason(result.detail ?? "")
          : result.detail
      );
      continue;
    }
    if (signal?.aborted) {
      break;
    }
    const { item } = entry;
    const knownBefore = journal.get(item.externalId) !== undefined;
    result.warnings = [
      ...(item.titleReason
        ? [strings.titleNote(item.title, item.titleReason)]
        : []),
      ...item.warnings,
    ];
    if (item.titleReason) {
      result.title = item.title;
    }
    try {
      const outcome = await syncPosting(item, context);
      Object.assign(result, {
        status: outcome.kind,
        topicId: outcome.topicId,
        detail: outcome.changes.join(", ") || undefined,
      });
    } catch (error) {
      // Stopped during this file (Ctrl-C, or the site gone): it was created
      // already when the journal says so, else it is not processed; either
      // way the next run finishes it.
      const createdNow = knownBefore ? undefined : journal.get(item.externalId);
      const stopped = () =>
        Object.assign(
          result,
          createdNow
            ? { status: "created", topicId: createdNow.topic_id }
            : { status: "pending" }
        );
      if (error instanceof Interrupted) {
        stopped();
        break;
      }
      const fatal = fatalReason(error, language);
      Object.assign(result, {
        status: "failed",
        detail: describeError(error, language),
      });
      if (fatal) {
        stopped();
        if (!options.dryRun) {
          journal.save();
        }
        return finish(fatal);
      }
    } finally {
      if (!options.dryRun) {
        journal.save();
      }
    }
    progress.fileDone(
      result.file,
      strings.status(result.status, options.dryRun) +
        (result.topicId ? ` (${strings.topic(result.topicId)})` : ""),
      result.detail,
      result.warnings
    );
  }
  return finish(null);
}
