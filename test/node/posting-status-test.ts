import { readFileSync } from "node:fs";
import QUnit from "qunit";
import {
  type PostingStatus,
  postingStatus,
  todayInParis,
} from "../../assets/javascripts/discourse/lib/posting-status.ts";

interface StatusCase {
  name: string;
  input: {
    status: PostingStatus | null;
    closes_at: string | null;
    topic_closed: boolean;
    today: string;
  };
  expected: {
    state: string;
    badge: string;
    closing_soon: boolean;
    days_left: number | null;
    missing_closing_date: boolean;
  };
}

const table = JSON.parse(
  readFileSync(
    new URL("../fixtures/posting-status-cases.json", import.meta.url),
    "utf8"
  )
) as { cases: StatusCase[] };

QUnit.module("posting-status | shared case table", () => {
  for (const { name, input, expected } of table.cases) {
    QUnit.test(name, (assert) => {
      const result = postingStatus({
        status: input.status,
        closesAt: input.closes_at,
        topicClosed: input.topic_closed,
        today: input.today,
      });
      assert.deepEqual(
        {
          state: result.state,
          badge: result.badge,
          closing_soon: result.closingSoon,
          days_left: result.daysLeft,
          missing_closing_date: result.missingClosingDate,
        },
        expected
      );
    });
  }
});

QUnit.module("posting-status | today in Europe/Paris", () => {
  QUnit.test(
    "late evening UTC in winter is already tomorrow in Paris",
    (assert) => {
      assert.strictEqual(
        todayInParis(new Date("2026-11-22T23:30:00Z")),
        "2026-11-23"
      );
    }
  );

  QUnit.test("summer time is two hours ahead of UTC", (assert) => {
    assert.strictEqual(
      todayInParis(new Date("2026-07-01T21:59:00Z")),
      "2026-07-01"
    );
    assert.strictEqual(
      todayInParis(new Date("2026-07-01T22:00:00Z")),
      "2026-07-02"
    );
  });
});

QUnit.module("posting-status | bad input", () => {
  QUnit.test(
    "a closing date that is not an ISO day counts as none",
    (assert) => {
      const result = postingStatus({
        closesAt: "2026-02-30",
        today: "2026-11-23",
      });
      assert.strictEqual(result.state, "open");
      assert.true(result.missingClosingDate);
    }
  );

  QUnit.test("today must be an ISO day", (assert) => {
    assert.throws(
      () => postingStatus({ today: "23/11/2026" }),
      /today must be an ISO day, got 23\/11\/2026/
    );
  });
});
