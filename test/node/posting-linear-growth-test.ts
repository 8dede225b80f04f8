import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import QUnit from "qunit";
import {
  MAX_FILE_LENGTH,
  parse,
  validate,
} from "../../assets/javascripts/discourse/lib/posting/index.ts";
import { describeValue } from "../../assets/javascripts/discourse/lib/posting/text.ts";
import { WORST_CASES } from "../fuzz/worst-cases.ts";

// Issue 16: no file may make the parser slower than linear in its size. For
// the worst case of each pattern and YAML construct, parse + validate a
// file at a quarter of the size limit and one at the limit: the second
// must take less than 6 times as long as the first (a quadratic cost takes
// 16 times). A ratio measured in one run, never a time against a clock.
//
// Each time is the fastest of several rounds, the two sizes alternating, a
// full garbage collection before each: load from other processes on this
// shared machine only ever adds time, so the fastest round is the file's
// own cost. Fast cases are parsed several times a round, so that a round
// lasts long enough for the clock; a ratio over the bound gets more rounds
// before failing.

const SMALL = Math.floor(MAX_FILE_LENGTH / 4);
const LARGE = MAX_FILE_LENGTH - 10_000;
const MAX_RATIO = 6;
const ROUNDS = 2;
const MORE_ROUNDS = 6;
/** A round of the small file lasts at least this long. */
const ROUND_MS = 20;

setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

function time(text: string, repeats: number): number {
  collectGarbage();
  const start = performance.now();
  for (let repeat = 0; repeat < repeats; repeat++) {
    const result = parse(text);
    if (result.ok) {
      validate(result.posting);
    }
  }
  return performance.now() - start;
}

function growth(small: string, large: string): number {
  time(small, 1); // warm-up: the JIT compiler's time is not the file's
  const repeats = Math.min(
    10,
    Math.ceil(ROUND_MS / Math.max(time(small, 1), 0.5))
  );
  let fastestSmall = Infinity;
  let fastestLarge = Infinity;
  let ratio = Infinity;
  for (let round = 0; round < ROUNDS + MORE_ROUNDS; round++) {
    fastestSmall = Math.min(fastestSmall, time(small, repeats));
    fastestLarge = Math.min(fastestLarge, time(large, repeats));
    ratio = fastestLarge / fastestSmall;
    if (round + 1 >= ROUNDS && ratio < MAX_RATIO) {
      break;
    }
  }
  return ratio;
}

QUnit.module("posting | parse | linear growth of the worst cases", () => {
  for (const worst of WORST_CASES) {
    QUnit.test(worst.name, (assert) => {
      const small = worst.file(SMALL);
      const large = worst.file(LARGE);
      assert.true(
        large.length <= MAX_FILE_LENGTH,
        `${large.length} characters, within the limit`
      );
      assert.true(
        large.length >= 3.5 * small.length,
        `sizes ${small.length} and ${large.length}`
      );
      const ratio = growth(small, large);
      assert.true(
        ratio < MAX_RATIO,
        `${(large.length / small.length).toFixed(1)}x the size, ${ratio.toFixed(1)}x the time`
      );
    });
  }
});

QUnit.module("posting | describeValue | a bounded walk", () => {
  QUnit.test(
    "writes what JSON.stringify writes, cut at the limit",
    (assert) => {
      const values: object[] = [
        { a: null, b: [1, "x", true, null], c: { d: -0.5 } },
        [Number.NaN, Infinity, undefined, { e: undefined, f: 'é\n"' }],
        { long: "x".repeat(600) },
        Array.from({ length: 400 }, (_, index) => ({ index })),
      ];
      for (const value of values) {
        const json = JSON.stringify(value);
        assert.strictEqual(
          describeValue(value),
          json.length > 500 ? `${json.slice(0, 500)}…` : json
        );
      }
    }
  );

  QUnit.test("stops on shared and circular values", (assert) => {
    let laughs: unknown[] = ["x"];
    for (let level = 0; level < 40; level++) {
      laughs = Array(9).fill(laughs);
    }
    const circle: Record<string, unknown> = { name: "boucle" };
    circle.self = circle;
    assert.strictEqual(describeValue(laughs).length, 501);
    assert.true(describeValue(circle).startsWith('{"name":"boucle","self":{'));
  });
});
