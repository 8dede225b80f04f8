import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import QUnit from "qunit";
import { findPostingFiles, scanPaths } from "../../cli/files.ts";
import { translatorForLanguage } from "../../cli/i18n.ts";
import { memoryOutput } from "../../cli/output.ts";
import { runParse } from "../../cli/parse-command.ts";
import { CLI_FIXTURES, REPO, runCli } from "./cli-support/harness.ts";

const SAMPLES = join(REPO, "test/fixtures/postings");
/** The postings and the broken files (the accounting folder has tests of its own). */
const FIXTURES = [join(CLI_FIXTURES, "broken"), join(CLI_FIXTURES, "postings")];
const POSTING_KEYS = [
  "title",
  "role",
  "contracts",
  "team",
  "location",
  "place",
  "remote",
  "opens_at",
  "closes_at",
  "status",
  "state",
  "contact",
  "apply_url",
  "junior",
  "pay_min",
  "pay_max",
  "pay_period",
];

function parseInProcess(
  paths: string[],
  options: { json?: boolean; lang?: "en" | "fr"; today?: string } = {}
) {
  const output = memoryOutput();
  const language = options.lang ?? "en";
  const code = runParse(
    {
      paths,
      today: options.today ?? "2024-01-15",
      json: Boolean(options.json),
      strict: false,
      language,
      translate: translatorForLanguage(language),
    },
    output
  );
  return { code, lines: output.lines, text: output.lines.join("\n") };
}

function byFile(lines: string[]): Map<string, Record<string, unknown>> {
  const parsed = lines.map(
    (line) => JSON.parse(line) as Record<string, unknown>
  );
  return new Map(
    parsed.map((entry) => [
      String(entry.file).slice(CLI_FIXTURES.length + 1),
      entry,
    ])
  );
}

QUnit.module("cli | parse --json", () => {
  QUnit.test(
    "one JSON object per file, postings with the documented keys, located errors",
    (assert) => {
      const { code, lines } = parseInProcess(FIXTURES, { json: true });
      const entries = byFile(lines);
      assert.strictEqual(
        lines.length,
        6,
        "six files, six lines (the extensionless posting included)"
      );
      assert.strictEqual(
        code,
        1,
        "a file that is not a posting makes the run fail"
      );

      const python = entries.get(
        "postings/incubateur/2024-01-02-dev-python.md"
      ) as { ok: boolean; posting: Record<string, unknown> };
      assert.true(python.ok);
      assert.deepEqual(Object.keys(python.posting), POSTING_KEYS);
      assert.deepEqual(
        {
          role: python.posting.role,
          contracts: python.posting.contracts,
          status: python.posting.status,
          state: python.posting.state,
          closes_at: python.posting.closes_at,
        },
        {
          role: "developpement",
          contracts: ["freelance", "cdd"],
          status: "open",
          state: "open",
          closes_at: "2024-03-31",
        }
      );
      assert.strictEqual(
        (
          entries.get("postings/incubateur/2023-12-01-deploiement.md") as {
            posting: { state: string };
          }
        ).posting.state,
        "expired",
        "closed on 2024-01-10, judged on --today 2024-01-15"
      );
      assert.strictEqual(
        (
          entries.get(
            "postings/incubateur/Product Designer - User research"
          ) as { posting: { state: string } }
        ).posting.state,
        "filled"
      );

      assert.deepEqual(entries.get("broken/no-front-matter.md"), {
        file: join(CLI_FIXTURES, "broken/no-front-matter.md"),
        ok: false,
        errors: [
          {
            message:
              "No front matter: the file must start with a line ---, the fields (key: value), and a closing line ---.",
            line: 1,
            code: "missing_front_matter",
          },
        ],
        warnings: [],
      });
    }
  );

  QUnit.test(
    "a posting the validator refuses is not ok, as import refuses it: its errors with the field's line, what was understood kept",
    (assert) => {
      const entry = byFile(parseInProcess(FIXTURES, { json: true }).lines).get(
        "broken/closes-before-opens.md"
      ) as {
        ok: boolean;
        posting: { closes_at: string };
        errors: Array<Record<string, unknown>>;
        warnings: unknown[];
      };
      assert.false(entry.ok, "the same verdict as import");
      assert.strictEqual(entry.posting.closes_at, "2024-01-23");
      assert.deepEqual(entry.warnings, []);
      assert.deepEqual(entry.errors, [
        {
          message:
            "The closing date (2024-01-23) is before the opening date (2024-02-15).",
          line: 6,
          code: "closes_before_opens",
          field: "closes_at",
        },
      ]);
    }
  );

  // The samples are copied into the repository by the posting module's work.
  (existsSync(SAMPLES) ? QUnit.test : QUnit.skip)(
    "every sample posting gives a posting or located errors",
    (assert) => {
      const { files, skipped } = scanPaths([SAMPLES]);
      const { lines } = parseInProcess([SAMPLES], { json: true });
      assert.strictEqual(
        lines.length,
        files.length + skipped.length,
        "every file under the folder has its line"
      );
      const malformed = lines.filter((line) => {
        const entry = JSON.parse(line) as {
          ok: boolean;
          posting?: Record<string, unknown>;
          errors?: Array<{ line: number }>;
        };
        if ("skipped" in entry) {
          return false;
        }
        return "posting" in entry
          ? Object.keys(entry.posting ?? {}).join() !== POSTING_KEYS.join()
          : !(entry.errors ?? []).every((error) =>
              Number.isInteger(error.line)
            );
      });
      assert.deepEqual(
        malformed,
        [],
        "postings have the documented keys, errors a line"
      );
    }
  );
});

