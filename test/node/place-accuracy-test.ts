import QUnit from "qunit";
import { readSamples, score, summaryLine } from "../support/place-accuracy.ts";

// The bundled samples, parsed, against the place and remote work labelled
// by hand in test/fixtures/posting-expectations.json. The floors are the
// figures measured when the mapping was written (place: 58 of 61, remote:
// 61 of 61): a change that loses any fails here. Misses, one a line:
// `npx tsx script/place-accuracy.ts`.
const readings = readSamples();

QUnit.module("place | accuracy on the bundled samples", () => {
  QUnit.test(summaryLine(readings), (assert) => {
    const place = score(readings, "place");
    const remote = score(readings, "remote");
    assert.true(place.correct >= 58, `place: ${place.correct}/${place.total}`);
    assert.true(place.wrong <= 1, `${place.wrong} places found wrong`);
    assert.true(
      remote.correct >= 61,
      `remote: ${remote.correct}/${remote.total}`
    );
  });

  QUnit.test("every sample has a place and remote label", (assert) => {
    assert.deepEqual(
      readings.filter(
        (r) => r.expected.place === undefined || r.expected.remote === undefined
      ),
      []
    );
  });
});
