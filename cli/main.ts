// discourse-job-board: the command line of the job-board plugin.
//   parse   shows what the posting module understands of Markdown postings
//   import  publishes them as topics through Discourse's REST API
// Exit codes: 0 done, 1 a file or a request failed, 2 bad usage, 3 the run
// stopped (wrong key, unknown category, not a Discourse API), 130 interrupted.

import { Command, InvalidArgumentError, Option } from "commander";
import { readFileSync } from "node:fs";
import {
  isIsoDay,
  todayInParis,
} from "../assets/javascripts/discourse/lib/posting-status.ts";
import { MissingPathError } from "./files.ts";
import { pickLanguage, translatorForLanguage } from "./i18n.ts";
import { addImportCommand } from "./import/command.ts";
import { processOutput } from "./output.ts";
import { runParse } from "./parse-command.ts";

export const EXIT_USAGE = 2;

function isoDay(value: string): string {
  if (!isIsoDay(value)) {
    throw new InvalidArgumentError("expected a day as YYYY-MM-DD.");
  }
  return value;
}

function packageVersion(): string {
  const file = new URL("../package.json", import.meta.url);
  return (JSON.parse(readFileSync(file, "utf8")) as { version: string })
    .version;
}

export function buildProgram(): Command {
  const program = new Command("discourse-job-board")
    .description(
      "Read Markdown job postings and publish them to a Discourse job board."
    )
    .version(packageVersion(), "--version", "print the version")
    .showHelpAfterError()
    .exitOverride();
  program.configureOutput({ writeErr: (text) => process.stderr.write(text) });

  program
    .command("parse")
    .description(
      "show what each posting file is understood as (folders are searched recursively)"
    )
    .argument("<paths...>", "posting files or folders")
    .option(
      "--today <YYYY-MM-DD>",
      "judge open/closed as of this day (default: today in Europe/Paris)",
      isoDay
    )
    .option("--json", "one JSON object per file, one per line")
    .option(
      "--strict",
      "also exit non-zero when a posting could not be published"
    )
    .addOption(
      new Option(
        "--lang <language>",
        "language of messages (default: from LANG)"
      ).choices(["en", "fr"])
    )
    .action(
      (
        paths: string[],
        options: {
          today?: string;
          json?: boolean;
          strict?: boolean;
          lang?: string;
        }
      ) => {
        const language = pickLanguage(options.lang);
        process.exitCode = runParse(
          {
            paths,
            today: options.today ?? todayInParis(),
            json: Boolean(options.json),
            strict: Boolean(options.strict),
            language,
            translate: translatorForLanguage(language),
          },
          processOutput
        );
      }
    );

  addImportCommand(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  // `parse … | head` closes the pipe early: that is the reader's choice, not a failure.
  process.stdout.on("error", (error: Error & { code?: string }) => {
    if (error.code === "EPIPE") {
      process.exit(process.exitCode ?? 0);
    }
    throw error;
  });
  try {
    await buildProgram().parseAsync(argv);
  } catch (caught) {
    const error = caught as {
      code?: string;
      exitCode?: number;
      message?: string;
    };
    if (typeof error.code === "string" && error.code.startsWith("commander.")) {
      // Commander has already explained; --help and --version are not errors.
      process.exitCode = error.exitCode === 0 ? 0 : EXIT_USAGE;
      return;
    }
    if (caught instanceof MissingPathError) {
      process.stderr.write(`${caught.message}\n`);
      process.exitCode = EXIT_USAGE;
      return;
    }
    throw caught;
  }
}

await main(process.argv);
