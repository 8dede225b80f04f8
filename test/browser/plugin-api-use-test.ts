// The plugin extends core's models only through the supported API: the
// 2026.10 declarations deprecate modifyClass for `model:` types
// (plugin-api.d.ts) in favour of the addModel* APIs from a pre-initializer.
import { type TestContext } from "@ember/test-helpers";
import { setupTest } from "ember-qunit";
import { module, test } from "qunit";
import { calledApiMethods } from "../../sandbox/stand-ins/plugin-api.ts";
import { bootPlugin } from "./support/discourse.ts";

module("Browser | plugin API | what the plugin asks of core", function (hooks) {
  setupTest(hooks);

  test("the composer model is extended with addModel*, never modifyClass", function (this: TestContext, assert) {
    bootPlugin(this.owner);

    const called = calledApiMethods();
    assert.false(called.has("modifyClass"));
    assert.false(called.has("modifyClassStatic"));
    assert.true(called.has("addModelField"), "the form's fields");
    assert.true(called.has("addModelAccessor"), "the job_* keys of an edit");
  });
});
