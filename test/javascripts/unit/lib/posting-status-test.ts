// Runs inside Discourse; the full case table is run by our Node suite
// (test/node/posting-status-test.ts), this checks the module as Discourse
// compiles and loads it.
import { module, test } from "qunit";
import { postingStatus } from "discourse/plugins/discourse-job-board/discourse/lib/posting-status";

module("Job Board | Unit | posting-status", function () {
  test("filled wins over a passed closing date", function (assert) {
    const result = postingStatus({
      status: "filled",
      closesAt: "2026-11-01",
      today: "2026-11-23",
    });
    assert.strictEqual(result.state, "filled");
  });

  test("the last day to apply is still open", function (assert) {
    const result = postingStatus({
      closesAt: "2026-11-23",
      today: "2026-11-23",
    });
    assert.strictEqual(result.badge, "closing_soon");
    assert.strictEqual(result.daysLeft, 0);
  });
});
