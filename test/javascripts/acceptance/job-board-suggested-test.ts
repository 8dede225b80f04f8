// Runs inside Discourse (bin/rake "plugin:qunit[discourse-job-board]").
// Under a posting, Discourse's suggested topics keep its own columns: only
// the board's list gets the job columns, even though the topic tracking
// state still names the board after the board was visited.
import { visit } from "@ember/test-helpers";
import { test } from "qunit";
import { acceptance } from "discourse/tests/helpers/qunit-helpers";
import {
  type AcceptanceNeeds,
  BOARD,
  BOARD_SETTINGS,
  boardCounts,
  boardTopicList,
  JOBS,
  jsonResponse,
  openJob,
  postingTopic,
} from "../helpers/job-board-fixtures.ts";

const TOPIC_URL = "/t/internationalization-localization/280";
const SUGGESTED = "#suggested-topics";

function postingWithSuggestions() {
  const suggested = boardTopicList()
    .topic_list.topics.slice(0, 2)
    .map((topic) => ({ ...topic, category_id: BOARD.id, job: JOBS.open() }));
  return {
    ...postingTopic(openJob()),
    category_id: BOARD.id,
    suggested_topics: suggested,
  };
}

acceptance(
  "Job Board | suggested topics under a posting",
  function (needs: AcceptanceNeeds) {
    needs.user();
    needs.settings(BOARD_SETTINGS);
    needs.pretender((server) => {
      server.get("/job-board/counts.json", () => jsonResponse(boardCounts()));
      server.get("/t/280.json", () => jsonResponse(postingWithSuggestions()));
    });

    test("keep Discourse's columns after a visit to the board", async function (assert) {
      await visit(BOARD.url);
      assert
        .dom(".topic-list-header th.job-board-list-cell.--role")
        .exists("the board has its job columns");

      await visit(TOPIC_URL);

      assert.dom(`${SUGGESTED} .topic-list-item`).exists({ count: 2 });
      assert
        .dom(`${SUGGESTED} .topic-list-header th.job-board-list-cell`)
        .doesNotExist();
      assert
        .dom(`${SUGGESTED} .topic-list-header th.posts`)
        .doesNotIncludeText("Questions");
    });
  }
);
