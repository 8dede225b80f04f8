import { fileURLToPath } from "node:url";
import QUnit from "qunit";
import { checkLocales } from "../../script/check-locales.ts";
import { runScript, withTree } from "../support/file-tree.ts";

const CLI = fileURLToPath(
  new URL("../../script/check-locales.ts", import.meta.url)
);

const CLIENT_EN = `en:
  js:
    discourse_job_board:
      title: "Jobs"
      status:
        open: "Open"
        closed: "Closed"
      days_left:
        one: "%{count} day left"
        other: "%{count} days left"
`;
const CLIENT_FR = `fr:
  js:
    discourse_job_board:
      title: "Offres"
      status:
        open: "Ouverte"
        closed: "Pourvue"
      days_left:
        one: "%{count} jour restant"
        many: "%{count} de jours restants"
        other: "%{count} jours restants"
`;
const SERVER_EN = `en:
  site_settings:
    discourse_job_board_enabled: "Enable the job board"
`;
const SERVER_FR = `fr:
  site_settings:
    discourse_job_board_enabled: "Activer le tableau des offres"
`;

type Files = Record<string, string | null>;

const GOOD: Files = {
  "client.en.yml": CLIENT_EN,
  "client.fr.yml": CLIENT_FR,
  "server.en.yml": SERVER_EN,
  "server.fr.yml": SERVER_FR,
};

// Each test gets its own plugin tree so that fixtures never leak between
// tests; null leaves a locale file out.
function withLocales(files: Files, run: (root: string) => void): void {
  withTree(
    Object.fromEntries(
      Object.entries(files).map(([name, text]) => [
        `config/locales/${name}`,
        text,
      ])
    ),
    run
  );
}

function problemsFor(overrides: Files): string[] {
  let problems: string[] = [];
  withLocales({ ...GOOD, ...overrides }, (root) => {
    problems = checkLocales(root).problems;
  });
  return problems;
}

QUnit.module("check-locales", () => {
  QUnit.test("passes when both languages have the same keys", (assert) => {
    assert.deepEqual(problemsFor({}), []);
  });

  QUnit.test("names a key missing in French", (assert) => {
    const fr = CLIENT_FR.replace(/^ {8}open: .*\n/m, "");
    assert.deepEqual(problemsFor({ "client.fr.yml": fr }), [
      "config/locales/client.fr.yml: missing js.discourse_job_board.status.open (present in client.en.yml)",
    ]);
  });

  QUnit.test("names a key missing in English, in the server pair", (assert) => {
    const fr = `${SERVER_FR}    discourse_job_board_max_days: "Durée maximale"\n`;
    assert.deepEqual(problemsFor({ "server.fr.yml": fr }), [
      "config/locales/server.en.yml: missing site_settings.discourse_job_board_max_days (present in server.fr.yml)",
    ]);
  });

  QUnit.test("only one and other are required in a plural group", (assert) => {
    const fr = CLIENT_FR.replace(/^ {8}one: .*\n/m, "");
    assert.deepEqual(problemsFor({ "client.fr.yml": fr }), [
      "config/locales/client.fr.yml: missing js.discourse_job_board.days_left.one (present in client.en.yml)",
    ]);
  });

  QUnit.test("reports a missing file", (assert) => {
    assert.deepEqual(problemsFor({ "server.fr.yml": null }), [
      "config/locales/server.fr.yml: file is missing",
    ]);
  });

  QUnit.test("reports a YAML error with its line", (assert) => {
    const broken = CLIENT_FR.replace('title: "Offres"', 'title: "Offres');
    const problems = problemsFor({ "client.fr.yml": broken });
    assert.strictEqual(problems.length, 1);
    assert.true(
      /^config\/locales\/client\.fr\.yml:\d+: does not parse as YAML: /.test(
        problems[0] ?? ""
      ),
      problems[0]
    );
  });

  QUnit.test("reports a duplicated key on its line", (assert) => {
    const duplicated = `${SERVER_EN}    discourse_job_board_enabled: "Again"\n`;
    assert.deepEqual(problemsFor({ "server.en.yml": duplicated }), [
      "config/locales/server.en.yml:4: does not parse as YAML: duplicated mapping key",
    ]);
  });

  QUnit.test("reports a wrong root key", (assert) => {
    const wrongRoot = CLIENT_FR.replace(/^fr:/, "en:");
    assert.deepEqual(problemsFor({ "client.fr.yml": wrongRoot }), [
      'config/locales/client.fr.yml: root key must be "fr:" alone (found: en)',
    ]);
  });

  QUnit.test("reports empty leaves", (assert) => {
    const empty = CLIENT_EN.replace('closed: "Closed"', 'closed: ""').replace(
      'title: "Jobs"',
      "title:"
    );
    assert.deepEqual(problemsFor({ "client.en.yml": empty }), [
      "config/locales/client.en.yml: empty value at js.discourse_job_board.title",
      "config/locales/client.en.yml: empty value at js.discourse_job_board.status.closed",
    ]);
  });

  QUnit.test(
    "the CLI exits 1 with the report, 0 when all is well",
    (assert) => {
      const fr = CLIENT_FR.replace(/^ {8}open: .*\n/m, "");
      withLocales({ ...GOOD, "client.fr.yml": fr }, (root) => {
        const run = runScript(CLI, root);
        assert.strictEqual(run.status, 1, run.stderr);
        assert.true(
          run.stderr.includes("missing js.discourse_job_board.status.open")
        );
      });
      withLocales(GOOD, (root) => {
        const run = runScript(CLI, root);
        assert.strictEqual(run.status, 0, run.stderr);
        assert.true(run.stdout.startsWith("check-locales: OK"), run.stdout);
      });
    }
  );
});
