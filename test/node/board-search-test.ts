import QUnit from "qunit";
import {
  foldText,
  matchesSearch,
  searchTerms,
  stem,
} from "../../assets/javascripts/discourse/lib/board-search.ts";
import {
  type SortKeys,
  sortPostings,
} from "../../assets/javascripts/discourse/lib/board-sort.ts";

QUnit.module("board-search | French words", () => {
  QUnit.test(
    "« développeur » finds « Développeur·se » and « developpeuse »",
    (assert) => {
      assert.true(matchesSearch(["Développeur·se Ruby"], "développeur"));
      assert.true(matchesSearch(["Une developpeuse confirmée"], "développeur"));
      assert.true(matchesSearch(["DÉVELOPPEURS"], "Développeuse"));
      assert.false(matchesSearch(["Designer produit"], "développeur"));
      assert.true(
        matchesSearch(["Développeur·se·s Python"], "DÉVELOPPEUR·SE python"),
        "inclusive endings are no words of their own"
      );
      assert.true(matchesSearch(["Développeur.se principal.e"], "principale"));
    }
  );

  QUnit.test("accents, case and ligatures are ignored", (assert) => {
    assert.strictEqual(foldText("Œuvre Élève ÇA"), "oeuvre eleve ca");
    assert.true(matchesSearch(["Chargée de mission"], "CHARGE"));
    assert.true(matchesSearch(["chargé de mission"], "chargée"));
    assert.true(matchesSearch(["Directrice technique"], "directeur"));
    assert.true(matchesSearch(["Technicienne réseau"], "technicien"));
  });

  QUnit.test("every word must be found, each as a word's start", (assert) => {
    const texts = ["Développeur front-end", "Équipe data", "Rouen"];
    assert.true(matchesSearch(texts, "dév"), "a word's start");
    assert.true(matchesSearch(texts, "front rouen"));
    assert.false(matchesSearch(texts, "front lyon"), "all words, not any");
    assert.false(matchesSearch(texts, "loppeur"), "not the middle of a word");
  });

  QUnit.test("small words and repeats are left out of the terms", (assert) => {
    assert.deepEqual(searchTerms("Un développeur à Paris et à Lyon"), [
      "developpeu",
      "pari",
      "lyon",
    ]);
    assert.deepEqual(searchTerms("  "), []);
    assert.true(matchesSearch(["Anything"], ""), "no words: everything");
  });

  QUnit.test("short words are kept whole", (assert) => {
    assert.strictEqual(stem("cdi"), "cdi");
    assert.strictEqual(stem("rh"), "rh");
    assert.true(matchesSearch(["Poste en CDI"], "cdi"));
  });
});

function keys(
  id: number,
  publishedAt: string | null,
  closesAt: string | null,
  questions: number
): SortKeys {
  return { id, publishedAt, closesAt, questions };
}

const ROWS = [
  keys(1, "2022-01-10", "2022-03-01", 2),
  keys(2, "2022-02-01", null, 0),
  keys(3, "2022-01-20", "2022-02-20", 5),
  keys(4, "2022-01-20", "2022-02-20", 5),
];

const order = (sort: "newest" | "closing" | "questions") =>
  sortPostings(ROWS, sort, (row) => row).map((row) => row.id);

QUnit.module("board-sort | the three orders", () => {
  QUnit.test("newest first, the higher id first on the same day", (assert) => {
    assert.deepEqual(order("newest"), [2, 4, 3, 1]);
  });

  QUnit.test("closing soonest first, no closing date last", (assert) => {
    assert.deepEqual(order("closing"), [4, 3, 1, 2]);
  });

  QUnit.test("most questions first", (assert) => {
    assert.deepEqual(order("questions"), [4, 3, 1, 2]);
  });

  QUnit.test("the input is left as it was", (assert) => {
    order("closing");
    assert.deepEqual(
      ROWS.map((row) => row.id),
      [1, 2, 3, 4]
    );
  });
});
