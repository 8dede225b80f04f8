// What the import tells its user and the scripts that run it: every file
// accounted for, fatal stops with their own exit code and what to do, the
// JSON report, the French report, and a timeout that holds for every request.

import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import QUnit from "qunit";
import { translatorForLanguage } from "../../cli/i18n.ts";
import type { FakeDiscourse } from "./cli-support/fake-discourse.ts";
import {
  CLI_FIXTURES,
  freshForumForEachTest,
  importInProcess,
  runCli,
  type Workspace,
  workspace,
} from "./cli-support/harness.ts";

const NBSP = "\u00A0";

QUnit.module("cli | import report", (hooks) => {
  let server: FakeDiscourse;
  let space: Workspace;
  freshForumForEachTest(hooks, (fresh) => ({ server, space } = fresh));

  QUnit.test(
    "every file under the folder is in the report: read, or skipped with the reason",
    async (assert) => {
      const folder = workspace(join(CLI_FIXTURES, "accounting"));
      try {
        const run = await importInProcess(server, folder);
        assert.strictEqual(run.code, 1, run.out);
        const file = (name: string) => join(folder.postings, name);
        assert.true(
          run.out.includes(
            `created (topic 100) ${file("2020-11-18-chef.fe.de.produit.data.product.owner")}`
          ),
          `a posting whose name ends in « .owner » is read\n${run.out}`
        );
        assert.true(
          run.out.includes(`✗ ${file("offre-sans-en-tete")}: No front matter`),
          "a file without front matter is read, and says why it fails"
        );
        assert.true(
          run.out.includes(
            `- ${file("logo.png")}: not a posting (neither Markdown nor front matter)`
          ),
          run.out
        );
        assert.true(
          run.out.includes(`- ${file(".DS_Store")}: hidden file or folder`),
          run.out
        );
        assert.true(/^ {2}skipped +2$/m.test(run.out), run.out);
      } finally {
        folder.cleanup();
      }
    }
  );

  QUnit.test(
    "--dry-run says « would be created » on each line, and warnings show during the run",
    async (assert) => {
      const run = await importInProcess(server, space, { dryRun: true });
      assert.strictEqual(run.code, 0, run.err);
      const lines = run.out.split("\n").filter((line) => line.startsWith("["));
      assert.strictEqual(lines.length, 4);
      assert.true(
        lines.every((line) => / would be created /.test(line)),
        lines.join("\n")
      );
      assert.true(
        run.out.includes(
          "2021-10-14-data-analyst.md\n    ! No contract is given."
        ),
        run.out
      );
      assert.true(
        run.out.includes(
          "Titles: at least 15 characters, each used once on the forum (Discourse’s defaults: this key cannot read the forum’s settings)."
        ),
        run.out
      );
    }
  );

  QUnit.test(
    "the forum's own title rules, when the key may read them",
    async (assert) => {
      server.forum.admin = true;
      server.forum.minTitleLength = 45;
      const run = await importInProcess(server, space);
      assert.strictEqual(run.code, 0, run.out);
      assert.true(
        run.out.includes(
          "Titles: at least 45 characters, each used once on the forum (the forum’s settings)."
        ),
        run.out
      );
      assert.true(
        run.out.includes(
          "! published as “Chargé·e de déploiement Conseiller numérique (décembre 2023)” (too short for Discourse)"
        ),
        run.out
      );
      const again = await importInProcess(server, space, { recheck: true });
      assert.true(/^ {2}unchanged +4$/m.test(again.out), again.out);
    }
  );

  QUnit.test(
    "--json: one object per file, then the summary, and nothing else on stdout",
    async (assert) => {
      const run = await importInProcess(server, space, { json: true });
      const objects = run.out
        .split("\n")
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      assert.strictEqual(objects.length, 5, run.out);
      assert.deepEqual(
        objects.slice(0, 4).map((entry) => [entry.status, entry.topic_id]),
        [
          ["created", 100],
          ["created", 101],
          ["created", 102],
          ["created", 103],
        ]
      );
      assert.deepEqual(objects[0].warnings, ["No contract is given."]);
      const { summary } = objects[4] as { summary: Record<string, unknown> };
      assert.deepEqual(
        [summary.created, summary.failed, summary.files, summary.exit_code],
        [4, 0, 4, 0]
      );
      assert.strictEqual(summary.requests, server.requests.length);
    }
  );

  QUnit.test("--lang fr: the whole report in French", async (assert) => {
    const run = await importInProcess(server, space, {
      language: "fr",
      translate: translatorForLanguage("fr"),
      dryRun: true,
    });
    assert.true(
      run.out.includes(
        `Titres${NBSP}: au moins 15${NBSP}caractères, chacun une seule fois sur le forum`
      ),
      run.out
    );
    assert.true(/\] serait créée /.test(run.out), run.out);
    assert.true(run.out.includes(`Simulation${NBSP}: rien n’a été écrit.`));
    assert.true(/^ {2}serait créée +4$/m.test(run.out), run.out);
    assert.true(
      run.out.includes("! Aucun «\u202Ftype de contrat\u202F»"),
      run.out
    );
    assert.true(
      run.out.includes(
        `4${NBSP}fichier(s) à envoyer, environ 4${NBSP}requête(s)${NBSP}: moins d’une minute à 1800${NBSP}requêtes par minute.`
      ),
      run.out
    );
    assert.false(/would|created|unchanged/.test(run.out), run.out);
  });

  QUnit.test(
    "an unknown category stops the run with exit code 3 and names the forum's categories",
    async (assert) => {
      const run = await importInProcess(server, space, { category: "offres" });
      assert.strictEqual(run.code, 3);
      assert.true(
        run.err.includes(
          "Stopped: no category “offres” on " +
            `${server.url}. Its categories: general (General), emplois (Emplois), emplois/archives (Archives).`
        ),
        run.err
      );
      assert.false(run.out.includes("Import finished."), run.out);
      assert.false(run.err.includes("run the same command again"), run.err);
      assert.strictEqual(server.count("createTopicPostPM"), 0);

      const fr = await importInProcess(server, space, {
        category: "offres",
        language: "fr",
        translate: translatorForLanguage("fr"),
      });
      assert.true(
        fr.err.startsWith(
          `Arrêt${NBSP}: pas de catégorie «\u202Foffres\u202F» sur ${server.url}. Ses catégories${NBSP}: general (General),`
        ),
        fr.err
      );
      assert.true(fr.out.includes("L’import s’est arrêté avant la fin."));
    }
  );

  QUnit.test(
    "a timeout holds for the topic asked for after the external_id's redirect",
    async (assert) => {
      await importInProcess(server, space);
      server.faults.push({ match: "getTopic", kind: "hang", times: 10 });
      const started = Date.now();
      const run = await importInProcess(server, space, {
        journalPath: join(space.dir, "other-journal.json"),
        timeoutMs: 300,
        policy: { maxRetries: 1, baseDelayMs: 5, maxDelayMs: 10 },
      });
      assert.true(
        Date.now() - started < 5000,
        `ended in ${Date.now() - started} ms`
      );
      assert.strictEqual(run.code, 3, run.err);
      assert.true(run.err.includes("the site does not answer"), run.err);
    }
  );
});

