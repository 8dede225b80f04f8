// Runs inside Discourse (bin/rake "plugin:qunit[discourse-job-board]").
// « Follow these filters » in the filter bar, and the followed filters in
// the member's notification preferences (issue 13, point 1).
import { click, visit } from "@ember/test-helpers";
import { test } from "qunit";
import { acceptance } from "discourse/tests/helpers/qunit-helpers";
import {
  type AcceptanceNeeds,
  BOARD,
  BOARD_SETTINGS,
  jsonResponse,
  recordBoardRequests,
} from "../helpers/job-board-fixtures.ts";

interface SentFollow {
  method: string;
  url: string;
  body: Record<string, string[]>;
}

/** A form-encoded body (jQuery's, as core's ajax sends it) as lists by key. */
function formBody(body: string | null): Record<string, string[]> {
  const values: Record<string, string[]> = {};
  new URLSearchParams(body ?? "").forEach((value, key) => {
    const name = key.replace(/\[\]$/, "");
    values[name] = [...(values[name] ?? []), value];
  });
  return values;
}

function serveFollows(needs: AcceptanceNeeds, sent: SentFollow[]) {
  needs.pretender((server) => {
    server.get("/job-board/follows.json", () =>
      jsonResponse({
        follows: [
          {
            id: 3,
            job_role: ["data"],
            job_contract: ["freelance"],
            job_place: null,
            job_remote: null,
            job_q: "ruby",
          },
        ],
        max: 20,
      })
    );
    server.post("/job-board/follows.json", (request) => {
      const body = formBody(request.requestBody as string);
      sent.push({ method: "POST", url: request.url, body });
      return jsonResponse(
        {
          follow: {
            id: 7,
            job_role: body.job_role ?? [],
            job_contract: body.job_contract ?? [],
            job_place: null,
            job_remote: null,
            job_q: null,
          },
        },
        201
      );
    });
    server.delete("/job-board/follows/:id.json", (request) => {
      sent.push({ method: "DELETE", url: request.url, body: {} });
      return jsonResponse({}, 204);
    });
  });
}

acceptance("Job Board | follow", function (needs: AcceptanceNeeds) {
  needs.user();
  needs.settings(BOARD_SETTINGS);
  recordBoardRequests(needs);
  const sent: SentFollow[] = [];
  needs.hooks.beforeEach(() => {
    sent.length = 0;
  });
  serveFollows(needs, sent);

  test("a member follows the filters in force, then stops", async function (assert) {
    await visit(`${BOARD.url}?job_role=coach`);
    assert
      .dom(".job-board-follow")
      .hasText("Follow these filters")
      .hasAttribute("aria-pressed", "false");

    await click(".job-board-follow");
    assert.deepEqual(sent[0], {
      method: "POST",
      url: "/job-board/follows.json",
      body: { job_role: ["coach"] },
    });
    assert
      .dom(".job-board-follow")
      .hasText("Following these filters")
      .hasAttribute("aria-pressed", "true")
      .hasClass("--followed");

    await click(".job-board-follow");
    assert.deepEqual(sent[1]?.method, "DELETE");
    assert.strictEqual(sent[1]?.url, "/job-board/follows/7.json");
    assert.dom(".job-board-follow").hasText("Follow these filters");
  });

  test("filters already followed show as followed, whatever the case of the words", async function (assert) {
    await visit(`${BOARD.url}?job_role=data&job_contract=freelance&job_q=Ruby`);
    assert
      .dom(".job-board-follow")
      .hasText("Following these filters")
      .hasAttribute("aria-pressed", "true");
  });

  test("the followed filters in the member's preferences, each removable", async function (assert) {
    await visit("/u/eviltrout/preferences/notifications");
    assert
      .dom(".job-board-follows__filters")
      .hasText("Data · Freelance · “ruby”");

    await click(".job-board-follows__remove");
    assert.strictEqual(sent[0]?.url, "/job-board/follows/3.json");
    assert
      .dom(".job-board-follows__none")
      .includesText("You follow no filters.");
  });
});

acceptance("Job Board | follow, anonymous", function (needs: AcceptanceNeeds) {
  needs.settings(BOARD_SETTINGS);
  recordBoardRequests(needs);

  test("visitors who are not signed in see no follow button", async function (assert) {
    await visit(BOARD.url);
    assert.dom(".job-board-filters").exists();
    assert.dom(".job-board-follow").doesNotExist();
  });
});
