// The demo shows start-ups by their public names, not by the slugs that
// beta.gouv.fr's posting files use.
import { readFileSync } from "node:fs";
import QUnit from "qunit";
import { startupNames, teamName } from "../../demo/teams.ts";

const { module, test } = QUnit;

const names = startupNames(
  readFileSync(
    new URL("../../demo/beta-gouv-startups.tsv", import.meta.url),
    "utf8"
  )
);

module("Node | demo | teams", function () {
  test("the samples' start-up slugs become their names", function (assert) {
    assert.strictEqual(teamName("aplus", names), "Administration+");
    assert.strictEqual(teamName("dora", names), "DORA");
    assert.strictEqual(
      teamName("codedutravail", names),
      "Code du travail numérique"
    );
    assert.strictEqual(
      teamName("infrastructures.numeriques", names),
      "Toutes et tous connecté·e·s"
    );
  });

  test("names and unknown slugs stay as they are", function (assert) {
    assert.strictEqual(teamName("Aidants Connect", names), "Aidants Connect");
    assert.strictEqual(teamName("wikicarbone", names), "wikicarbone");
    assert.strictEqual(teamName(null, names), null);
  });

  test("the table's header and blank lines are not start-ups", function (assert) {
    const table = startupNames(
      "slug\tname\tincubator\r\na\tA\tx\r\nb\t\tx\r\n\r\n"
    );
    assert.deepEqual([...table], [["a", "A"]]);
  });
});
