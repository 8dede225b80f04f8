// How the parser's time grows with a file's size, for the linear-growth test
// (test/node/posting-linear-growth-test.ts), which runs this module in a
// process of its own: a fresh heap, not the one the other test files
// filled, and a CPU clock (process.cpuUsage) that counts only this work,
// not the test runner's background garbage collection, which a worker
// thread's clock would share.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { parentPort } from "node:worker_threads";
import {
  MAX_FILE_LENGTH,
  parse,
  validate,
} from "../../assets/javascripts/discourse/lib/posting/index.ts";
import { WORST_CASES } from "./worst-cases.ts";

export const SMALL = Math.floor(MAX_FILE_LENGTH / 4);
export const LARGE = MAX_FILE_LENGTH - 10_000;
export const MAX_RATIO = 6;
const ROUNDS = 2;
const MORE_ROUNDS = 6;
/** A round of the small file lasts at least this long. */
const ROUND_MS = 20;

export interface Growth {
  name: string;
  smallLength: number;
  largeLength: number;
  ratio: number;
}

setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

/**
 * Milliseconds of CPU the process spent parsing `text` `repeats` times. CPU
 * time rather than the wall clock: on a machine shared by other busy
 * processes, a long run waits for the CPU more often than a short one.
 */
function time(text: string, repeats: number): number {
  collectGarbage();
  const start = process.cpuUsage();
  for (let repeat = 0; repeat < repeats; repeat++) {
    const result = parse(text);
    if (result.ok) {
      validate(result.posting);
    }
  }
  const spent = process.cpuUsage(start);
  return (spent.user + spent.system) / 1000;
}

// Each time is the fastest of several rounds, the two sizes alternating, a
// full garbage collection before each: load from other processes on this
// shared machine only ever adds time, so the fastest round is the file's
// own cost. Fast cases are parsed several times a round, so that a round
// lasts long enough for the clock; a ratio over the bound gets more rounds
// before it counts.
function ratioOf(small: string, large: string): number {
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

export function measure(name: string): Growth {
  const worst = WORST_CASES.find((candidate) => candidate.name === name);
  if (!worst) {
    throw new Error(`no worst case named ${name}`);
  }
  const small = worst.file(SMALL);
  const large = worst.file(LARGE);
  return {
    name,
    smallLength: small.length,
    largeLength: large.length,
    ratio: ratioOf(small, large),
  };
}

// In the measuring process (or a worker thread): one case per message, its
// growth as the answer.
parentPort?.on("message", (name: string) => {
  parentPort?.postMessage(measure(name));
});
if (!parentPort && process.send) {
  process.on("message", (name: string) => {
    process.send!(measure(name));
  });
}
