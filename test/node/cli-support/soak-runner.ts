// Runs the real command line (bin/discourse-job-board.js, as a user would)
// against a FakeDiscourse, and kills it with SIGKILL after a given number
// of requests, of writes, or a given delay. A kill on a request lands while
// the server is handling it: a write is then carried out for a client that
// is gone.

import { spawn } from "node:child_process";
import { join } from "node:path";
import { API_KEY, type FakeDiscourse } from "./fake-discourse.ts";
import { importArgs, REPO } from "./harness.ts";
import { isWrite, type RandomFaults } from "./soak-faults.ts";

export type KillPlan =
  | { afterRequests: number }
  | { afterWrites: number }
  | { afterMs: number }
  | { never: true };

export interface SoakRun {
  code: number | null;
  /** How the run ended: on its own, killed by the plan, or killed for overrunning. */
  ending: "exited" | "killed" | "hung";
  requests: number;
  /** The operation the server was handling when a kill after a number of requests or writes landed. */
  killedOn: string | null;
  out: string;
  err: string;
  ms: number;
}

export function soakImportArgs(
  server: FakeDiscourse,
  journal: string,
  postings: string,
  extra: string[] = []
): string[] {
  return importArgs(server, { journal, postings }, [
    "--retry-base-ms",
    "10",
    "--timeout",
    "5",
    ...extra,
  ]);
}

export function runKillable(
  server: FakeDiscourse,
  faults: RandomFaults,
  args: string[],
  plan: KillPlan,
  limitMs: number,
  /** The rate limit's window, shrunk alike for the importer and the server. */
  rateWindowMs: number
): Promise<SoakRun> {
  const started = Date.now();
  const child = spawn(
    process.execPath,
    [join(REPO, "bin/discourse-job-board.js"), ...args],
    {
      cwd: REPO,
      env: {
        ...process.env,
        DISCOURSE_API_KEY: API_KEY,
        DISCOURSE_JOB_BOARD_RATE_WINDOW_MS: String(rateWindowMs),
        LANG: "C.UTF-8",
        LC_ALL: "",
      },
      stdio: ["ignore", "pipe", "pipe"],
    }
  );
  let out = "";
  let err = "";
  let requests = 0;
  let writes = 0;
  let killedOn: string | null = null;
  let ending: SoakRun["ending"] = "exited";
  const kill = (why: SoakRun["ending"]) => {
    if (child.exitCode === null && child.signalCode === null) {
      ending = why;
      child.kill("SIGKILL");
    }
  };
  child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
  server.onRequest = (entry) => {
    requests++;
    writes += isWrite(entry) ? 1 : 0;
    faults.inject(server, entry);
    if (
      ("afterRequests" in plan && requests === plan.afterRequests) ||
      ("afterWrites" in plan && isWrite(entry) && writes === plan.afterWrites)
    ) {
      killedOn = entry.operation;
      kill("killed");
    }
  };
  const timers = [setTimeout(() => kill("hung"), limitMs)];
  if ("afterMs" in plan) {
    timers.push(setTimeout(() => kill("killed"), plan.afterMs));
  }
  return new Promise((resolve) => {
    child.on("close", (code) => {
      timers.forEach(clearTimeout);
      server.onRequest = null;
      resolve({
        code,
        ending,
        requests,
        killedOn,
        out,
        err,
        ms: Date.now() - started,
      });
    });
  });
}

/** The final report's counts, e.g. { created: 150, unchanged: 50 }. */
export function reportCounts(out: string): Record<string, number> | null {
  const start = out.lastIndexOf("Import finished.");
  if (start < 0) {
    return null;
  }
  const counts: Record<string, number> = {};
  for (const [, label, count] of out
    .slice(start)
    .matchAll(/^ {2}([a-z ]+?) +(\d+)$/gm)) {
    counts[label] = Number(count);
  }
  return counts;
}
