// Counts as each language groups digits: a narrow no-break space in French,
// a comma in English.
import QUnit from "qunit";
import { formatCount } from "../../demo/format.ts";

const { module, test } = QUnit;

module("Node | demo | format", function () {
  test("French groups thousands with a narrow no-break space", function (assert) {
    assert.strictEqual(formatCount(1000000, "fr"), "1\u202F000\u202F000");
    assert.strictEqual(formatCount(61, "fr"), "61");
  });

  test("English groups thousands with a comma", function (assert) {
    assert.strictEqual(formatCount(1000000, "en"), "1,000,000");
    assert.strictEqual(formatCount(1234, "en"), "1,234");
  });
});

module("Node | lib | format-count", function () {
  test("Discourse's locale names, and one Intl does not know", function (assert) {
    assert.strictEqual(formatCount(1234, "pt_BR"), "1.234");
    assert.strictEqual(formatCount(1234, "fr_CA"), "1\u00A0234");
    assert.strictEqual(formatCount(1234, "not a locale"), "1,234");
  });
});
