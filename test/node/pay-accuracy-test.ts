import { readdirSync, statSync } from "node:fs";
import QUnit from "qunit";
import {
  payMisses,
  readPaySamples,
  scorePay,
} from "../support/pay-accuracy.ts";

// The pay guessed from the bundled samples against the pay labelled by hand
// (test/fixtures/pay-labels.json). Precision must be 1: a wrong figure would
// be shown to applicants and sent to search engines, and 58 of the 61
// samples state no pay, among them budgets in millions of euros, rates in
// percent, « selon profil » and the beta.gouv.fr grid. Recall must be 1 too:
// the samples state pay three times, each worded differently, so one miss
// would lose a third of it. The figures are in the test's name.
const readings = readPaySamples();
const score = scorePay(readings);
const percent = (ratio: number) => `${Math.round(ratio * 100)} %`;

QUnit.module("pay | accuracy on the bundled samples", () => {
  QUnit.test(
    `pay: ${score.correct} right of ${score.guessed} guessed, ${score.labelled} labelled, in ${readings.length} samples: precision ${percent(score.precision)}, recall ${percent(score.recall)}`,
    (assert) => {
      assert.deepEqual(payMisses(readings), [], "no sample read wrong");
      assert.strictEqual(score.precision, 1);
      assert.strictEqual(score.recall, 1);
      assert.true(
        score.labelled >= 3,
        "the samples that state pay are labelled"
      );
    }
  );

  QUnit.test("every bundled sample has a pay label", (assert) => {
    const root = new URL("../fixtures/postings/", import.meta.url);
    const files = (dir: string): string[] =>
      readdirSync(new URL(dir, root)).flatMap((name) => {
        const path = `${dir}${name}`;
        if (name.startsWith(".")) {
          return [];
        }
        return statSync(new URL(path, root)).isDirectory()
          ? files(`${path}/`)
          : [path];
      });
    assert.deepEqual(
      files("").sort(),
      readings.map((reading) => reading.file).sort()
    );
  });
});
