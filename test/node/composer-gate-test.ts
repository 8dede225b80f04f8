import QUnit from "qunit";
import {
  blocksSaving,
  type BoardContext,
  type ComposerState,
  jobFieldsToSend,
  showsJobFields,
} from "../../assets/javascripts/discourse/lib/composer-gate.ts";
import { emptyJobFields } from "../../assets/javascripts/discourse/lib/job-fields.ts";
import { DEFAULT_VOCABULARIES } from "../../assets/javascripts/discourse/lib/posting/vocabularies.ts";
import { formIssues } from "../../assets/javascripts/discourse/lib/posting-form.ts";

const BOARD_ID = 7;

function board(canPublish = true): BoardContext {
  return {
    canPublish,
    isBoardCategoryId: (id) => id === BOARD_ID,
    vocabularies: DEFAULT_VOCABULARIES,
  };
}

function composer(overrides: Partial<ComposerState> = {}): ComposerState {
  return {
    topicFirstPost: true,
    categoryId: BOARD_ID,
    title: "Chargé·e de déploiement",
    reply: "Rejoignez l'Incubateur des Territoires pour déployer nos services.",
    jobFields: { ...emptyJobFields(), role: "deploiement", contracts: ["cdd"] },
    ...overrides,
  };
}

QUnit.module("composer-gate", () => {
  QUnit.test(
    "only publishers see the fields, in a board category, on a topic's first post",
    (assert) => {
      assert.true(showsJobFields(composer(), board()));
      assert.false(showsJobFields(composer(), board(false)), "members");
      assert.false(
        showsJobFields(composer({ categoryId: 3 }), board()),
        "other categories"
      );
      assert.false(
        showsJobFields(composer({ topicFirstPost: false }), board()),
        "replies"
      );
    }
  );

  QUnit.test("a valid posting is sent and saves", (assert) => {
    assert.strictEqual(
      jobFieldsToSend(composer(), board())?.role,
      "deploiement"
    );
    assert.false(blocksSaving(composer(), board(), formIssues));
  });

  QUnit.test("an invalid posting does not save", (assert) => {
    const bad = composer({
      jobFields: {
        ...emptyJobFields(),
        role: "deploiement",
        contact: "pas une adresse",
      },
    });
    assert.true(blocksSaving(bad, board(), formIssues));
  });

  QUnit.test(
    "empty fields publish an ordinary topic in the board",
    (assert) => {
      const guide = composer({
        jobFields: { ...emptyJobFields(), contracts: [] },
      });
      assert.strictEqual(jobFieldsToSend(guide, board()), null);
      assert.false(blocksSaving(guide, board(), formIssues));
      assert.strictEqual(
        jobFieldsToSend(composer({ jobFields: null }), board()),
        null
      );
    }
  );

  QUnit.test(
    "nothing is sent or checked for members or elsewhere",
    (assert) => {
      const bad = composer({
        categoryId: 3,
        jobFields: { ...emptyJobFields(), contact: "pas une adresse" },
      });
      assert.strictEqual(jobFieldsToSend(bad, board()), null);
      assert.false(blocksSaving(bad, board(), formIssues));
      assert.strictEqual(jobFieldsToSend(composer(), board(false)), null);
    }
  );

  QUnit.test(
    "before the form's rules have loaded, a posting waits and an ordinary topic does not",
    (assert) => {
      assert.true(
        blocksSaving(composer(), board(), null),
        "a valid posting is not published unchecked"
      );
      const guide = composer({ jobFields: null });
      assert.false(blocksSaving(guide, board(), null), "no posting fields");
      assert.false(
        blocksSaving(composer({ categoryId: 3 }), board(), null),
        "other categories"
      );
      assert.false(blocksSaving(composer(), board(false), null), "members");
    }
  );
});