QUnit.module("cli | import against something that is not Discourse", () => {
  QUnit.test(
    "an HTML page: « not a Discourse API », exit code 3",
    async (assert) => {
      const page = createServer((_request, response) => {
        response.writeHead(200, { "Content-Type": "text/html" });
        response.end("<!DOCTYPE html><html><body>Bienvenue</body></html>");
      });
      await new Promise<void>((resolve) =>
        page.listen(0, "127.0.0.1", resolve)
      );
      const url = `http://127.0.0.1:${(page.address() as AddressInfo).port}`;
      const space = workspace();
      try {
        const run = await runCli(
          [
            "import",
            "--url",
            url,
            "--api-username",
            "importer",
            "--category",
            "emplois",
            "--state",
            space.journal,
            space.postings,
          ],
          { DISCOURSE_API_KEY: "some-key-0123456789" }
        );
        assert.strictEqual(run.code, 3, run.err);
        assert.true(
          run.err.includes(
            "Stopped: this is not a Discourse API (HTTP 200, reading the categories, a web page or an unexpected answer): check --url"
          ),
          run.err
        );
        assert.false(run.out.includes("Import finished."), run.out);
      } finally {
        page.closeAllConnections();
        await new Promise((resolve) => page.close(resolve));
        space.cleanup();
      }
    }
  );

  QUnit.test("--version prints the package's version", async (assert) => {
    const run = await runCli(["--version"]);
    assert.strictEqual(run.code, 0);
    assert.true(/^\d+\.\d+\.\d+\n$/.test(run.out), run.out);
  });
});
