// Runs inside Discourse (bin/rake "plugin:qunit[discourse-job-board]").
// The first post's edit history says which posting field changed, from what
// to what, as the card words it (issue 10, point 5).
import { click, visit } from "@ember/test-helpers";
import { test } from "qunit";
import pretender from "discourse/tests/helpers/create-pretender";
import { acceptance } from "discourse/tests/helpers/qunit-helpers";
import {
  type AcceptanceNeeds,
  BOARD_SETTINGS,
  jsonResponse,
  openJob,
  postingTopic,
} from "../helpers/job-board-fixtures.ts";

const TOPIC_URL = "/t/internationalization-localization/280";
const FIELDS = ".history-modal .job-board-revision";

interface PostJson {
  id: number;
  version: number;
  can_view_edit_history: boolean;
}

/**
 * A revision as core's PostRevisionSerializer writes it: its attributes, and
 * job_<field>_changes { previous, current } for each tracked topic field
 * that changed (core: app/serializers/post_revision_serializer.rb,
 * add_compared_field), with the stored values.
 */
function revisionJson(changes: Record<string, unknown>) {
  return {
    created_at: "2026-11-24T10:59:36.163Z",
    post_id: 398,
    previous_hidden: false,
    current_hidden: false,
    first_revision: 1,
    previous_revision: null,
    current_revision: 1,
    next_revision: null,
    last_revision: 1,
    current_version: 2,
    version_count: 2,
    username: "camille",
    display_username: "camille",
    avatar_template: "/letter_avatar_proxy/v4/letter/c/3be4f8/{size}.png",
    edit_reason: null,
    body_changes: {
      inline: '<div class="inline-diff"><p>Rejoignez l’équipe.</p></div>',
      side_by_side: "",
      side_by_side_markdown: "",
    },
    title_changes: {
      inline: '<div class="inline-diff"><div>Coach</div></div>',
      side_by_side: "",
    },
    user_changes: null,
    can_edit: true,
    ...changes,
  };
}

/** Core's topic 280 as a posting whose first post (398) was edited once. */
function serveEditedPosting(changes: Record<string, unknown>) {
  const topic = postingTopic(openJob()) as ReturnType<typeof postingTopic> & {
    post_stream: { posts: PostJson[] };
  };
  topic.post_stream.posts[0].version = 2;
  topic.post_stream.posts[0].can_view_edit_history = true;
  pretender.get("/t/280.json", () => jsonResponse(topic));
  pretender.get("/posts/398/revisions/latest.json", () =>
    jsonResponse(revisionJson(changes))
  );
}

acceptance(
  "Job Board | a posting's edit history",
  function (needs: AcceptanceNeeds) {
    needs.user();
    needs.settings(BOARD_SETTINGS);

    test("shows each changed field from its old value to its new one", async function (assert) {
      serveEditedPosting({
        job_role_changes: { previous: "coach", current: "data" },
        job_contracts_changes: {
          previous: ["freelance"],
          current: ["cdi", "cdd"],
        },
        job_closes_at_changes: {
          previous: "2026-12-15",
          current: "2027-01-31",
        },
        job_apply_url_changes: {
          previous: null,
          current: "https://example.org/offres/42",
        },
      });

      await visit(TOPIC_URL);
      await click("article[data-post-id='398'] .edits button");

      assert.dom(`${FIELDS} .job-board-revision__field`).exists({ count: 4 });
      assert.dom(`${FIELDS} .--role .job-board-revision__name`).hasText("Role");
      assert
        .dom(`${FIELDS} .--role .job-board-revision__previous`)
        .hasText("Coach");
      assert
        .dom(`${FIELDS} .--role .job-board-revision__current`)
        .hasText("Data");
      assert
        .dom(`${FIELDS} .--contracts .job-board-revision__current`)
        .hasText("Permanent contract, Fixed-term contract");
      assert
        .dom(`${FIELDS} .--closes_at .job-board-revision__previous`)
        .hasText("December 15, 2026");
      assert
        .dom(`${FIELDS} .--closes_at .job-board-revision__current`)
        .hasText("January 31, 2027");
      assert
        .dom(`${FIELDS} .--apply_url .job-board-revision__previous`)
        .hasText("(empty)");
      assert
        .dom(`${FIELDS} .--apply_url .job-board-revision__current`)
        .hasText("https://example.org/offres/42");
    });

    test("an edit of the description alone shows no posting field", async function (assert) {
      serveEditedPosting({});

      await visit(TOPIC_URL);
      await click("article[data-post-id='398'] .edits button");

      assert.dom(".history-modal").exists();
      assert.dom(FIELDS).doesNotExist();
    });
  }
);
