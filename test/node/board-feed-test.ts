import QUnit from "qunit";
import {
  feedPath,
  hasFeed,
} from "../../assets/javascripts/discourse/lib/board-feed.ts";
import {
  DEFAULT_FILTERS,
  filtersFromQuery,
} from "../../assets/javascripts/discourse/lib/board-filters.ts";
import { DEFAULT_VOCABULARIES } from "../../assets/javascripts/discourse/lib/posting/vocabularies.ts";

const { module, test } = QUnit;

module("board-feed", function () {
  test("the board's default view: the category alone", function (assert) {
    assert.strictEqual(
      feedPath(12, { ...DEFAULT_FILTERS }),
      "/job-board/feed.rss?category_id=12"
    );
  });

  test("every filter, in the server's order, words encoded", function (assert) {
    const filters = {
      q: "data & co",
      role: "design",
      contracts: ["cdd", "freelance"],
      place: "reg-53",
      remote: "full" as const,
      status: "closing_soon" as const,
      sort: "closing" as const,
    };
    assert.strictEqual(
      feedPath(5, filters),
      "/job-board/feed.rss?category_id=5&job_role=design&job_contract=cdd%2Cfreelance" +
        "&job_status=closing_soon&job_place=reg-53&job_remote=full&job_q=data+%26+co&job_sort=closing"
    );
  });

  test("the feed of a board URL carries that URL's filters", function (assert) {
    const query = "?job_role=coach&job_status=all&job_q=%C3%A9t%C3%A9";
    const { filters } = filtersFromQuery(
      Object.fromEntries(new URLSearchParams(query)),
      DEFAULT_VOCABULARIES
    );
    const feed = new URL(feedPath(3, filters), "https://forum.example");
    assert.strictEqual(feed.searchParams.get("job_role"), "coach");
    assert.strictEqual(feed.searchParams.get("job_status"), "all");
    assert.strictEqual(feed.searchParams.get("job_q"), "été");
  });

  test("no feed where a visitor sees nothing", function (assert) {
    assert.true(hasFeed({ id: 1 }, false));
    assert.false(hasFeed({ id: 1, read_restricted: true }, false));
    assert.false(hasFeed({ id: 1 }, true), "a forum that requires logging in");
    assert.false(hasFeed(null, false));
  });
});
