// Runs inside Discourse (bin/rake "plugin:qunit[discourse-job-board]").
// Publishing a posting from Discourse's composer in a board category: the
// fields for publishers only, their messages before saving, what POST
// /posts sends, and filling everything from a Markdown file.
import { click, fillIn, select, visit } from "@ember/test-helpers";
import { test } from "qunit";
import {
  acceptance,
  updateCurrentUser,
} from "discourse/tests/helpers/qunit-helpers";
import {
  type AcceptanceNeeds,
  BOARD,
  BOARD_SETTINGS,
  boardCounts,
  jsonResponse,
} from "../helpers/job-board-fixtures.ts";

const TITLE = "Coach en mesure d'impact";
const BODY = "Vous accompagnerez les équipes dans la mesure de leur impact.";

const FORM = "#reply-control .job-board-form";
const field = (name: string) => `${FORM} .job-board-form__field.--${name}`;
const contract = (code: string) =>
  `${field("contracts")} input[type="checkbox"][value="${code}"]`;

// A posting as the Incubateur's boards wrote them (French keys, free text).
const MARKDOWN = `---
title: ${TITLE}
role: coach
equipe: Incubateur des Territoires
contrat: Freelance ou CDD
poste_ouvert: 2026-11-02
poste_ferme: 2099-12-31
contact: recrutement@anct.gouv.fr
---
${BODY}
`;

