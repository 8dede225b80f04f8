import { readFileSync } from "node:fs";
import QUnit from "qunit";
import {
  OUTPUTS,
  placeLists,
  staleFiles,
} from "../../script/generate-places.ts";

QUnit.module("places | generated lists", () => {
  QUnit.test(
    "the committed lists are what @etalab/decoupage-administratif gives (npx tsx script/generate-places.ts)",
    async (assert) => {
      assert.deepEqual(await staleFiles(), []);
    }
  );

  QUnit.test(
    "every French département and région, with its région",
    (assert) => {
      const { regions, departements } = placeLists();
      const regionCodes = new Set(regions.map((region) => region.code));
      assert.strictEqual(
        departements.filter((d) => /^(?:\d{2}|2[AB]|97[12346])$/.test(d.code))
          .length,
        101,
        "96 in mainland France and Corsica, 5 overseas"
      );
      assert.deepEqual(
        departements.filter((d) => !regionCodes.has(d.region)),
        []
      );
    }
  );

  QUnit.test(
    "the server's file has the same codes as the composer's",
    (assert) => {
      const json = JSON.parse(
        readFileSync(new URL(`../../${OUTPUTS.json}`, import.meta.url), "utf8")
      ) as { departements: { code: string }[]; regions: { code: string }[] };
      const { regions, departements } = placeLists();
      assert.deepEqual(
        json.departements.map((d) => d.code),
        departements.map((d) => d.code)
      );
      assert.deepEqual(
        json.regions.map((r) => r.code),
        regions.map((r) => r.code)
      );
    }
  );

  QUnit.test("a commune's name names one département", (assert) => {
    const names = placeLists().communes.map(([name]) => name);
    assert.strictEqual(new Set(names).size, names.length);
    assert.false(names.includes("Saint-Denis"), "93 and 974");
    assert.true(names.includes("Toulouse"));
  });
});
