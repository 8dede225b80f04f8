import { readFileSync } from "node:fs";
import QUnit from "qunit";
import {
  MAX_PLACE_TEXT,
  placeFromLines,
  placeOfText,
  readPlaceText,
} from "../../assets/javascripts/discourse/lib/posting/place-text.ts";
import {
  isPlaceCode,
  placeEntry,
  placeMenu,
  placeWithin,
} from "../../assets/javascripts/discourse/lib/posting/places.ts";

interface PlaceCase {
  text: string;
  place: string | null;
  remote: string | null;
  known_miss?: string;
}

const table = JSON.parse(
  readFileSync(
    new URL("../fixtures/place-text-cases.json", import.meta.url),
    "utf8"
  )
) as { cases: PlaceCase[] };

QUnit.module("place text | hand-labelled free text", () => {
  for (const { text, place, remote } of table.cases.filter(
    (c) => !c.known_miss
  )) {
    QUnit.test(`« ${text} »`, (assert) => {
      assert.deepEqual(readPlaceText(text), { place, remote });
    });
  }

  // Checked to still miss, so that the mark goes once the case reads right.
  for (const { text, place, remote, known_miss: why } of table.cases.filter(
    (c) => c.known_miss
  )) {
    QUnit.test(`« ${text} », a known miss: ${why}`, (assert) => {
      assert.notDeepEqual(readPlaceText(text), { place, remote });
    });
  }

  QUnit.test("every code the table expects is a place code", (assert) => {
    const codes = table.cases.flatMap(({ place }) => (place ? [place] : []));
    assert.deepEqual(
      codes.filter((code) => !isPlaceCode(code)),
      []
    );
  });
});

QUnit.module("place text | words that are not places", () => {
  QUnit.test(
    "numbers are départements only as postcodes or in brackets",
    (assert) => {
      assert.strictEqual(placeOfText("12 semaines, 20000 habitants"), null);
      assert.strictEqual(placeOfText("Nice (06)"), "dep-06");
      assert.strictEqual(placeOfText("75011 Paris"), "dep-75");
      assert.strictEqual(placeOfText("(96)"), null, "no département 96");
    }
  );

  QUnit.test("in text with capitals, a place needs its capital", (assert) => {
    assert.strictEqual(
      placeOfText("Des réunions d'équipe régulières"),
      null,
      "« réunion » is not La Réunion"
    );
    assert.strictEqual(placeOfText("Réunions à Nantes"), "dep-44");
  });

  QUnit.test("text past the limit is not read", (assert) => {
    const padding = "x ".repeat(MAX_PLACE_TEXT);
    assert.strictEqual(placeOfText(`${padding}Lyon`), null);
    assert.strictEqual(placeOfText(`Lyon ${padding}`), "dep-69");
  });

  QUnit.test("long hostile input is cut before it is read", (assert) => {
    const hostile = `${"Saint-".repeat(50_000)}Paris (${"(".repeat(50_000)}`;
    assert.deepEqual(readPlaceText(hostile), { place: null, remote: null });
    assert.strictEqual(
      placeFromLines([hostile]),
      null,
      "a body line over 2,000 characters is passed over"
    );
  });
});

QUnit.module("place text | the body", () => {
  QUnit.test(
    "the first line saying where the job is, not lines naming places for other reasons",
    (assert) => {
      const lines = [
        "La start-up travaille avec la ville de Lyon et la région Bretagne.",
        "Télétravail possible, déplacements à Marseille à prévoir.",
        "Réunions à Paris une fois par mois.",
      ];
      assert.deepEqual(placeFromLines(lines), { place: "dep-13", line: 1 });
    }
  );

  QUnit.test("abroad only when no French place is named", (assert) => {
    assert.deepEqual(
      placeFromLines(["Poste basé à Bruxelles.", "Réunions à Lille."]),
      { place: "dep-59", line: 1 }
    );
    assert.deepEqual(placeFromLines(["Poste basé à Bruxelles."]), {
      place: "abroad",
      line: 0,
    });
  });

  QUnit.test("France as a whole is no place", (assert) => {
    assert.strictEqual(
      placeFromLines(["Déplacements partout en France à prévoir."]),
      null
    );
  });
});

QUnit.module("places | codes", () => {
  QUnit.test("a département lies in its région", (assert) => {
    assert.deepEqual(placeEntry("dep-31"), {
      code: "dep-31",
      kind: "departement",
      name: "Haute-Garonne",
      region: "reg-76",
    });
    assert.true(placeWithin("dep-31", "reg-76"));
    assert.true(placeWithin("dep-31", "dep-31"));
    assert.true(placeWithin("reg-76", "reg-76"));
    assert.false(
      placeWithin("reg-76", "dep-31"),
      "a région is not in one of its départements"
    );
    assert.false(placeWithin("dep-33", "reg-76"));
    assert.true(placeWithin("abroad", "abroad"));
    assert.false(placeWithin(null, "reg-76"));
  });

  QUnit.test(
    "« 11 » alone is no code: the Aude and Île-de-France share it",
    (assert) => {
      assert.false(isPlaceCode("11"));
      assert.strictEqual(placeEntry("dep-11")?.name, "Aude");
      assert.strictEqual(placeEntry("reg-11")?.name, "Île-de-France");
    }
  );

  QUnit.test(
    "the menu lists each région followed by its départements",
    (assert) => {
      const menu = placeMenu();
      let region = "";
      const misplaced = menu.filter((entry) => {
        if (entry.kind === "region") {
          region = entry.code;
          return false;
        }
        return entry.region !== region;
      });
      assert.deepEqual(misplaced, []);
      assert.strictEqual(
        new Set(menu.map((entry) => entry.code)).size,
        menu.length,
        "each place once"
      );
      assert.true(menu.some((entry) => entry.code === "dep-2A"));
      assert.false(menu.some((entry) => entry.kind === "abroad"));
    }
  );
});
