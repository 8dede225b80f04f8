// Runs inside Discourse (bin/rake "plugin:qunit[discourse-job-board]").
// The filter bar above the board: counts from the server, filters kept in
// the URL query and applied by the server, a reset, an empty state, and
// « Post a job » for those allowed to publish.
import { click, currentURL, visit } from "@ember/test-helpers";
import { test } from "qunit";
import {
  acceptance,
  updateCurrentUser,
} from "discourse/tests/helpers/qunit-helpers";
import {
  chooseFilter,
  chosenValues,
  isOpen,
  rowName,
  triggerText,
} from "../helpers/job-board-filter-menus.ts";
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
    assert.deepEqual(await chosenValues("role"), [""], "all roles by default");
    assert.strictEqual(await rowName("role", "coach"), "Coach (2)");
    assert.strictEqual(await rowName("role", "data"), "Data (0)");
    assert.strictEqual(await rowName("contract", "freelance"), "Freelance (2)");
    assert.deepEqual(
      await chosenValues("status"),
      ["open"],
      "open postings by default"
    );
    assert.strictEqual(await rowName("status", "closed"), "Closed (1)");
    assert.strictEqual(await rowName("status", "all"), "All (5)");
    assert.dom(".job-board-filters__reset").isDisabled("nothing to reset yet");
  });

  test("choosing a role, a contract and a status puts them in the URL and asks the server", async function (assert) {
    await visit(BOARD.url);

    await chooseFilter("role", "coach");
    assert.strictEqual(pathOf(currentURL()), BOARD.url);
    assert.deepEqual(queryOf(currentURL()), { job_role: "coach" });
    assert.strictEqual(lastListQuery().job_role, "coach");
    assert.strictEqual(lastCountsQuery().job_role, "coach");

    await chooseFilter("contract", "freelance");
    assert.deepEqual(queryOf(currentURL()), {
      job_role: "coach",
      job_contract: "freelance",
    });
    assert.strictEqual(lastListQuery().job_contract, "freelance");

    await chooseFilter("status", "closed");
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

  // A posting has several contracts: the menu ticks several, and the server
  // lists the postings with ANY of them (ListFilter's `&&`), as « CDD or
  // freelance » means. Comma-separated, as core's /filter writes « any of »
  // (tags:a,b) and as the server reads job_contract.
  test("several contracts, comma-separated in the URL, and « All contracts » again", async function (assert) {
    await visit(BOARD.url);

    await chooseFilter("contract", "freelance");
    await chooseFilter("contract", "cdd");
    assert.true(isOpen("contract"), "ticking keeps the menu open");
    assert.deepEqual(queryOf(currentURL()), { job_contract: "cdd,freelance" });
    assert.strictEqual(lastListQuery().job_contract, "cdd,freelance");
    assert.strictEqual(lastCountsQuery().job_contract, "cdd,freelance");
    assert.deepEqual(await chosenValues("contract"), ["cdd", "freelance"]);

    await chooseFilter("contract", "");
    assert.strictEqual(currentURL(), BOARD.url);
    assert.strictEqual(triggerText("contract"), "All contracts");
    assert.strictEqual(lastListQuery().job_contract, undefined);
  });

  test("a shared link opens the board with its filters chosen", async function (assert) {
    await visit(
      `${BOARD.url}?job_role=coach&job_contract=freelance&job_status=all`
    );

    assert.deepEqual(await chosenValues("role"), ["coach"]);
    assert.deepEqual(await chosenValues("contract"), ["freelance"]);
    assert.deepEqual(await chosenValues("status"), ["all"]);
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
    assert.deepEqual(await chosenValues("role"), [""]);
    assert.deepEqual(await chosenValues("status"), ["open"]);
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
