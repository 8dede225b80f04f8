import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import QUnit from "qunit";
import { ApiError } from "../../cli/import/errors.ts";
import {
  backoffDelay,
  parseRetryAfter,
  retryDelay,
} from "../../cli/import/retry.ts";
import { API_KEY, type FakeDiscourse } from "./cli-support/fake-discourse.ts";
import {
  freshForumForEachTest,
  importArgs,
  importInProcess,
  runCli,
  type Workspace,
} from "./cli-support/harness.ts";

const POLICY = {
  maxRetries: 5,
  baseDelayMs: 100,
  maxDelayMs: 10_000,
  random: () => 1,
};

QUnit.module("cli | retry policy", () => {
  QUnit.test("Retry-After in seconds or as an HTTP date", (assert) => {
    const now = Date.parse("2024-01-15T10:00:00Z");
    assert.strictEqual(parseRetryAfter("3", now), 3000);
    assert.strictEqual(
      parseRetryAfter("Mon, 15 Jan 2024 10:00:07 GMT", now),
      7000
    );
    assert.strictEqual(
      parseRetryAfter("Mon, 15 Jan 2024 09:00:00 GMT", now),
      0,
      "a date in the past means now"
    );
    assert.strictEqual(parseRetryAfter("soon", now), null);
  });

  QUnit.test(
    "429 waits what the server asks, 5xx back off exponentially, 4xx and the last try are final",
    (assert) => {
      const limited = new ApiError("x", 429, "", "2");
      assert.strictEqual(retryDelay(limited, 0, POLICY), 2000);
      assert.deepEqual(
        [0, 1, 2, 3].map((retry) =>
          retryDelay(new ApiError("x", 503, ""), retry, POLICY)
        ),
        [100, 200, 400, 800]
      );
      assert.strictEqual(
        retryDelay(new ApiError("x", 500, ""), 5, POLICY),
        null,
        "bounded by maxRetries"
      );
      assert.strictEqual(
        retryDelay(new ApiError("x", 422, ""), 0, POLICY),
        null
      );
      assert.strictEqual(
        retryDelay(new TypeError("fetch failed"), 0, POLICY),
        100,
        "a dropped connection is retried"
      );
      assert.strictEqual(
        backoffDelay(30, POLICY),
        10_000,
        "no wait beyond maxDelayMs"
      );
      assert.strictEqual(
        backoffDelay(3, { ...POLICY, random: () => 0.5 }),
        400,
        "full jitter"
      );
    }
  );
});

