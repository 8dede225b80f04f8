// The importer's soak: postings published through a fake Discourse that
// fails requests at random (./soak-faults.ts), by the real command line
// killed at random points (./soak-runner.ts) and run again until a run
// finishes. Then: each file's topic exactly once and equal to its file,
// the last report accounting for every file, and two more runs (one
// trusting the journal, one asking the forum about every file) finding
// nothing to write. Returns named checks, for QUnit or test/soak/run.ts.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FakeDiscourse } from "./fake-discourse.ts";
import {
  type FaultRates,
  isWrite,
  RandomFaults,
  SOAK_RATES,
} from "./soak-faults.ts";
import { forumDifferences } from "./soak-forum.ts";
import { writeSoakPostings } from "./soak-postings.ts";
import { type Random, seededRandom } from "./soak-random.ts";
import {
  type KillPlan,
  reportCounts,
  runKillable,
  soakImportArgs,
  type SoakRun,
} from "./soak-runner.ts";

export interface SoakOptions {
  files: number;
  seed: number;
  maxRuns: number;
  budgetMs: number;
  /** Share of runs killed (after a number of requests, of writes, or a delay). */
  killedShare: number;
  rates: FaultRates;
  /** The forum's rate limit (a shrunk minute, so that the soak reaches it). */
  limit: { requests: number; windowMs: number };
}

export const SOAK_DEFAULTS: SoakOptions = {
  files: 200,
  seed: 20240615,
  maxRuns: 50,
  budgetMs: 240_000,
  killedShare: 0.75,
  rates: SOAK_RATES,
  limit: { requests: 20, windowMs: 1000 },
};

export interface SoakCheck {
  name: string;
  ok: boolean;
  detail: string;
}

export interface SoakResult {
  checks: SoakCheck[];
  /** One line per run, the faults served, the time taken. */
  story: string[];
}

const ACCOUNTED = ["created", "updated", "unchanged", "failed"];

/** JOB_BOARD_SOAK_SEED when set, so a failing seed can be replayed. */
export function seedFromEnvironment(fallback: number): number {
  const text = process.env.JOB_BOARD_SOAK_SEED;
  if (text === undefined || text === "") {
    return fallback;
  }
  if (!/^\d+$/.test(text)) {
    throw new Error(`JOB_BOARD_SOAK_SEED must be a whole number, not ${text}`);
  }
  return Number(text);
}

/** About four requests and one write per file: kills spread over a whole first run. */
function killPlan(random: Random, options: SoakOptions): KillPlan {
  if (random.next() >= options.killedShare) {
    return { never: true };
  }
  const way = random.int(3);
  if (way === 0) {
    return { afterRequests: 1 + random.int(Math.ceil(options.files * 1.5)) };
  }
  // While Discourse carries out a create or a fields update.
  return way === 1
    ? { afterWrites: 1 + random.int(Math.ceil(options.files * 0.3)) }
    : { afterMs: 200 + random.int(4000) };
}

const writesOf = (server: FakeDiscourse) =>
  server.requests.filter((entry) => isWrite(entry)).length;

const total = (counts: Record<string, number> | null, labels: string[]) =>
  labels.reduce((sum, label) => sum + (counts?.[label] ?? 0), 0);

function describe(run: SoakRun, index: number, plan: KillPlan): string {
  const planned =
    "afterRequests" in plan
      ? `kill after ${plan.afterRequests} requests`
      : "afterWrites" in plan
        ? `kill on write ${plan.afterWrites}`
        : "afterMs" in plan
          ? `kill after ${plan.afterMs} ms`
          : "no kill";
  const ending =
    run.ending === "exited"
      ? `exit ${run.code}, ${JSON.stringify(reportCounts(run.out))}`
      : `${run.ending}${run.killedOn ? ` during ${run.killedOn}` : ""}`;
  const failures = [
    ...run.out.split("\n").filter((line) => line.startsWith("  ✗ ")),
    ...run.err.split("\n").filter((line) => line.startsWith("Stopped:")),
  ];
  return [
    `run ${index} (${planned}): ${ending}; ${run.requests} requests, ${run.ms} ms`,
    ...failures.map((line) => `    ${line.trim()}`),
  ].join("\n");
}

