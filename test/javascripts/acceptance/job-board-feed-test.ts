// Runs inside Discourse (bin/rake "plugin:qunit[discourse-job-board]").
// « Flux RSS » in the filter bar: the board's feed with the filters on
// screen, following them as they change; none on a forum behind a login.
import { select, visit } from "@ember/test-helpers";
import { test } from "qunit";
import { acceptance } from "discourse/tests/helpers/qunit-helpers";
import {
  type AcceptanceNeeds,
  BOARD,
  BOARD_SETTINGS,
  recordBoardRequests,
} from "../helpers/job-board-fixtures.ts";

function feedQuery(): Record<string, string> {
  const href = document
    .querySelector(".job-board-feed-link")
    ?.getAttribute("href");
  const url = new URL(href ?? "", "http://forum.test");
  return {
    path: url.pathname,
    ...Object.fromEntries(url.searchParams),
  };
}

acceptance("Job Board | feed link", function (needs: AcceptanceNeeds) {
  needs.settings(BOARD_SETTINGS);
  recordBoardRequests(needs);

  test("links a visitor to the feed of the board as filtered", async function (assert) {
    await visit(`${BOARD.url}?job_role=coach`);

    assert.dom("a.job-board-feed-link").hasText("RSS feed");
    assert.deepEqual(feedQuery(), {
      path: "/job-board/feed.rss",
      category_id: String(BOARD.id),
      job_role: "coach",
    });

    await select('select[name="job_contract"]', "freelance");
    assert.deepEqual(
      feedQuery(),
      {
        path: "/job-board/feed.rss",
        category_id: String(BOARD.id),
        job_role: "coach",
        job_contract: "freelance",
      },
      "the link follows the filters"
    );
  });
});

acceptance(
  "Job Board | feed link on a forum that requires logging in",
  function (needs: AcceptanceNeeds) {
    needs.user();
    needs.settings({ ...BOARD_SETTINGS, login_required: true });
    recordBoardRequests(needs);

    test("offers no feed: a visitor would see nothing", async function (assert) {
      await visit(BOARD.url);
      assert.dom(".job-board-filters").exists();
      assert.dom(".job-board-feed-link").doesNotExist();
    });
  }
);
