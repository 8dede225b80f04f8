// Runs inside Discourse (bin/rake "plugin:qunit[discourse-job-board]").
// Issue 12 in the filter bar: the search box, place, remote work, the finer
// states and the order, all in the URL query and sent to the server, with
// the counts of GET /job-board/counts.json as its contract has them.
import { click, currentURL, fillIn, visit } from "@ember/test-helpers";
import { test } from "qunit";
import { acceptance } from "discourse/tests/helpers/qunit-helpers";
import {
  chooseFilter,
  chosenValues,
  closeMenu,
  content,
  openMenu,
  rowName,
  rowNames,
} from "../helpers/job-board-filter-menus.ts";
import {
  type AcceptanceNeeds,
  BOARD,
  BOARD_SETTINGS,
  recordBoardRequests,
  serveEmptyBoard,
} from "../helpers/job-board-fixtures.ts";

function queryOf(url: string): Record<string, string> {
  return Object.fromEntries(new URL(url, "http://forum.test").searchParams);
}

const EVERY_FILTER =
  "job_q=d%C3%A9veloppeur&job_role=coach&job_place=reg-11&job_remote=partial&job_status=closing_soon&job_sort=questions";

acceptance(
  "Job Board | search, place and sort",
  function (needs: AcceptanceNeeds) {
    needs.user();
    needs.settings(BOARD_SETTINGS);
    // What the server was asked, newest last.
    const { lastListQuery, lastCountsQuery } = recordBoardRequests(needs);

    test("the search box puts its words in the URL and asks the server", async function (assert) {
      await visit(BOARD.url);
      assert.dom('input[name="job_q"]').hasValue("");

      await fillIn('input[name="job_q"]', "  développeur  ");
      await click(".job-board-filters__submit");

      assert.deepEqual(queryOf(currentURL()), { job_q: "développeur" });
      assert.strictEqual(lastListQuery().job_q, "développeur");
      assert.deepEqual(lastCountsQuery(), {
        category_id: String(BOARD.id),
        job_q: "développeur",
        job_status: "open",
      });
      assert.dom('input[name="job_q"]').hasValue("développeur");
    });

    test("région and remote work, with the server's counts", async function (assert) {
      await visit(BOARD.url);

      assert.strictEqual(await rowName("place", "reg-11"), "Île-de-France (2)");
      assert.strictEqual(
        await rowName("place", "reg-53"),
        "Bretagne (0)",
        "a région the server did not count says 0"
      );
      assert.strictEqual(await rowName("place", "abroad"), "Abroad (0)");
      assert.deepEqual(
        await rowNames("remote"),
        [
          "With or without remote work",
          "Some remote work (2)",
          "Fully remote (1)",
        ],
        "« some remote work » lists partial and full remote postings"
      );

      await chooseFilter("place", "reg-11");
      await chooseFilter("remote", "full");

      assert.deepEqual(queryOf(currentURL()), {
        job_place: "reg-11",
        job_remote: "full",
      });
      assert.strictEqual(lastListQuery().job_place, "reg-11");
      assert.strictEqual(lastListQuery().job_remote, "full");
      assert.deepEqual(lastCountsQuery(), {
        category_id: String(BOARD.id),
        job_place: "reg-11",
        job_remote: "full",
        job_status: "open",
      });
    });

    test("the finer states, the closed ones grouped", async function (assert) {
      await visit(BOARD.url);

      assert.deepEqual(await rowNames("status"), [
        "Open (3)",
        "Closing soon (1)",
        "Upcoming (1)",
        "Expired (0)",
        "Filled (0)",
        "Closed (1)",
        "All (5)",
      ]);
      await openMenu("status");
      assert
        .dom(`${content("status")} [role=group]`)
        .hasAttribute("aria-label", "No longer open");
      await closeMenu("status");

      await chooseFilter("status", "upcoming");
      assert.deepEqual(queryOf(currentURL()), { job_status: "upcoming" });
      assert.strictEqual(lastListQuery().job_status, "upcoming");
      assert.strictEqual(lastCountsQuery().job_status, "upcoming");
    });

    test("the order is in the URL and sent with the list, not the counts", async function (assert) {
      await visit(BOARD.url);
      assert.deepEqual(await chosenValues("sort"), ["newest"]);
      assert.deepEqual(await rowNames("sort"), [
        "Newest",
        "Closing soonest",
        "Most questions",
      ]);

      await chooseFilter("sort", "closing");

      assert.deepEqual(queryOf(currentURL()), { job_sort: "closing" });
      assert.strictEqual(lastListQuery().job_sort, "closing");
      assert.strictEqual(lastCountsQuery().job_sort, undefined);
    });

    test("a shared link opens the board with every filter chosen", async function (assert) {
      await visit(`${BOARD.url}?${EVERY_FILTER}`);

      assert.dom('input[name="job_q"]').hasValue("développeur");
      assert.deepEqual(await chosenValues("role"), ["coach"]);
      assert.deepEqual(await chosenValues("place"), ["reg-11"]);
      assert.deepEqual(await chosenValues("remote"), ["partial"]);
      assert.deepEqual(await chosenValues("status"), ["closing_soon"]);
      assert.deepEqual(await chosenValues("sort"), ["questions"]);
      assert.strictEqual(lastListQuery().job_q, "développeur");
      assert.strictEqual(lastListQuery().job_sort, "questions");
    });

    test("reset clears the search, every filter and the order", async function (assert) {
      await visit(`${BOARD.url}?${EVERY_FILTER}`);
      await click(".job-board-filters__reset");

      assert.strictEqual(currentURL(), BOARD.url);
      assert.dom('input[name="job_q"]').hasValue("");
      assert.deepEqual(await chosenValues("place"), [""]);
      assert.deepEqual(await chosenValues("sort"), ["newest"]);
      assert.strictEqual(lastListQuery().job_q, undefined);
      assert.strictEqual(lastListQuery().job_place, undefined);
      assert.strictEqual(lastListQuery().job_sort, undefined);
    });

    test("an empty result names the search and filters that gave it", async function (assert) {
      serveEmptyBoard({
        roles: {},
        contracts: {},
        states: {
          open: 0,
          closing_soon: 0,
          upcoming: 0,
          expired: 0,
          filled: 0,
          closed: 0,
          all: 0,
        },
        places: {},
        remote: { none: 0, partial: 0, full: 0 },
        total: 0,
      });

      await visit(`${BOARD.url}?job_q=astronaut&job_place=reg-28`);

      assert.deepEqual(
        Array.from(
          document.querySelectorAll(".job-board-empty__filter"),
          (item) => item.textContent?.trim()
        ),
        ["Search: “astronaut”", "Région: Normandie"]
      );
      await click(".job-board-empty__reset");
      assert.strictEqual(currentURL(), BOARD.url);
    });
  }
);
