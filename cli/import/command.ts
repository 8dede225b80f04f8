// `discourse-job-board import`: options, environment and Ctrl-C, around ./run.ts.

import { type Command, InvalidArgumentError, Option } from "commander";
import { todayInParis } from "../../assets/javascripts/discourse/lib/posting-status.ts";
import { pickLanguage, translatorForLanguage } from "../i18n.ts";
import { processOutput } from "../output.ts";
import { DEFAULT_JOURNAL_NAME } from "./journal.ts";
import { CORE_RATE_LIMIT } from "./pacer.ts";
import { DEFAULT_RETRY_POLICY } from "./retry.ts";
import { EXIT_INTERRUPTED, runImport } from "./run.ts";

/** Lets tests (and impatient people) shorten every backoff step. */
export const RETRY_BASE_ENV = "DISCOURSE_JOB_BOARD_RETRY_BASE_MS";
/** Lets tests shrink the rate limit's minute (with a fake server whose limiter shrinks alike). */
export const RATE_WINDOW_ENV = "DISCOURSE_JOB_BOARD_RATE_WINDOW_MS";

function positiveNumber(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) === 0) {
    throw new InvalidArgumentError("expected a whole number above 0.");
  }
  return Number(value);
}

function wholeNumber(value: string): number {
  if (!/^\d+$/.test(value)) {
    throw new InvalidArgumentError("expected a whole number.");
  }
  return Number(value);
}

interface RawOptions {
  url: string;
  apiKey?: string;
  apiUsername?: string;
  category: string;
  dryRun?: boolean;
  recheck?: boolean;
  root?: string;
  state: string;
  maxRetries: number;
  retryBaseMs?: number;
  timeout: number;
  rate: number;
  json?: boolean;
  lang?: string;
}

/** The command line to run again, with the key left out: it comes from the environment or is typed again. */
function resumeHint(argv: string[]): string {
  const shown: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    if (arg === "--api-key") {
      shown.push(arg, "…");
      index++;
    } else {
      shown.push(arg.startsWith("--api-key=") ? "--api-key=…" : arg);
    }
  }
  return `discourse-job-board ${shown.join(" ")}`;
}

export function addImportCommand(program: Command): void {
  program
    .command("import")
    .description(
      "publish postings as topics of a job-board category (idempotent and resumable)"
    )
    .argument("<paths...>", "posting files or folders")
    .requiredOption(
      "--url <url>",
      "the forum's address, e.g. https://forum.incubateur.anct.gouv.fr"
    )
    .addOption(
      new Option(
        "--api-key <key>",
        "an API key (better: the DISCOURSE_API_KEY variable)"
      ).env("DISCOURSE_API_KEY")
    )
    .addOption(
      new Option("--api-username <user>", "the user the key acts as").env(
        "DISCOURSE_API_USERNAME"
      )
    )
    .requiredOption(
      "--category <slug>",
      "the job-board category's slug (parent/child for a subcategory)"
    )
    .option(
      "--dry-run",
      "read the forum and show what would change, without writing anything"
    )
    .option(
      "--recheck",
      "ask the forum about every file, even those the journal says are done"
    )
    .option(
      "--root <dir>",
      "the folder paths are taken relative to for matching topics (default: each PATH)"
    )
    .option(
      "--state <file>",
      "the journal that makes re-runs fast",
      DEFAULT_JOURNAL_NAME
    )
    .option(
      "--max-retries <n>",
      "retries of a request after a 429, a 5xx or a dropped connection",
      wholeNumber,
      DEFAULT_RETRY_POLICY.maxRetries
    )
    .option(
      "--retry-base-ms <ms>",
      `first backoff step in milliseconds (or ${RETRY_BASE_ENV})`,
      wholeNumber
    )
    .option(
      "--timeout <seconds>",
      "give up on a request after this long",
      wholeNumber,
      30
    )
    .option(
      "--rate <n>",
      "requests a minute at most (Discourse's default limit for an admin key: 60)",
      positiveNumber,
      CORE_RATE_LIMIT.requests
    )
    .option("--json", "one JSON object per file, then a summary, on stdout")
    .addOption(
      new Option(
        "--lang <language>",
        "language of the messages and the report (default: from LANG)"
      ).choices(["en", "fr"])
    )
    .action(async (paths: string[], options: RawOptions, command: Command) => {
      if (!options.apiKey || !options.apiUsername) {
        command.error(
          "error: --api-key and --api-username (or DISCOURSE_API_KEY and DISCOURSE_API_USERNAME) are required",
          { exitCode: 2 }
        );
      }
      const envBase = process.env[RETRY_BASE_ENV];
      const baseDelayMs =
        options.retryBaseMs ??
        (envBase && /^\d+$/.test(envBase)
          ? Number(envBase)
          : DEFAULT_RETRY_POLICY.baseDelayMs);
      const language = pickLanguage(options.lang);
      const envWindow = process.env[RATE_WINDOW_ENV];
      const windowMs =
        envWindow && /^\d+$/.test(envWindow)
          ? Number(envWindow)
          : CORE_RATE_LIMIT.windowMs;
      const controller = new AbortController();
      const onInterrupt = () => {
        if (controller.signal.aborted) {
          process.exit(EXIT_INTERRUPTED); // the journal is written atomically: nothing half-saved
        }
        process.stderr.write(
          language === "fr"
            ? "\nArrêt après la requête en cours… (Ctrl-C encore pour quitter tout de suite)\n"
            : "\nStopping after the current request… (Ctrl-C again to quit at once)\n"
        );
        controller.abort();
      };
      process.on("SIGINT", onInterrupt);
      try {
        process.exitCode = await runImport(
          {
            paths,
            url: options.url,
            apiKey: options.apiKey as string,
            apiUsername: options.apiUsername as string,
            category: options.category,
            dryRun: Boolean(options.dryRun),
            recheck: Boolean(options.recheck),
            root: options.root ?? null,
            journalPath: options.state,
            policy: {
              ...DEFAULT_RETRY_POLICY,
              maxRetries: options.maxRetries,
              baseDelayMs,
            },
            timeoutMs: options.timeout * 1000,
            today: todayInParis(),
            translate: translatorForLanguage(language),
            language,
            json: Boolean(options.json),
            rate: { requests: options.rate, windowMs },
            resumeHint: resumeHint(process.argv.slice(2)),
          },
          processOutput,
          controller.signal
        );
      } finally {
        process.off("SIGINT", onInterrupt);
      }
    });
}
