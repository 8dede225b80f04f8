// Runs inside Discourse (bin/rake "plugin:qunit[discourse-job-board]").
// A posting's page: the badge beside its title, the card with every field
// and « Apply », a banner when applications are closed, and « Mark as
// filled » / « Reopen » for those who may edit the posting.
import { click, visit } from "@ember/test-helpers";
import { test } from "qunit";
import pretender from "discourse/tests/helpers/create-pretender";
import { acceptance } from "discourse/tests/helpers/qunit-helpers";
import {
  type AcceptanceNeeds,
  BOARD_SETTINGS,
  dayFromToday,
  type JobJson,
  JOBS,
  jsonResponse,
  openJob,
  postingTopic,
} from "../helpers/job-board-fixtures.ts";

const TOPIC_URL = "/t/internationalization-localization/280";
const TITLE_BADGE = "#topic-title .topic-statuses .job-board-badge__label";
const CARD = "#topic-title .job-board-card";

function servePosting(job: JobJson) {
  pretender.get("/t/280.json", () => jsonResponse(postingTopic(job)));
}

acceptance("Job Board | a posting's page", function (needs: AcceptanceNeeds) {
  needs.user();
  needs.settings(BOARD_SETTINGS);

  test("the card shows every field of an open posting and how to apply", async function (assert) {
    const job = openJob({ junior: true });
    servePosting(job);

    await visit(TOPIC_URL);

    assert.dom(TITLE_BADGE).hasText("Open");
    assert
      .dom("#topic-title .job-board-badge")
      .exists({ count: 1 }, "one badge, beside the title");
    assert.dom(`${CARD} .job-board-badge`).doesNotExist();
    assert.dom(`${CARD} .job-board-chip.--role`).hasText("Coach");
    assert
      .dom(`${CARD} .job-board-chip.--contract[data-code="freelance"]`)
      .hasText("Freelance");
    assert
      .dom(`${CARD} .job-board-chip.--contract[data-code="cdd"]`)
      .hasText("Fixed-term contract");
    assert.dom(`${CARD} .job-board-card__field.--team dd`).hasText("ANCT");
    assert
      .dom(`${CARD} .job-board-card__field.--location dd`)
      .includesText("Paris")
      .includesText("Partly remote");
    assert
      .dom(`${CARD} .job-board-card__field.--opens-at time`)
      .hasAttribute("datetime", String(job.opens_at));
    assert
      .dom(`${CARD} .job-board-card__field.--closes-at time`)
      .hasAttribute("datetime", String(job.closes_at));
    assert
      .dom(`${CARD} .job-board-card__field.--contact a`)
      .hasAttribute("href", "mailto:rh@anct.gouv.fr")
      .hasText("rh@anct.gouv.fr");
    assert.dom(`${CARD} .job-board-card__junior`).hasText("Juniors welcome");
    assert.dom(`${CARD} .job-board-banner`).doesNotExist();
  });

  // Issue 12: members get a 404 for an upcoming posting (the server's
  // guardian); those who reach it see « Upcoming » and when it opens.
  test("a publisher sees an upcoming posting's badge and when members will see it", async function (assert) {
    const opensAt = dayFromToday(20);
    servePosting(
      openJob({
        opens_at: opensAt,
        state: "upcoming",
        badge: "upcoming",
        can_edit: true,
      })
    );

    await visit(TOPIC_URL);

    assert.dom(TITLE_BADGE).hasText("Upcoming");
    assert.dom(`${CARD} .job-board-badge__label`).hasText("Upcoming");
    assert
      .dom(`${CARD} .job-board-banner.--upcoming`)
      .includesText("This posting opens on")
      .includesText("until then only its author, the people who publish");
    assert.dom(`${CARD} .job-board-apply`).doesNotExist();
    assert
      .dom(`${CARD} .job-board-card__place`)
      .hasText("Paris · Île-de-France");
    assert.dom(`${CARD} .job-board-card__remote`).hasText("Partly remote");
  });

  test("« Apply » opens the posting's own page in a new tab", async function (assert) {
    servePosting(openJob());

    await visit(TOPIC_URL);

    assert
      .dom(`${CARD} .job-board-apply`)
      .hasText("Apply")
      .hasAttribute("href", "https://incubateur.anct.gouv.fr/postes/coach")
      .hasAttribute("target", "_blank")
      .hasAttribute("rel", "noopener noreferrer nofollow");
  });

  test("without a link, « Apply » writes to the posting's contact", async function (assert) {
    servePosting(openJob({ apply_url: null }));

    await visit(TOPIC_URL);

    assert
      .dom(`${CARD} .job-board-apply`)
      .hasText("Apply")
      .hasAttribute("href", "mailto:rh@anct.gouv.fr")
      .doesNotHaveAttribute("target");
  });

  test("an expired posting says since when applications are closed", async function (assert) {
    servePosting(JOBS.expired());

    await visit(TOPIC_URL);

    assert.dom(TITLE_BADGE).hasText("Expired");
    assert
      .dom(`${CARD} .job-board-banner.--expired`)
      .hasText(
        "This posting expired on January 31, 2024: applications are closed."
      );
    assert
      .dom(`${CARD} .job-board-apply`)
      .doesNotExist("no one is invited to apply any more");
  });

  test("a filled posting says the position is taken", async function (assert) {
    servePosting(JOBS.filled());

    await visit(TOPIC_URL);

    assert.dom(TITLE_BADGE).hasText("Filled");
    assert
      .dom(`${CARD} .job-board-banner.--filled`)
      .hasText("This position has been filled: applications are closed.");
    assert.dom(`${CARD} .job-board-apply`).doesNotExist();
  });

  test("readers who may not edit the posting get no moderator action", async function (assert) {
    servePosting(openJob({ can_edit: false }));

    await visit(TOPIC_URL);

    assert.dom(`${CARD} .job-board-card__actions`).doesNotExist();
    assert.dom(`${CARD} .job-board-card__mark-filled`).doesNotExist();
  });

  test("a publisher marks the posting filled, then reopens it", async function (assert) {
    const requests: string[] = [];
    servePosting(openJob({ can_edit: true }));
    pretender.post("/job-board/postings/280/fill.json", (request) => {
      requests.push(request.url);
      return jsonResponse({ job: JOBS.filled({ can_edit: true }) });
    });
    pretender.post("/job-board/postings/280/reopen.json", (request) => {
      requests.push(request.url);
      return jsonResponse({ job: openJob({ can_edit: true }) });
    });

    await visit(TOPIC_URL);
    assert.dom(`${CARD} .job-board-card__reopen`).doesNotExist();

    await click(`${CARD} .job-board-card__mark-filled`);

    assert.deepEqual(requests, ["/job-board/postings/280/fill.json"]);
    assert.dom(TITLE_BADGE).hasText("Filled");
    assert
      .dom(`${CARD} .job-board-banner.--filled`)
      .hasText("This position has been filled: applications are closed.");
    assert.dom(`${CARD} .job-board-card__mark-filled`).doesNotExist();

    await click(`${CARD} .job-board-card__reopen`);

    assert.deepEqual(requests, [
      "/job-board/postings/280/fill.json",
      "/job-board/postings/280/reopen.json",
    ]);
    assert.dom(TITLE_BADGE).hasText("Open");
    assert.dom(`${CARD} .job-board-banner`).doesNotExist();
    assert
      .dom(`${CARD} .job-board-card__mark-filled`)
      .hasText("Mark as filled");
  });
});
