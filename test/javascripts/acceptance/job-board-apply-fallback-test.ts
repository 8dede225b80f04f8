// Runs inside Discourse (bin/rake "plugin:qunit[discourse-job-board]").
// Always a way to apply (issue 13, point 3): a posting with neither a link
// nor a contact offers « Ask a question », a reply to the topic; publishers
// see the open postings to complete above the board.
import { click, currentURL, visit } from "@ember/test-helpers";
import { test } from "qunit";
import pretender from "discourse/tests/helpers/create-pretender";
import {
  acceptance,
  updateCurrentUser,
} from "discourse/tests/helpers/qunit-helpers";
import {
  type AcceptanceNeeds,
  BOARD,
  BOARD_SETTINGS,
  boardCounts,
  boardTopicList,
  jsonResponse,
  openJob,
  postingTopic,
} from "../helpers/job-board-fixtures.ts";

const TOPIC_URL = "/t/internationalization-localization/280";
const ASK = "#topic-title .job-board-card .job-board-apply.--ask-question";

function serveUnreachablePosting() {
  pretender.get("/t/280.json", () =>
    jsonResponse(postingTopic(openJob({ apply_url: null, contact: null })))
  );
}

acceptance(
  "Job Board | a posting with no way to apply",
  function (needs: AcceptanceNeeds) {
    needs.user();
    needs.settings(BOARD_SETTINGS);

    test("« Ask a question » opens a reply to the posting", async function (assert) {
      serveUnreachablePosting();

      await visit(TOPIC_URL);
      assert.dom(ASK).hasText("Ask a question");
      assert
        .dom("#topic-title .job-board-card a.job-board-apply")
        .doesNotExist();

      await click(ASK);

      // core: the composer opens on the topic, as its own reply button does.
      assert.dom(".d-editor-input").exists("the reply composer is open");
      assert.dom("#reply-control").hasClass("open");
    });
  }
);

acceptance(
  "Job Board | a posting with no way to apply, for a visitor",
  function (needs: AcceptanceNeeds) {
    needs.settings(BOARD_SETTINGS);

    test("« Ask a question » leads to the login page first", async function (assert) {
      serveUnreachablePosting();

      await visit(TOPIC_URL);
      await click(ASK);

      assert.strictEqual(currentURL(), "/login");
    });
  }
);

acceptance(
  "Job Board | postings to complete",
  function (needs: AcceptanceNeeds) {
    let attentionRequests = 0;

    needs.user();
    needs.settings(BOARD_SETTINGS);
    needs.hooks.beforeEach(() => {
      attentionRequests = 0;
    });
    needs.pretender((server) => {
      server.get(`${BOARD.url}/l/latest.json`, () =>
        jsonResponse(boardTopicList())
      );
      server.get("/job-board/counts.json", () => jsonResponse(boardCounts()));
      server.get("/job-board/attention.json", () => {
        attentionRequests++;
        return jsonResponse({
          postings: [
            {
              id: 280,
              title: "Coach",
              url: "/t/coach/280",
              closes_at: null,
              reasons: ["no_way_to_apply", "no_closing_date"],
            },
          ],
        });
      });
    });

    test("publishers see them above the board, folded", async function (assert) {
      updateCurrentUser({ can_publish_job_postings: true });

      await visit(BOARD.url);
      assert
        .dom(".job-board-attention__toggle")
        .hasText("1 open posting to complete");

      await click(".job-board-attention__toggle");
      assert
        .dom(".job-board-attention__posting[data-topic-id='280'] a")
        .hasText("Coach")
        .hasAttribute("href", "/t/coach/280");
      assert
        .dom(".job-board-attention__posting .job-board-attention__reason")
        .exists({ count: 2 });
    });

    test("members who do not publish neither see nor ask for them", async function (assert) {
      updateCurrentUser({ can_publish_job_postings: false });

      await visit(BOARD.url);
      assert.dom(".job-board-attention").doesNotExist();
      assert.strictEqual(attentionRequests, 0);
    });
  }
);