QUnit.module("cli | import faults", (hooks) => {
  let server: FakeDiscourse;
  let space: Workspace;
  freshForumForEachTest(
    hooks,
    (fresh) => ({ server, space } = fresh),
    (assert) => {
      const ids = [...server.forum.topics.values()].map(
        (topic) => topic.external_id
      );
      assert.strictEqual(
        new Set(ids).size,
        ids.length,
        "never two topics for one file"
      );
    }
  );

  QUnit.test("429 with Retry-After: waits, then goes on", async (assert) => {
    server.faults.push({
      match: "createTopicPostPM",
      kind: "status",
      status: 429,
      headers: { "Retry-After": "1" },
    });
    const started = Date.now();
    const run = await importInProcess(server, space);
    assert.strictEqual(run.code, 0, run.err);
    assert.true(
      Date.now() - started >= 950,
      "the server's second was honoured"
    );
    assert.strictEqual(server.forum.topics.size, 4);
    assert.strictEqual(
      server.count("createTopicPostPM"),
      5,
      "the refused create was sent again"
    );
  });

  QUnit.test(
    "500s are retried; a file that keeps failing is reported and repaired by the next run",
    async (assert) => {
      server.faults.push({
        match: "getTopicByExternalId",
        kind: "status",
        status: 500,
        times: 2,
      });
      server.faults.push({
        match: "plugin GET",
        kind: "status",
        status: 502,
        times: 3,
      });
      const run = await importInProcess(server, space, {
        policy: { maxRetries: 2, baseDelayMs: 5, maxDelayMs: 50 },
      });
      assert.strictEqual(run.code, 1);
      assert.true(
        run.out.includes(
          "reading the posting's fields (topic 100): Discourse answered HTTP 502"
        ),
        run.out
      );
      assert.strictEqual(
        server.forum.topics.size,
        4,
        "the failing file's topic exists; nothing else was held up"
      );
      const again = await importInProcess(server, space);
      assert.strictEqual(again.code, 0, again.out);
      assert.true(
        /unchanged\s+4/.test(again.out),
        "found again by external_id, fields checked, nothing to redo"
      );
    }
  );

  QUnit.test(
    "a connection dropped before or after Discourse acted: retried, without a second topic",
    async (assert) => {
      server.faults.push({ match: "plugin GET", kind: "drop" });
      server.faults.push({ match: "createTopicPostPM", kind: "drop-after" });
      const run = await importInProcess(server, space);
      assert.strictEqual(run.code, 0, run.out);
      assert.strictEqual(server.forum.topics.size, 4);
      assert.strictEqual(
        server.count("createTopicPostPM"),
        4,
        "the create that was done but unanswered was found, not sent again"
      );
    }
  );

  QUnit.test(
    "a run killed midway, then resumed: every file once, nothing lost",
    async (assert) => {
      let creates = 0;
      const killer = (child: ChildProcess) => {
        server.onRequest = (entry) => {
          if (entry.operation === "createTopicPostPM" && ++creates === 2) {
            child.kill("SIGKILL"); // while Discourse is creating the second topic
          }
        };
      };
      const killed = await runCli(
        importArgs(server, space),
        { DISCOURSE_API_KEY: API_KEY },
        killer
      );
      assert.strictEqual(killed.signal, "SIGKILL");
      server.onRequest = null;
      const resumed = await runCli(importArgs(server, space), {
        DISCOURSE_API_KEY: API_KEY,
      });
      assert.strictEqual(resumed.code, 0, resumed.err);
      assert.strictEqual(server.forum.topics.size, 4);
      const report = resumed.out.slice(resumed.out.indexOf("Import finished."));
      const total = [
        ...report.matchAll(
          /^ {2}(?:created|updated|unchanged|failed) +(\d+)$/gm
        ),
      ].reduce((sum, match) => sum + Number(match[1]), 0);
      assert.strictEqual(
        total,
        4,
        `the report accounts for every file:\n${report}`
      );
    }
  );

  QUnit.test(
    "Ctrl-C stops after the current request, counts the file in flight, says how to resume, and the resumed run finishes",
    async (assert) => {
      const interrupter = (child: ChildProcess) => {
        server.onRequest = (entry) => {
          // While Discourse creates the first topic, whose fields are then
          // to be checked: that file is created, not « not processed ».
          if (entry.operation === "createTopicPostPM") {
            child.kill("SIGINT");
            server.onRequest = null;
          }
        };
      };
      const stopped = await runCli(
        importArgs(server, space),
        { DISCOURSE_API_KEY: API_KEY },
        interrupter
      );
      assert.strictEqual(stopped.code, 130, stopped.err);
      assert.true(/^ {2}created +1$/m.test(stopped.out), stopped.out);
      assert.true(/^ {2}not processed +3$/m.test(stopped.out), stopped.out);
      assert.strictEqual(server.forum.topics.size, 1);
      assert.true(
        /Interrupted: 3 file\(s\) not processed\. To resume, run the same command again/.test(
          stopped.err
        ),
        stopped.err
      );
      assert.true(existsSync(space.journal), "the journal was saved");
      assert.false(
        `${stopped.out}${stopped.err}`.includes(API_KEY),
        "the key is never printed"
      );
      server.onRequest = null;
      const resumed = await runCli(importArgs(server, space), {
        DISCOURSE_API_KEY: API_KEY,
      });
      assert.strictEqual(resumed.code, 0, resumed.err);
      assert.strictEqual(server.forum.topics.size, 4);
    }
  );
});