export async function runSoak(options: SoakOptions): Promise<SoakResult> {
  // Core's title rules (unique titles of 15 characters or more) and its rate
  // limiter, at a limit the soak reaches; half the runs ask for twice that
  // (a --rate set too high), so core's 429s come on top of the faults.
  const server = await new FakeDiscourse(options.limit).start();
  const dir = mkdtempSync(join(tmpdir(), "job-board-soak-"));
  try {
    return await soak(server, dir, options);
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function soak(
  server: FakeDiscourse,
  dir: string,
  options: SoakOptions
): Promise<SoakResult> {
  const { files: count, seed } = options;
  const started = Date.now();
  const postings = join(dir, "postings");
  const journal = join(dir, "journal.json");
  const files = writeSoakPostings(postings, count, seededRandom(seed, "files"));
  const faults = new RandomFaults(seededRandom(seed, "faults"), options.rates);
  const kills = seededRandom(seed, "kills");
  // Half the runs ask for twice the forum's limit (a --rate set too high):
  // then core's limiter answers 429s, which must cost nothing but time.
  const rates = seededRandom(seed, "rates");
  const checks: SoakCheck[] = [];
  const check = (name: string, ok: boolean, detail = "") =>
    checks.push({ name, ok, detail });
  const story = [`seed ${seed}, ${count} files`];

  const unaccounted: string[] = [];
  let finished: SoakRun | null = null;
  let hung = false;
  for (let index = 1; index <= options.maxRuns && !finished && !hung; index++) {
    const left = options.budgetMs - (Date.now() - started);
    if (left <= 0) {
      break;
    }
    const plan = killPlan(kills, options);
    const args = soakImportArgs(server, journal, postings, [
      "--rate",
      String(options.limit.requests * (rates.next() < 0.5 ? 1 : 2)),
    ]);
    const run = await runKillable(
      server,
      faults,
      args,
      plan,
      left,
      options.limit.windowMs
    );
    story.push(describe(run, index, plan));
    hung = run.ending === "hung";
    if (run.ending !== "exited") {
      continue;
    }
    const counts = reportCounts(run.out);
    if (
      total(counts, [...ACCOUNTED, "not processed"]) !== count ||
      (run.code !== 0 && run.code !== 1)
    ) {
      unaccounted.push(`run ${index}: exit ${run.code}\n${run.out}${run.err}`);
    }
    finished = run.code === 0 ? run : null;
  }
  const runs = story.length - 1;
  story.push(`faults: ${faults.summary()}`);
  story.push(`${runs} runs until one finished, ${Date.now() - started} ms`);

  check(
    "every run that ended on its own exited 0 or 1 and its report accounted for every file",
    unaccounted.length === 0,
    unaccounted.join("\n")
  );
  check(
    `a run finished within ${options.maxRuns} runs and ${options.budgetMs} ms, none hung`,
    finished !== null && !hung
  );
  const last = reportCounts(finished?.out ?? "");
  check(
    "the last run's report accounts for every file, none failed",
    total(last, ACCOUNTED) === count && last?.failed === 0,
    JSON.stringify(last)
  );

  const topics = [...server.forum.topics.values()];
  check(`exactly ${count} topics`, topics.length === count, `${topics.length}`);
  const distinct = (values: unknown[]) => new Set(values).size;
  check(
    "no two topics for one external_id",
    distinct(topics.map((topic) => topic.external_id)) === topics.length
  );
  check(
    "no two topics with one title",
    distinct(topics.map((topic) => topic.title.toLowerCase())) === topics.length
  );
  const differences = forumDifferences(server.forum, files, postings);
  check(
    "every file's topic is there, with the file's title, body and fields",
    differences.length === 0,
    differences.slice(0, 10).join("\n")
  );

  // Without faults: a plain run trusts the journal, --recheck asks the forum
  // about every file; neither may find anything to write.
  faults.enabled = false;
  for (const extra of [[], ["--recheck"]]) {
    const name = `another run${extra.map((arg) => ` ${arg}`).join("")}`;
    const writesBefore = writesOf(server);
    const again = await runKillable(
      server,
      faults,
      soakImportArgs(server, journal, postings, [
        ...extra,
        "--rate",
        String(options.limit.requests),
      ]),
      { never: true },
      60_000,
      options.limit.windowMs
    );
    const counts = reportCounts(again.out);
    check(
      `${name} exits 0 and finds all ${count} unchanged`,
      again.code === 0 &&
        JSON.stringify(counts) ===
          JSON.stringify({
            created: 0,
            updated: 0,
            unchanged: count,
            failed: 0,
          }),
      `exit ${again.code}, ${JSON.stringify(counts)}\n${again.err}`
    );
    check(`${name} writes nothing`, writesOf(server) === writesBefore);
  }
  story.push(`rate limiter: ${server.limited} request(s) answered 429`);
  check(
    "every request matched Discourse's OpenAPI spec and carried the API headers",
    server.violations.length === 0,
    server.violations.slice(0, 10).join("\n")
  );
  return { checks, story };
}