QUnit.module("cli | parse, for people", () => {
  QUnit.test(
    "a table, the remarks per file and a summary, in English",
    (assert) => {
      const { text } = parseInProcess(FIXTURES);
      assert.true(
        /^file\s+title\s+role\s+contract\s+state\s+closing date$/m.test(text),
        text
      );
      assert.true(
        /^…incubateur\/2024-01-02-dev-python\.md\s+Développeur·se Python pour Aidants Connect\s+Software development\s+Freelance, Fixed-term contr…\s+Open\s+2024-03-31$/m.test(
          text
        ),
        text
      );
      assert.true(
        text.includes(
          "  ✗ line 6: The closing date (2024-01-23) is before the opening date (2024-02-15)."
        )
      );
      assert.true(
        text.endsWith(
          "5 posting(s), 1 file(s) in error, 1 warning(s), 1 posting(s) that cannot be published."
        ),
        text
      );
    }
  );

  QUnit.test(
    "in French with --lang fr, from the plugin's locale file",
    (assert) => {
      const { text } = parseInProcess(FIXTURES, { lang: "fr" });
      assert.true(/^fichier\s+titre\s/m.test(text), text);
      assert.true(
        text.includes(
          "  ✗ ligne 6\u00A0: Le champ «\u202Fdate de clôture\u202F» (2024-01-23)"
        ),
        text
      );
      assert.true(/Ouvert\s+2024-03-31$/m.test(text), text);
      assert.true(
        text.endsWith(
          "5 offre(s), 1 fichier(s) en erreur, 1 avertissement(s), 1 offre(s) impossible(s) à publier."
        ),
        text
      );
    }
  );

  QUnit.test(
    "the command itself: exit code, and LANG picks French",
    async (assert) => {
      const run = await runCli(
        ["parse", "--today", "2024-01-15", join(CLI_FIXTURES, "postings")],
        { LANG: "fr_FR.UTF-8" }
      );
      assert.strictEqual(run.code, 0, run.err);
      assert.true(
        run.out.includes("4 offre(s), 0 fichier(s) en erreur"),
        run.out
      );
      const missing = await runCli(["parse", join(CLI_FIXTURES, "nowhere")]);
      assert.strictEqual(missing.code, 2);
      assert.true(missing.err.includes("No such file or folder"));
    }
  );
});

QUnit.module("cli | finding posting files", () => {
  QUnit.test(
    "folders give .md files and extensionless files that open with ---, in a stable order",
    (assert) => {
      const found = findPostingFiles(FIXTURES).map((file) =>
        file.path.slice(CLI_FIXTURES.length + 1)
      );
      assert.deepEqual(found, [
        "broken/closes-before-opens.md",
        "broken/no-front-matter.md",
        "postings/beta/2021-10-14-data-analyst.md",
        "postings/incubateur/2023-12-01-deploiement.md",
        "postings/incubateur/2024-01-02-dev-python.md",
        "postings/incubateur/Product Designer - User research",
      ]);
      assert.true(readdirSync(CLI_FIXTURES).length > 0);
    }
  );
});