acceptance(
  "Job Board | the posting composer",
  function (needs: AcceptanceNeeds) {
    let createdPosts: Record<string, unknown>[] = [];

    needs.user({ can_publish_job_postings: true });
    needs.settings(BOARD_SETTINGS);
    needs.hooks.beforeEach(() => {
      createdPosts = [];
    });
    needs.pretender((server, helper) => {
      server.get("/job-board/counts.json", () => jsonResponse(boardCounts()));
      // Discourse's composer creates a topic with POST /posts (JSON body).
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

    async function openComposerInBoard() {
      await visit(BOARD.url);
      await click(".job-board-discovery__publish");
    }

    const ANNOUNCEMENT = `${FORM} .job-board-form__announcement`;

    async function writeTitleAndBody() {
      await fillIn("#reply-title", TITLE);
      await fillIn(".d-editor-input", BODY);
    }

    test("a publisher gets the posting's fields in a board category", async function (assert) {
      await openComposerInBoard();

      assert.dom(`${FORM} legend`).hasText("Job posting");
      assert
        .dom(`${FORM} .job-board-form__required-note`)
        .hasText("* required field");
      assert.dom(`${field("role")} label`).hasText("Role *");
      assert.dom(`${field("role")} select`).hasValue("");
      assert.dom(`${field("role")} select`).hasAttribute("required");
      assert.dom(`${field("team")} input`).doesNotHaveAttribute("required");
      assert
        .dom(`${field("role")} select option[value="coach"]`)
        .hasText("Coach");
      assert.dom(contract("freelance")).isNotChecked();
      assert.dom(field("team")).exists();
      assert.dom(field("closes-at")).exists();
      assert.dom(field("contact")).exists();
      assert
        .dom("#reply-control .job-board-import__toggle")
        .hasText("Import a Markdown file");
    });

    test("an invalid contact is shown beside its field and nothing is published", async function (assert) {
      await openComposerInBoard();
      await writeTitleAndBody();
      await select(`${field("role")} select`, "coach");
      await fillIn(`${field("contact")} input`, "not-an-email");
      await click("#reply-control .submit-panel .create");

      assert
        .dom(`${field("contact")} .job-board-form__message.--error`)
        .includesText("“not-an-email” is not an e-mail address");
      assert
        .dom(`${field("contact")} input`)
        .hasAttribute("aria-invalid", "true");
      assert.strictEqual(createdPosts.length, 0, "nothing was sent");
      assert
        .dom("#reply-control .d-editor-input")
        .hasValue(BODY, "the composer stays open with the text");
      assert.dom(`${field("contact")} input`).isFocused();
      assert.dom(ANNOUNCEMENT).hasText("1 error to fix");
    });

    test("a refused « Create Topic » takes the focus to the first error and says how many", async function (assert) {
      await openComposerInBoard();
      await writeTitleAndBody();
      await fillIn(`${field("contact")} input`, "not-an-email");
      await click("#reply-control .submit-panel .create");

      assert.dom(`${field("role")} select`).isFocused();
      assert.dom(ANNOUNCEMENT).hasAttribute("role", "status");
      assert.dom(ANNOUNCEMENT).hasText("2 errors to fix");

      await select(`${field("role")} select`, "coach");
      await click("#reply-control .submit-panel .create");

      assert.dom(`${field("contact")} input`).isFocused();
      assert.dom(ANNOUNCEMENT).hasText("1 error to fix");
      assert.strictEqual(createdPosts.length, 0, "nothing was sent");
    });

    test("a valid posting is published with its fields", async function (assert) {
      await openComposerInBoard();
      await writeTitleAndBody();
      await select(`${field("role")} select`, "coach");
      await click(contract("freelance"));
      await click(contract("cdd"));
      await fillIn(`${field("team")} input`, "ANCT");
      await fillIn(`${field("closes-at")} input`, "2099-12-31");
      await fillIn(`${field("contact")} input`, "rh@anct.gouv.fr");
      await click("#reply-control .submit-panel .create");

      assert.strictEqual(createdPosts.length, 1, "one topic was created");
      const [created] = createdPosts;
      assert.strictEqual(created.title, TITLE);
      assert.strictEqual(created.raw, BODY);
      assert.strictEqual(created.category, BOARD.id);
      assert.deepEqual(created.topic_custom_fields, {
        job_role: "coach",
        job_contracts: "freelance,cdd",
        job_team: "ANCT",
        job_location: "",
        job_place: "",
        job_remote: "",
        job_opens_at: "",
        job_closes_at: "2099-12-31",
        job_status: "open",
        job_contact: "rh@anct.gouv.fr",
        job_apply_url: "",
        job_junior: "false",
        job_pay_min: "",
        job_pay_max: "",
        job_pay_period: "",
      });
    });

    test("members who may not publish never see the fields", async function (assert) {
      updateCurrentUser({ can_publish_job_postings: false });

      await visit(BOARD.url);
      await click("#create-topic");

      assert
        .dom("#reply-control .d-editor-input")
        .exists("the composer is open");
      assert.dom(FORM).doesNotExist();
      assert.dom("#reply-control .job-board-import").doesNotExist();
    });

    test("importing a Markdown file fills the title, the description and the fields", async function (assert) {
      await openComposerInBoard();
      await click("#reply-control .job-board-import__toggle");
      await fillIn("#reply-control .job-board-import__text", MARKDOWN);
      await click("#reply-control .job-board-import__submit");

      assert
        .dom("#reply-control .job-board-import__notice.--done")
        .includesText("File imported");
      assert.dom("#reply-title").hasValue(TITLE);
      assert.dom("#reply-control .d-editor-input").hasValue(BODY);
      assert.dom(`${field("role")} select`).hasValue("coach");
      assert.dom(contract("freelance")).isChecked();
      assert.dom(contract("cdd")).isChecked();
      assert.dom(contract("cdi")).isNotChecked();
      assert
        .dom(`${field("team")} input`)
        .hasValue("Incubateur des Territoires");
      assert.dom(`${field("opens-at")} input`).hasValue("2026-11-02");
      assert.dom(`${field("closes-at")} input`).hasValue("2099-12-31");
      assert
        .dom(`${field("contact")} input`)
        .hasValue("recrutement@anct.gouv.fr");
    });

    test("importing again asks before replacing, without the last import's notice", async function (assert) {
      await openComposerInBoard();
      await click("#reply-control .job-board-import__toggle");
      await fillIn("#reply-control .job-board-import__text", MARKDOWN);
      await click("#reply-control .job-board-import__submit");
      await click("#reply-control .job-board-import__submit");

      assert
        .dom("#reply-control .job-board-import__notice.--confirm")
        .includesText("Replace");
      assert
        .dom("#reply-control .job-board-import__notice.--done")
        .doesNotExist();
      assert
        .dom("#reply-control .job-board-import__replace")
        .hasClass("btn-danger");
    });
  }
);
