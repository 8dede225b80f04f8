import { readFileSync } from "node:fs";
import QUnit from "qunit";
import {
  matchesStateFilter,
  type PostingStatus,
  postingStatus,
  STATE_FILTERS,
  stateFiltersOf,
  todayInParis,
} from "../../assets/javascripts/discourse/lib/posting-status.ts";

interface StatusCase {
  name: string;
  input: {
    status: PostingStatus | null;
    opens_at: string | null;
    closes_at: string | null;
    topic_closed: boolean;
    today: string;
  };
  expected: {
    state: string;
    badge: string;
    closing_soon: boolean;
    days_left: number | null;
    days_to_open: number | null;
    missing_closing_date: boolean;
    filters: string[];
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
        opensAt: input.opens_at,
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
          days_to_open: result.daysToOpen,
          missing_closing_date: result.missingClosingDate,
          filters: stateFiltersOf(result),
        },
        expected
      );
    });
  }
});

QUnit.module("posting-status | state filters", () => {
  QUnit.test(
    "every state filter lists some case of the table, and all lists every case",
    (assert) => {
      const results = table.cases.map(({ input }) =>
        postingStatus({
          status: input.status,
          opensAt: input.opens_at,
          closesAt: input.closes_at,
          topicClosed: input.topic_closed,
          today: input.today,
        })
      );
      for (const filter of STATE_FILTERS) {
        assert.true(
          results.some((result) => matchesStateFilter(result, filter)),
          `${filter} lists a case`
        );
      }
      assert.true(results.every((result) => matchesStateFilter(result, "all")));
    }
  );

  QUnit.test(
    "closing soon is a part of open: the open filter keeps those postings",
    (assert) => {
      const soon = postingStatus({
        closesAt: "2026-11-25",
        today: "2026-11-23",
      });
      assert.deepEqual(stateFiltersOf(soon), ["open", "closing_soon", "all"]);
    }
  );

  QUnit.test(
    "an upcoming posting is listed under upcoming only, never open",
    (assert) => {
      const upcoming = postingStatus({
        opensAt: "2022-06-28",
        today: "2022-02-16",
      });
      assert.strictEqual(upcoming.badge, "upcoming");
      assert.deepEqual(stateFiltersOf(upcoming), ["upcoming", "all"]);
    }
  );
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

  QUnit.test(
    "an opening date that is not an ISO day counts as none",
    (assert) => {
      const result = postingStatus({
        opensAt: "2026-13-01",
        today: "2026-11-23",
      });
      assert.strictEqual(result.state, "open");
      assert.strictEqual(result.daysToOpen, null);
    }
  );

  QUnit.test("today must be an ISO day", (assert) => {
    assert.throws(
      () => postingStatus({ today: "23/11/2026" }),
      /today must be an ISO day, got 23\/11\/2026/
    );
  });
});
