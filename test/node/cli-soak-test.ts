// A short soak of the importer in the test command: the same scenario as
// test/soak/run.ts (which publishes 200 postings and takes about a minute),
// on fewer files. JOB_BOARD_SOAK_SEED=<n> replays another seed.

import QUnit from "qunit";
import {
  runSoak,
  seedFromEnvironment,
  SOAK_DEFAULTS,
} from "./cli-support/soak-scenario.ts";

const OPTIONS = {
  ...SOAK_DEFAULTS,
  files: 24,
  maxRuns: 30,
  budgetMs: 60_000,
  // Core's 60 a minute in half a second: the short soak rarely meets the
  // limiter; test/soak/run.ts does, at 20 a second.
  limit: { requests: 60, windowMs: 500 },
  seed: seedFromEnvironment(SOAK_DEFAULTS.seed),
};

QUnit.module("cli | import soak", () => {
  QUnit.test(
    `${OPTIONS.files} postings through 5xx, 429, dropped connections and kills: each published once, equal to its file, and accounted for`,
    async (assert) => {
      assert.timeout(OPTIONS.budgetMs + 150_000);
      const { checks, story } = await runSoak(OPTIONS);
      for (const { name, ok, detail } of checks) {
        assert.true(ok, ok ? name : `${name}\n${detail}\n${story.join("\n")}`);
      }
    }
  );
});
