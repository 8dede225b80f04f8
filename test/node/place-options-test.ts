import { module, test } from "qunit";
import { placeOptions } from "../../assets/javascripts/discourse/lib/place-options.ts";
import { placeMenu } from "../../assets/javascripts/discourse/lib/posting/places.ts";

const translate = (key: string, params?: Record<string, string | number>) =>
  params ? `${key}|${JSON.stringify(params)}` : key;

module("place-options: the composer's place choices", function () {
  test("every région and département once, each département in its région", function (assert) {
    const options = placeOptions(null, translate);
    const codes = options.groups.flatMap((g) => g.options.map((o) => o.value));
    assert.deepEqual(
      [...codes].sort(),
      placeMenu()
        .map((entry) => entry.code)
        .sort(),
      "the whole derived list"
    );
    assert.strictEqual(
      options.groups.length,
      placeMenu().filter((entry) => entry.kind === "region").length,
      "one group per région (overseas collectivities included)"
    );
    const aquitaine = options.groups.find(
      (g) => g.label === "Nouvelle-Aquitaine"
    );
    assert.strictEqual(
      aquitaine?.options[0].value,
      "reg-75",
      "the région first"
    );
    assert.true(
      aquitaine?.options.some(
        (o) => o.value === "dep-33" && o.label === "Gironde (33)"
      )
    );
    assert.deepEqual(
      options.after.map((o) => o.value),
      ["abroad"]
    );
    assert.deepEqual(
      options.before.map((o) => [o.value, o.selected]),
      [["", true]],
      "not specified, chosen while nothing is"
    );
  });

  test("the chosen place is selected, and only it", function (assert) {
    const options = placeOptions("dep-2A", translate);
    const selected = [
      ...options.before,
      ...options.groups.flatMap((g) => g.options),
      ...options.after,
    ].filter((o) => o.selected);
    assert.deepEqual(
      selected.map((o) => [o.value, o.label]),
      [["dep-2A", "Corse-du-Sud (2A)"]]
    );
  });

  test("an unknown code stays visible as itself rather than silently lost", function (assert) {
    const options = placeOptions("reg-99", translate);
    assert.deepEqual(
      options.before.map((o) => [o.value, o.selected]),
      [
        ["", false],
        ["reg-99", true],
      ]
    );
  });
});
