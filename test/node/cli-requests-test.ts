// Issue 14's target: a first import of beta.gouv.fr's 575 files at core's
// 60 requests a minute, with no 429, in at most two thirds of the requests
// it cost before (1,717 for 572 files). `npx tsx test/soak/requests.ts`
// prints the same figures, and those of a re-run.

import QUnit from "qunit";
import { BASELINE, countFirstImport } from "./cli-support/request-count.ts";

QUnit.module("cli | requests of a first import", () => {
  QUnit.test(
    "575 files: one request a new file, none refused by the rate limiter",
    async (assert) => {
      assert.timeout(120_000);
      const count = await countFirstImport(300, 572, false);
      const allowed = Math.floor(
        ((BASELINE.requests / BASELINE.files) * count.files * 2) / 3
      );
      assert.strictEqual(count.files, 575);
      assert.strictEqual(count.topics, 573, "two files have no front matter");
      assert.strictEqual(count.limited, 0, "no 429");
      assert.true(
        count.requests <= allowed,
        `${count.requests} requests, at most ${allowed} wanted: ${JSON.stringify(count.byOperation)}`
      );
      assert.deepEqual(count.byOperation, {
        listCategories: 1,
        adminSiteSettings: 1,
        createTopicPostPM: 573,
        "plugin GET": 1,
      });
    }
  );
});
