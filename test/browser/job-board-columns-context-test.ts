// Which topic lists get the job columns: the plugin's topic-list-columns
// transformer, run as core runs it (frontend/discourse/app/components/
// topic-list/list.gjs: its context's category is the tracking state's
// filter category, its listContext what the list's caller passed).
import { type TestContext } from "@ember/test-helpers";
import { setupTest } from "ember-qunit";
import { module, test } from "qunit";
import { applyValueTransformer } from "../../sandbox/stand-ins/plugin-api.ts";
import {
  BOARD_ID,
  bootPlugin,
  OTHER_CATEGORY_ID,
} from "./support/discourse.ts";

/** Core's default columns, in order, with the DAG methods the transformer uses. */
class Columns {
  keys = ["topic", "posters", "replies", "views", "activity"];

  add(key: string, _value: object, position?: { after?: string }) {
    const after = position?.after ? this.keys.indexOf(position.after) : -1;
    this.keys.splice(after >= 0 ? after + 1 : this.keys.length, 0, key);
    return true;
  }

  delete(key: string) {
    this.keys = this.keys.filter((existing) => existing !== key);
  }

  replace() {}

  has(key: string) {
    return this.keys.includes(key);
  }
}

function columnsFor(context: object): string[] {
  return applyValueTransformer("topic-list-columns", new Columns(), context)
    .keys;
}

module(
  "Browser | topic-list-columns | which lists get job columns",
  function (hooks) {
    setupTest(hooks);

    hooks.beforeEach(function (this: TestContext) {
      bootPlugin(this.owner);
    });

    test("the board's own list gets the job columns", function (assert) {
      assert.deepEqual(
        columnsFor({ listContext: "discovery", category: { id: BOARD_ID } }),
        [
          "topic",
          "job-role",
          "job-team",
          "job-published",
          "job-closes-at",
          "replies",
          "activity",
        ]
      );
    });

    test("suggested topics under a posting keep core's columns", function (assert) {
      const core = ["topic", "posters", "replies", "views", "activity"];
      assert.deepEqual(
        columnsFor({ listContext: "suggested", category: { id: BOARD_ID } }),
        core,
        "the filter category is still the board"
      );
      assert.deepEqual(
        columnsFor({ listContext: undefined, category: { id: BOARD_ID } }),
        core,
        "a list that says nothing of itself"
      );
      assert.deepEqual(
        columnsFor({
          listContext: "discovery",
          category: { id: OTHER_CATEGORY_ID },
        }),
        core,
        "another category's list"
      );
    });
  }
);
