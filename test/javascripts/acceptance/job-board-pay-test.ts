// Runs inside Discourse (bin/rake "plugin:qunit[discourse-job-board]").
// Pay (issue 13, point 4): on a posting's card, and from the composer to
// POST /posts as topic custom fields, validated before anything is sent.
import { click, fillIn, select, visit } from "@ember/test-helpers";
import { test } from "qunit";
import pretender from "discourse/tests/helpers/create-pretender";
import { acceptance } from "discourse/tests/helpers/qunit-helpers";
import {
  type AcceptanceNeeds,
  BOARD,
  BOARD_SETTINGS,
  boardCounts,
  jsonResponse,
  openJob,
  postingTopic,
} from "../helpers/job-board-fixtures.ts";

const FORM = "#reply-control .job-board-form";
const field = (name: string) => `${FORM} .job-board-form__field.--${name}`;

acceptance("Job Board | pay on a posting", function (needs: AcceptanceNeeds) {
  needs.settings(BOARD_SETTINGS);

  test("the card says the range, per year", async function (assert) {
    pretender.get("/t/280.json", () =>
      jsonResponse(
        postingTopic(
          openJob({ pay_min: 45000, pay_max: 55000, pay_period: "year" })
        )
      )
    );
    await visit("/t/internationalization-localization/280");
    assert.dom("#topic-title .job-board-card__field.--pay dt").hasText("Pay");
    assert
      .dom("#topic-title .job-board-card__field.--pay dd")
      .hasText("€45,000–55,000 a year");
  });

  test("no pay, no line", async function (assert) {
    pretender.get("/t/280.json", () => jsonResponse(postingTopic(openJob())));
    await visit("/t/internationalization-localization/280");
    assert.dom("#topic-title .job-board-card").exists();
    assert.dom("#topic-title .job-board-card__field.--pay").doesNotExist();
  });
});

acceptance(
  "Job Board | pay in the composer",
  function (needs: AcceptanceNeeds) {
    let createdPosts: Record<string, unknown>[] = [];

    needs.user({ can_publish_job_postings: true });
    needs.settings(BOARD_SETTINGS);
    needs.hooks.beforeEach(() => {
      createdPosts = [];
    });
    needs.pretender((server, helper) => {
      server.get("/job-board/counts.json", () => jsonResponse(boardCounts()));
      server.post("/posts", (request) => {
        createdPosts.push(helper.parsePostData(request.requestBody));
        return jsonResponse({
          success: true,
          action: "create_post",
          post: {
            id: 12345,
            post_number: 1,
            topic_id: 280,
            topic_slug: "internationalization-localization",
          },
        });
      });
    });

    async function composePosting() {
      await visit(BOARD.url);
      await click(".job-board-discovery__publish");
      await fillIn("#reply-title", "Designer UX en freelance");
      await fillIn(".d-editor-input", "Une mission de six mois.");
      await select(`${field("role")} select`, "design");
      await fillIn(`${field("closes-at")} input`, "2099-12-31");
    }

    test("a day rate without its period is refused beside the field", async function (assert) {
      await composePosting();
      await fillIn(`${field("pay-min")} input`, "450");
      await click("#reply-control .submit-panel .create");

      assert
        .dom(`${field("pay-period")} .job-board-form__message.--error`)
        .includesText("“pay period” is required when an amount is given");
      assert.strictEqual(createdPosts.length, 0, "nothing was sent");
    });

    test("pay travels as topic custom fields", async function (assert) {
      await composePosting();
      await fillIn(`${field("pay-min")} input`, "450");
      await fillIn(`${field("pay-max")} input`, "650");
      await select(`${field("pay-period")} select`, "day");
      await click("#reply-control .submit-panel .create");

      assert.strictEqual(createdPosts.length, 1);
      const fields = createdPosts[0].topic_custom_fields as Record<
        string,
        string
      >;
      assert.strictEqual(fields.job_pay_min, "450");
      assert.strictEqual(fields.job_pay_max, "650");
      assert.strictEqual(fields.job_pay_period, "day");
    });
  }
);
