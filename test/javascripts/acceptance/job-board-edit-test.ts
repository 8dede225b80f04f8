// Runs inside Discourse (bin/rake "plugin:qunit[discourse-job-board]").
// Editing a posting's first post in Discourse's composer: PUT /t/:id
// carries only the posting fields that changed, none when the posting
// leaves the board, and the card shows what was saved.
import { click, fillIn, visit } from "@ember/test-helpers";
import { test } from "qunit";
import { acceptance } from "discourse/tests/helpers/qunit-helpers";
import selectKit from "discourse/tests/helpers/select-kit-helper";
import {
  type AcceptanceNeeds,
  BOARD,
  BOARD_SETTINGS,
  jsonResponse,
  openJob,
  postingTopic,
} from "../helpers/job-board-fixtures.ts";

const TOPIC_URL = "/t/internationalization-localization/280";
const CARD = "#topic-title .job-board-card";
const TEAM = "#reply-control .job-board-form__field.--team input";
const OTHER_CATEGORY_ID = 2; // core's fixture category « feature »

type Body = Record<string, unknown>;

const jobKeys = (body: Body) =>
  Object.keys(body).filter((key) => key.startsWith("job_"));

acceptance(
  "Job Board | editing a posting's first post",
  function (needs: AcceptanceNeeds) {
    let topicUpdates: Body[] = [];
    let postingReads = 0;

    needs.user({ can_publish_job_postings: true });
    needs.settings(BOARD_SETTINGS);
    needs.hooks.beforeEach(() => {
      topicUpdates = [];
      postingReads = 0;
    });
    needs.pretender((server) => {
      server.get("/t/280.json", () => {
        const topic = postingTopic(openJob({ can_edit: true }));
        return jsonResponse({ ...topic, category_id: BOARD.id });
      });
      // Core's Topic.update sends the edit as a JSON body (models/topic.js).
      server.put(TOPIC_URL, (request) => {
        const body = JSON.parse(request.requestBody) as Body;
        topicUpdates.push(body);
        return jsonResponse({
          basic_topic: {
            id: 280,
            title: body.title,
            fancy_title: body.title,
            slug: "internationalization-localization",
          },
        });
      });
      server.get("/job-board/postings/280.json", () => {
        postingReads += 1;
        return jsonResponse({
          job: openJob({ can_edit: true, team: "DINUM" }),
        });
      });
    });

    async function editFirstPost() {
      await visit(TOPIC_URL);
      await click(".topic-post:nth-of-type(1) button.show-more-actions");
      await click(".topic-post:nth-of-type(1) button.edit");
    }

    async function save() {
      await click("#reply-control button.create");
    }

    test("changing one field sends that field alone, and the card shows it", async function (assert) {
      await editFirstPost();
      assert.dom(TEAM).hasValue("ANCT");

      await fillIn(TEAM, "DINUM");
      await save();

      assert.strictEqual(topicUpdates.length, 1);
      assert.deepEqual(jobKeys(topicUpdates[0]), ["job_team"]);
      assert.strictEqual(topicUpdates[0].job_team, "DINUM");
      assert.dom(`${CARD} .job-board-card__field.--team dd`).hasText("DINUM");
    });

    test("an edit of the text alone sends no posting field", async function (assert) {
      await editFirstPost();
      await fillIn(".d-editor-input", "Une description revue, plus précise.");
      await save();

      assert.strictEqual(topicUpdates.length, 1);
      assert.deepEqual(jobKeys(topicUpdates[0]), [], "no empty revision");
      assert.strictEqual(postingReads, 0, "nothing to read again");
      assert.dom(`${CARD} .job-board-card__field.--team dd`).hasText("ANCT");
    });

    test("a posting moved out of the board sends none of its fields", async function (assert) {
      await editFirstPost();
      await fillIn(TEAM, "DINUM");

      const categoryChooser = selectKit("#reply-control .category-chooser");
      await categoryChooser.expand();
      await categoryChooser.selectRowByValue(OTHER_CATEGORY_ID);
      await save();

      assert.strictEqual(topicUpdates.length, 1);
      assert.strictEqual(topicUpdates[0].category_id, OTHER_CATEGORY_ID);
      assert.deepEqual(jobKeys(topicUpdates[0]), []);
      assert.dom(CARD).doesNotExist("no posting card outside the board");
    });
  }
);
