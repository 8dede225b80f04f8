// One fuzzing worker: judges files start, start + step, … until `count` or
// the deadline, writing the index it is on into shared memory so the main
// thread can tell a hang from slow progress.
import { parentPort, workerData } from "node:worker_threads";
import { checkFile } from "./check.ts";
import { fuzzFile, loadSamples } from "./generate.ts";

export interface WorkerInput {
  seed: number;
  start: number;
  step: number;
  count: number;
  deadline: number;
  /** Int32Array over a SharedArrayBuffer: [index being judged] per worker. */
  progress: SharedArrayBuffer;
  slot: number;
}

export type WorkerMessage =
  | { type: "failure"; index: number; recipe: string[]; problem: string }
  | { type: "done"; checked: number; slowestMs: number; slowestIndex: number };

const input = workerData as WorkerInput;
const progress = new Int32Array(input.progress);
const samples = loadSamples();
let checked = 0;
let slowestMs = 0;
let slowestIndex = -1;

for (let index = input.start; index < input.count; index += input.step) {
  if (Date.now() > input.deadline) {
    break;
  }
  Atomics.store(progress, input.slot, index);
  const file = fuzzFile(samples, input.seed, index);
  const { problem, ms } = checkFile(file.input);
  checked++;
  if (ms > slowestMs) {
    slowestMs = ms;
    slowestIndex = index;
  }
  if (problem !== null) {
    parentPort?.postMessage({
      type: "failure",
      index,
      recipe: file.recipe,
      problem,
    } satisfies WorkerMessage);
  }
}
parentPort?.postMessage({
  type: "done",
  checked,
  slowestMs,
  slowestIndex,
} satisfies WorkerMessage);
