// Runs inside Discourse (bin/rake "plugin:qunit[discourse-job-board]").
// The board is Discourse's own topic list of a board category, with job
// columns, a badge beside each posting's title and muted closed postings.
import { visit } from "@ember/test-helpers";
import { test } from "qunit";
import { cloneJSON } from "discourse/lib/object";
import discoveryFixtures from "discourse/tests/fixtures/discovery-fixtures";
import { acceptance } from "discourse/tests/helpers/qunit-helpers";
import {
  type AcceptanceNeeds,
  BOARD,
  BOARD_SETTINGS,
  boardCounts,
  boardTopicList,
  JOBS,
  jsonResponse,
  type TopicListJson,
} from "../helpers/job-board-fixtures.ts";

// The first five topics of the board's list are postings, one per badge;
// the sixth stays an ordinary topic (a guide for applicants, say).
const POSTINGS = {
  open: JOBS.open(),
  closingSoon: JOBS.closingSoon(),
  expired: JOBS.expired(),
  filled: JOBS.filled(),
  closed: JOBS.closed(),
};

// The open posting is one the member has not seen yet: core marks it new.
const PUBLISHED_AT = "2026-11-30T10:00:00.000Z";

function boardWithPostings(): TopicListJson {
  const list = boardTopicList();
  Object.values(POSTINGS).forEach((job, index) => {
    const topic = list.topic_list.topics[index];
    topic.job = job;
    topic.closed = job.status !== "open";
    topic.created_at = PUBLISHED_AT;
    topic.unseen = index === 0;
  });
  return list;
}

const [OPEN, CLOSING_SOON, EXPIRED, FILLED, CLOSED, ORDINARY] =
  boardWithPostings().topic_list.topics;

const row = (topic: { id: number }) =>
  `.topic-list-item[data-topic-id="${topic.id}"]`;

acceptance(
  "Job Board | the board's topic list",
  function (needs: AcceptanceNeeds) {
    needs.user();
    needs.settings(BOARD_SETTINGS);
    needs.pretender((server) => {
      server.get(`${BOARD.url}/l/latest.json`, () =>
        jsonResponse(boardWithPostings())
      );
      server.get("/job-board/counts.json", () => jsonResponse(boardCounts()));
      server.get("/c/feature/2/l/latest.json", () =>
        jsonResponse(cloneJSON(discoveryFixtures["/c/feature/2/l/latest.json"]))
      );
    });

    test("job columns replace views and likes, and replies are questions", async function (assert) {
      await visit(BOARD.url);

      assert
        .dom(".topic-list-header th.job-board-list-cell.--role")
        .hasText("Role");
      assert
        .dom(".topic-list-header th.job-board-list-cell.--team")
        .hasText("Team and location");
      assert
        .dom(".topic-list-header th.job-board-list-cell.--closes-at")
        .hasText("Closes");
      assert
        .dom(".topic-list-header th.default + th.job-board-list-cell.--role")
        .exists("the role column comes right after the title");
      assert.dom(".topic-list-header th.posts").hasText("Questions");
      assert.dom(".topic-list-header th.views").doesNotExist();
      assert.dom(".topic-list-header th.posters").doesNotExist();
    });

    test("a posting's row shows its role, contracts, team, place and closing date", async function (assert) {
      await visit(BOARD.url);

      assert.dom(`${row(OPEN)} .job-board-chip.--role`).hasText("Coach");
      assert
        .dom(`${row(OPEN)} .job-board-chip.--contract`)
        .exists({ count: 2 }, "one chip per contract");
      assert
        .dom(`${row(OPEN)} .job-board-chip.--contract[data-code="freelance"]`)
        .hasText("Freelance");
      assert
        .dom(`${row(OPEN)} .job-board-chip.--contract[data-code="cdd"]`)
        .hasText("Fixed-term contract");
      assert.dom(`${row(OPEN)} .job-board-list-cell__team`).hasText("ANCT");
      assert
        .dom(`${row(OPEN)} .job-board-list-cell__place`)
        .hasText("Paris · Partly remote");
      assert
        .dom(`${row(OPEN)} .job-board-list-cell.--closes-at time`)
        .hasAttribute("datetime", String(POSTINGS.open.closes_at));
    });

    test("a row says when the posting was published", async function (assert) {
      await visit(BOARD.url);

      assert
        .dom(".topic-list-header th.job-board-list-cell.--published")
        .hasText("Posted");
      assert
        .dom(`${row(OPEN)} .job-board-list-cell.--published time`)
        .hasAttribute("datetime", "2026-11-30")
        .hasText("Nov 30, 2026");
    });

    // core: app/serializers/listable_topic_serializer.rb sends `unseen`;
    // frontend/discourse/app/components/topic-post-badges.gjs shows
    // `.badge-notification.new-topic` for `topic.unseen`; the board keeps
    // core's title cell, so its own « new » marker, rather than a second one.
    test("postings the member has not seen carry core's « new » marker", async function (assert) {
      await visit(BOARD.url);

      assert.dom(`${row(OPEN)} .topic-post-badges .new-topic`).exists();
      assert.dom(`${row(CLOSING_SOON)} .new-topic`).doesNotExist();
    });

    test("each posting's badge says where it stands, in words", async function (assert) {
      await visit(BOARD.url);

      const badge = (topic: { id: number }) =>
        `${row(topic)} .topic-statuses .job-board-badge__label`;

      assert.dom(badge(OPEN)).hasText("Open");
      assert.dom(badge(CLOSING_SOON)).hasText("Closing soon");
      assert.dom(badge(EXPIRED)).hasText("Expired");
      assert.dom(badge(FILLED)).hasText("Filled");
      assert.dom(badge(CLOSED)).hasText("Closed");
      assert
        .dom(`${row(ORDINARY)} .job-board-badge`)
        .doesNotExist("an ordinary topic in the board has no badge");
    });

    test("postings no longer open are muted, open ones are not", async function (assert) {
      await visit(BOARD.url);

      assert.dom(row(OPEN)).doesNotHaveClass("--job-not-open");
      assert.dom(row(CLOSING_SOON)).doesNotHaveClass("--job-not-open");
      assert.dom(row(EXPIRED)).hasClass("--job-not-open");
      assert.dom(row(FILLED)).hasClass("--job-not-open");
      assert.dom(row(CLOSED)).hasClass("--job-not-open");
      assert.dom(row(ORDINARY)).doesNotHaveClass("--job-not-open");
    });

    test("a category that is not a board keeps Discourse's own list", async function (assert) {
      await visit("/c/feature/2");

      assert.dom(".topic-list-header th.job-board-list-cell").doesNotExist();
      assert.dom(".topic-list-header th.views").exists();
      assert.dom(".topic-list-header th.posts").doesNotIncludeText("Questions");
      assert.dom(".job-board-filters").doesNotExist();
      assert.dom(".job-board-badge").doesNotExist();
      assert.dom(".topic-list-item.--job-not-open").doesNotExist();
    });
  }
);
