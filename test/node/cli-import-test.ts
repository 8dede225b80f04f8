import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import QUnit from "qunit";
import { externalIdFor, importKey } from "../../cli/import/external-id.ts";
import { API_KEY, type FakeDiscourse } from "./cli-support/fake-discourse.ts";
import {
  CLI_FIXTURES,
  freshForumForEachTest,
  importInProcess,
  type Workspace,
  workspace,
} from "./cli-support/harness.ts";

const WRITES = ["createTopicPostPM", "updateTopic", "updatePost", "plugin PUT"];

function writes(server: FakeDiscourse): number {
  return WRITES.reduce((sum, operation) => sum + server.count(operation), 0);
}

/** The counts of the final report, e.g. { created: 4, failed: 1 } (zeros left out). */
function counts(out: string): Record<string, number> {
  const found: Record<string, number> = {};
  for (const [, label, count] of out.matchAll(/^ {2}([a-z ]+?) +(\d+)$/gm)) {
    if (count !== "0") {
      found[label] = Number(count);
    }
  }
  return found;
}

function topics(server: FakeDiscourse) {
  return [...server.forum.topics.values()];
}

QUnit.module("cli | import", (hooks) => {
  let server: FakeDiscourse;
  let space: Workspace;
  freshForumForEachTest(hooks, (fresh) => ({ server, space } = fresh));

  QUnit.test(
    "publishes each posting as a topic with its fields, once",
    async (assert) => {
      const first = await importInProcess(server, space);
      assert.strictEqual(first.code, 0, first.err);
      assert.true(/created\s+4/.test(first.out), first.out);
      const python = topics(server).find(
        (topic) => topic.title === "Développeur·se Python pour Aidants Connect"
      );
      assert.deepEqual(python?.job, {
        role: "developpement",
        contracts: ["freelance", "cdd"],
        team: "Aidants Connect",
        location: null,
        place: "dep-75",
        remote: "partial",
        opens_at: "2024-01-02",
        closes_at: "2024-03-31",
        status: "open",
        contact: "recrutement@example.org",
        apply_url: null,
        junior: false,
        pay_min: null,
        pay_max: null,
        pay_period: null,
      });
      assert.strictEqual(python?.category_id, 7);
      assert.strictEqual(
        python?.external_id,
        externalIdFor("incubateur/2024-01-02-dev-python.md")
      );
      assert.true(python?.raw.startsWith("Aidants Connect cherche"));

      const again = await importInProcess(server, space);
      assert.strictEqual(again.code, 0);
      assert.true(/unchanged\s+4/.test(again.out), again.out);
      assert.strictEqual(topics(server).length, 4, "no duplicate");
      const checked = await importInProcess(server, space, { recheck: true });
      assert.true(
        /unchanged\s+4/.test(checked.out),
        "asking Discourse about every file finds nothing to change"
      );
      assert.strictEqual(server.count("createTopicPostPM"), 4);
      assert.strictEqual(writes(server), 4, "re-runs wrote nothing");
    }
  );

  QUnit.test(
    "updates only what changed in a file, title through the top-level field Discourse reads",
    async (assert) => {
      await importInProcess(server, space);
      const file = join(space.postings, "incubateur/2024-01-02-dev-python.md");
      const edited = readFileSync(file, "utf8")
        .replace(
          "title: Développeur·se Python pour Aidants Connect",
          "title: Développeur·se Django pour Aidants Connect"
        )
        .replace(
          "poste_ferme: 2024-03-31",
          "poste_ferme: 2024-04-30\nposte_pourvu: true"
        );
      writeFileSync(file, edited);
      const run = await importInProcess(server, space);
      assert.deepEqual(counts(run.out), { updated: 1, unchanged: 3 });
      assert.true(
        run.out.includes(
          "incubateur/2024-01-02-dev-python.md: title, closes_at, status"
        ),
        run.out
      );
      const topic = topics(server).find(
        (t) =>
          t.external_id === externalIdFor("incubateur/2024-01-02-dev-python.md")
      );
      assert.deepEqual(
        [topic?.title, topic?.job.closes_at, topic?.job.status],
        ["Développeur·se Django pour Aidants Connect", "2024-04-30", "filled"]
      );
      assert.strictEqual(topics(server).length, 4);
    }
  );

  QUnit.test(
    "a topic is found again by external_id when the journal is lost, from any folder",
    async (assert) => {
      await importInProcess(server, space);
      const elsewhere = workspace(space.postings);
      try {
        const run = await importInProcess(server, elsewhere);
        assert.true(/unchanged\s+4/.test(run.out), run.out);
        assert.strictEqual(
          topics(server).length,
          4,
          "the same ids, though the absolute paths differ"
        );
        assert.strictEqual(
          server.count("getTopicByExternalId"),
          4,
          "the first run created without looking up; without a journal, the second looked up each file Discourse said it had"
        );
        assert.strictEqual(server.count("createTopicPostPM"), 8);
      } finally {
        elsewhere.cleanup();
      }
    }
  );

  QUnit.test(
    "files that do not parse or validate are reported and not sent; the others are",
    async (assert) => {
      const run = await importInProcess(server, space, {
        paths: [space.postings, join(CLI_FIXTURES, "broken")],
      });
      assert.strictEqual(run.code, 1, "something failed");
      assert.deepEqual(counts(run.out), { created: 4, failed: 2 });
      assert.true(
        run.out.includes("broken/no-front-matter.md: No front matter"),
        run.out
      );
      assert.true(
        run.out.includes(
          "broken/closes-before-opens.md: The closing date (2024-01-23) is before the opening date (2024-02-15)."
        ),
        run.out
      );
      assert.strictEqual(topics(server).length, 4);
    }
  );

  QUnit.test(
    "a title another topic of the forum holds: published under the file's next title, the same on the next run",
    async (assert) => {
      server.forum.topics.set(1, {
        id: 1,
        title: "Wikicarbone recherche un profil Data Analyst",
        slug: "wikicarbone",
        category_id: 7,
        external_id: null,
        first_post_id: 1,
        raw: "…",
        job: {},
      });
      const run = await importInProcess(server, space);
      assert.strictEqual(run.code, 0, run.out);
      assert.deepEqual(counts(run.out), { created: 4 });
      const titles = topics(server).map((topic) => topic.title);
      assert.true(
        titles.includes(
          "Wikicarbone recherche un profil Data Analyst (octobre 2021)"
        ),
        titles.join("\n")
      );
      const again = await importInProcess(server, space, { recheck: true });
      assert.deepEqual(counts(again.out), { unchanged: 4 }, again.out);
    }
  );

  QUnit.test(
    "a posting Discourse refuses is reported with Discourse's reason; the run goes on",
    async (assert) => {
      // core: PostCreator's errors, e.g. the body's own validations.
      server.faults.push({
        match: "createTopicPostPM",
        kind: "status",
        status: 422,
        body: { errors: ["Body is too short (minimum is 20 characters)"] },
      });
      const run = await importInProcess(server, space);
      assert.strictEqual(run.code, 1);
      assert.deepEqual(counts(run.out), { created: 3, failed: 1 }, run.out);
      assert.true(
        run.out.includes(
          "data-analyst.md: creating the topic: Discourse answered HTTP 422 (Body is too short (minimum is 20 characters))"
        ),
        run.out
      );
      assert.false(run.out.includes("Import finished.\n  Stopped"), run.out);
    }
  );

  QUnit.test(
    "--dry-run reads but writes nothing, not even the journal",
    async (assert) => {
      const run = await importInProcess(server, space, { dryRun: true });
      assert.strictEqual(run.code, 0, run.err);
      assert.true(/would be created\s+4/.test(run.out), run.out);
      assert.strictEqual(writes(server), 0);
      assert.false(existsSync(space.journal));
      await importInProcess(server, space);
      writeFileSync(
        join(space.postings, "beta/2021-10-14-data-analyst.md"),
        readFileSync(
          join(space.postings, "beta/2021-10-14-data-analyst.md"),
          "utf8"
        ).replace("junior: true", "junior: false")
      );
      const preview = await importInProcess(server, space, { dryRun: true });
      assert.deepEqual(counts(preview.out), {
        "would be updated": 1,
        unchanged: 3,
      });
      assert.true(preview.out.includes("data-analyst.md: junior"), preview.out);
      assert.true(
        topics(server).every(
          (topic) =>
            topic.job.junior !== false ||
            topic.title !== "Wikicarbone recherche un profil Data Analyst"
        )
      );
    }
  );

  QUnit.test(
    "a wrong key stops the run at once, and the key is never printed",
    async (assert) => {
      const run = await importInProcess(server, space, {
        apiKey: "wrong-key-abcdefghijkl",
      });
      assert.strictEqual(
        run.code,
        3,
        "a fatal stop, not « some files failed »"
      );
      assert.true(
        run.err.includes(
          "Stopped: the forum refuses the key (HTTP 403, reading the categories): check"
        ),
        run.err
      );
      assert.true(run.err.includes("check --api-key, --api-username"), run.err);
      assert.false(run.out.includes("Import finished."), run.out);
      assert.false(run.err.includes("run the same command again"), run.err);
      assert.false(
        `${run.out}${run.err}`.includes("wrong-key"),
        "no part of the key"
      );
      assert.false(`${run.out}${run.err}`.includes(API_KEY.slice(0, 7)));
      assert.strictEqual(topics(server).length, 0);
    }
  );
});

QUnit.module("cli | external_id", () => {
  QUnit.test(
    "fits Discourse's rule and is the same on every machine",
    (assert) => {
      const id = externalIdFor(
        importKey("/home/a/postings/beta/x.md", "/home/a/postings")
      );
      assert.strictEqual(
        id,
        externalIdFor(importKey("/srv/b/postings/beta/x.md", "/srv/b/postings"))
      );
      assert.true(/^[\w-]{1,50}$/.test(id), id);
      assert.strictEqual(
        externalIdFor(importKey("/p/café.md", "/p")),
        externalIdFor(importKey("/p/cafe\u0301.md", "/p")),
        "NFC and NFD names are one file"
      );
      assert.notStrictEqual(
        externalIdFor("beta/x.md"),
        externalIdFor("incubateur/x.md")
      );
    }
  );
});
