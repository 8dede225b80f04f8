// Runs inside Discourse (bin/rake "plugin:qunit[discourse-job-board]").
// The filter bar above the board: counts from the server, filters kept in
// the URL query and applied by the server, a reset, an empty state, and
// « Post a job » for those allowed to publish.
import { click, currentURL, select, visit } from "@ember/test-helpers";
import { test } from "qunit";
import {
  acceptance,
  updateCurrentUser,
} from "discourse/tests/helpers/qunit-helpers";
import {
  type AcceptanceNeeds,
  BOARD,
  BOARD_SETTINGS,
  recordBoardRequests,
  serveEmptyBoard,
} from "../helpers/job-board-fixtures.ts";

/** A URL's query as an object, whatever the order of its parameters. */
function queryOf(url: string): Record<string, string> {
  return Object.fromEntries(new URL(url, "http://forum.test").searchParams);
}

function pathOf(url: string): string {
  return new URL(url, "http://forum.test").pathname;
}

acceptance("Job Board | filters", function (needs: AcceptanceNeeds) {
  needs.user();
  needs.settings(BOARD_SETTINGS);
  // What the server was asked, newest last.
  const { lastListQuery, lastCountsQuery } = recordBoardRequests(needs);

  test("each choice shows how many postings it would give", async function (assert) {
    await visit(BOARD.url);

    assert.deepEqual(
      lastCountsQuery(),
      { category_id: String(BOARD.id), job_status: "open" },
      "counts are asked for the board's category and open postings"
    );
    assert.dom('select[name="job_role"]').hasValue("", "all roles by default");
    assert
      .dom('select[name="job_role"] option[value="coach"]')
      .hasText("Coach (2)");
    assert
      .dom('select[name="job_role"] option[value="data"]')
      .hasText("Data (0)");
    assert
      .dom('select[name="job_contract"] option[value="freelance"]')
      .hasText("Freelance (2)");
    assert
      .dom('select[name="job_status"]')
      .hasValue("open", "open postings by default");
    assert
      .dom('select[name="job_status"] option[value="closed"]')
      .hasText("Closed (1)");
    assert
      .dom('select[name="job_status"] option[value="all"]')
      .hasText("All (5)");
    assert.dom(".job-board-filters__reset").isDisabled("nothing to reset yet");
  });

  test("choosing a role, a contract and a status puts them in the URL and asks the server", async function (assert) {
    await visit(BOARD.url);

    await select('select[name="job_role"]', "coach");
    assert.strictEqual(pathOf(currentURL()), BOARD.url);
    assert.deepEqual(queryOf(currentURL()), { job_role: "coach" });
    assert.strictEqual(lastListQuery().job_role, "coach");
    assert.strictEqual(lastCountsQuery().job_role, "coach");

    await select('select[name="job_contract"]', "freelance");
    assert.deepEqual(queryOf(currentURL()), {
      job_role: "coach",
      job_contract: "freelance",
    });
    assert.strictEqual(lastListQuery().job_contract, "freelance");

    await select('select[name="job_status"]', "closed");
    assert.deepEqual(queryOf(currentURL()), {
      job_role: "coach",
      job_contract: "freelance",
      job_status: "closed",
    });
    assert.strictEqual(lastListQuery().job_status, "closed");
    assert.deepEqual(lastCountsQuery(), {
      category_id: String(BOARD.id),
      job_role: "coach",
      job_contract: "freelance",
      job_status: "closed",
    });
  });

  test("a shared link opens the board with its filters chosen", async function (assert) {
    await visit(
      `${BOARD.url}?job_role=coach&job_contract=freelance&job_status=all`
    );

    assert.dom('select[name="job_role"]').hasValue("coach");
    assert.dom('select[name="job_contract"]').hasValue("freelance");
    assert.dom('select[name="job_status"]').hasValue("all");
    assert.strictEqual(lastListQuery().job_role, "coach");
    assert.strictEqual(lastListQuery().job_contract, "freelance");
    assert.strictEqual(lastListQuery().job_status, "all");
    assert.deepEqual(lastCountsQuery(), {
      category_id: String(BOARD.id),
      job_role: "coach",
      job_contract: "freelance",
      job_status: "all",
    });
  });

  test("reset goes back to every open posting", async function (assert) {
    await visit(`${BOARD.url}?job_role=coach&job_status=closed`);
    await click(".job-board-filters__reset");

    assert.strictEqual(currentURL(), BOARD.url);
    assert.dom('select[name="job_role"]').hasValue("");
    assert.dom('select[name="job_status"]').hasValue("open");
    assert.strictEqual(lastListQuery().job_role, undefined);
    assert.strictEqual(lastListQuery().job_status, undefined);
    assert.dom(".job-board-filters__reset").isDisabled();
  });

  test("when nothing matches, the board says so and offers a reset", async function (assert) {
    serveEmptyBoard({
      roles: {},
      contracts: {},
      states: {
        open: 0,
        closing_soon: 0,
        upcoming: 0,
        expired: 0,
        filled: 0,
        closed: 1,
        all: 1,
      },
      total: 1,
    });

    await visit(`${BOARD.url}?job_role=design`);

    assert
      .dom(".job-board-empty .job-board-empty__title")
      .hasText("No posting matches these filters");

    await click(".job-board-empty__reset");

    assert.strictEqual(currentURL(), BOARD.url);
  });

  test("the board is not called empty while postings match", async function (assert) {
    await visit(BOARD.url);

    assert.dom(".job-board-empty").doesNotExist();
  });

  test("members are not offered « Post a job »", async function (assert) {
    await visit(BOARD.url);

    assert.dom(".job-board-discovery__publish").doesNotExist();
  });

  test("publishers are offered « Post a job »", async function (assert) {
    updateCurrentUser({ can_publish_job_postings: true });

    await visit(BOARD.url);

    assert.dom(".job-board-discovery__publish").hasText("Post a job");
  });
});
