// Found by the soak (test/soak/run.ts): a request answered 5xx or 429 on
// every try but the last, whose connection dropped, stopped the whole run
// with "the site does not answer". The site did answer: only that file
// fails, the others go on; a site that never answers still stops the run.

import QUnit from "qunit";
import type { FakeDiscourse } from "./cli-support/fake-discourse.ts";
import {
  freshForumForEachTest,
  importInProcess,
  type Workspace,
} from "./cli-support/harness.ts";

const POLICY = { maxRetries: 3, baseDelayMs: 1, maxDelayMs: 10 };

QUnit.module("cli | import on a flaky connection", (hooks) => {
  let server: FakeDiscourse;
  let space: Workspace;
  freshForumForEachTest(hooks, (fresh) => ({ server, space } = fresh));

  QUnit.test(
    "a connection lost on the last try after HTTP errors fails one file, not the run",
    async (assert) => {
      server.faults.push(
        { match: "plugin GET", kind: "status", status: 503, times: 2 },
        {
          match: "plugin GET",
          kind: "status",
          status: 429,
          headers: { "Retry-After": "0" },
        },
        { match: "plugin GET", kind: "drop" }
      );
      const run = await importInProcess(server, space, { policy: POLICY });
      assert.strictEqual(run.code, 1, run.err);
      assert.true(/created\s+3/.test(run.out), run.out);
      assert.true(/failed\s+1/.test(run.out), run.out);
      assert.true(
        run.out.includes(
          "connection lost on the last try (fetch failed); the site answered the earlier ones"
        ),
        run.out
      );
      assert.false(run.err.includes("Stopped:"), run.err);
      assert.false(run.err.includes("not processed"), run.err);

      const again = await importInProcess(server, space);
      assert.strictEqual(again.code, 0, again.out);
      assert.strictEqual(
        server.forum.topics.size,
        4,
        "the failed file's topic, once"
      );
    }
  );

  QUnit.test(
    "a request that never got an answer still stops the run",
    async (assert) => {
      server.faults.push({ match: "plugin GET", kind: "drop", times: 4 });
      const run = await importInProcess(server, space, { policy: POLICY });
      assert.strictEqual(run.code, 3, run.err);
      assert.false(run.out.includes("Import finished."), run.out);
      assert.true(
        run.err.includes("Stopped: the site does not answer"),
        run.err
      );
      assert.true(/not processed\s+3/.test(run.out), run.out);
    }
  );
});
