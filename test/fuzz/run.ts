// Fuzzes parse + normalise + validate with generated and mutated posting
// files (see generate.ts) and fails on any crash, hang or malformed result.
//
//   tsx test/fuzz/run.ts [--seed N] [--count N] [--budget SECONDS]
//                        [--workers N] [--only INDEX]
//
// The seed is fixed by default so CI is reproducible (FUZZ_SEED or --seed
// explore others); failing files are written to tmp/fuzz-failures/ for replay.
import { mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import { Worker } from "node:worker_threads";
import { checkFile } from "./check.ts";
import { fuzzFile, loadSamples } from "./generate.ts";
import type { WorkerMessage } from "./worker.ts";

const DEFAULT_SEED = 20261123;
/** A worker on the same file this long is hung (one call over 5 s already fails). */
const HANG_MS = 20_000;

const { values } = parseArgs({
  options: {
    seed: { type: "string", default: process.env.FUZZ_SEED },
    count: { type: "string", default: "100000" },
    // A guard against a run that never ends, not a speed target (hangs are
    // caught per file, above): on this 2-core machine under other work,
    // 100,000 files took from 70 s to over 130 s.
    budget: { type: "string", default: "600" },
    workers: { type: "string" },
    only: { type: "string" },
  },
});

const seed = Number(values.seed ?? DEFAULT_SEED);
const count = Number(values.count);
const budgetMs = Number(values.budget) * 1000;
const workers = Number(values.workers ?? Math.min(availableParallelism(), 4));

interface Failure {
  index: number;
  recipe: string[];
  problem: string;
}

const failures: Failure[] = [];

function keep(failure: Failure) {
  failures.push(failure);
  const file = fuzzFile(loadSamples(), seed, failure.index);
  const dir = new URL("../../tmp/fuzz-failures/", import.meta.url);
  mkdirSync(dir, { recursive: true });
  writeFileSync(new URL(`${seed}-${failure.index}.md`, dir), file.input);
  process.stdout.write(
    `not ok ${failure.index} (${failure.recipe.join(" + ")}): ${failure.problem.slice(0, 500)}\n` +
      `  replay: tsx test/fuzz/run.ts --seed ${seed} --only ${failure.index}\n`
  );
}

function replay(index: number): number {
  const file = fuzzFile(loadSamples(), seed, index);
  const { problem, ms } = checkFile(file.input);
  process.stdout.write(
    `${file.recipe.join(" + ")}: ${problem ?? "ok"} (${ms.toFixed(1)} ms)\n`
  );
  return problem === null ? 0 : 1;
}

async function run(): Promise<number> {
  const started = Date.now();
  const deadline = started + budgetMs;
  const progress = new SharedArrayBuffer(4 * workers);
  const current = new Int32Array(progress);
  let checked = 0;
  let slowest = { ms: 0, index: -1 };

  const finished = Array.from(
    { length: workers },
    (_, slot) =>
      new Promise<void>((resolve) => {
        const worker = new Worker(new URL("./worker.mjs", import.meta.url), {
          workerData: {
            seed,
            start: slot,
            step: workers,
            count,
            deadline,
            progress,
            slot,
          },
        });
        let seen = { index: -1, at: Date.now() };
        const watchdog = setInterval(() => {
          const index = Atomics.load(current, slot);
          if (index !== seen.index) {
            seen = { index, at: Date.now() };
          } else if (Date.now() - seen.at > HANG_MS) {
            keep({
              index,
              recipe: fuzzFile(loadSamples(), seed, index).recipe,
              problem: `hung: no result after ${HANG_MS} ms`,
            });
            void worker.terminate();
          }
        }, 250);
        worker.on("message", (message: WorkerMessage) => {
          if (message.type === "failure") {
            keep(message);
          } else {
            checked += message.checked;
            if (message.slowestMs > slowest.ms) {
              slowest = { ms: message.slowestMs, index: message.slowestIndex };
            }
          }
        });
        worker.on("error", (error) => {
          keep({
            index: Atomics.load(current, slot),
            recipe: [],
            problem: `worker crashed: ${error.stack}`,
          });
        });
        worker.on("exit", () => {
          clearInterval(watchdog);
          resolve();
        });
      })
  );
  await Promise.all(finished);

  const seconds = (Date.now() - started) / 1000;
  process.stdout.write(
    `fuzz: seed ${seed}, ${checked} files in ${seconds.toFixed(1)} s with ${workers} workers ` +
      `(${Math.round(checked / seconds)}/s), slowest ${slowest.ms.toFixed(0)} ms (#${slowest.index})\n`
  );
  if (checked < count) {
    failures.push({ index: -1, recipe: [], problem: "" });
    process.stdout.write(
      `not ok: the ${values.budget} s budget ran out after ${checked} of ${count} files\n`
    );
  }
  const passed = checked - failures.filter((f) => f.index >= 0).length;
  process.stdout.write(`fuzz: ${passed} passed, ${failures.length} failed\n`);
  return failures.length === 0 && checked > 0 ? 0 : 1;
}

process.exitCode =
  values.only === undefined ? await run() : replay(Number(values.only));
