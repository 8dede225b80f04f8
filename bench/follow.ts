// The follows' fan-out on PostgreSQL (issue 13): runs bench/follow/run.rb on
// a PostgreSQL of its own (script/pg, data under tmp/pg-follow) and reads its
// result line: one new posting told to 10,000 members' follows.
import { spawn } from "node:child_process";

export interface FollowFigure {
  members: number;
  follows: number;
  /** Members told of the posting (each once). */
  told: number;
  /** The whole fan-out statement: match, claims and notifications. */
  median_ms: number;
  min_ms: number;
  max_ms: number;
  /** The match alone (FollowMatch::FOLLOWERS_ONLY_SQL). */
  match_ms: number;
  rounds: number;
}

const RESULT_PREFIX = "follow-bench-result ";

/** Prints run.rb's lines as they come and resolves with its figure. */
export function benchFollow(): Promise<FollowFigure> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      "script/pg",
      ["run", "pg-follow", "--", "ruby", "bench/follow/run.rb"],
      { stdio: ["ignore", "pipe", "inherit"] }
    );
    let pending = "";
    let result: FollowFigure | undefined;
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      pending += chunk;
      const lines = pending.split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) {
        if (line.startsWith(RESULT_PREFIX)) {
          result = JSON.parse(line.slice(RESULT_PREFIX.length)) as FollowFigure;
        } else {
          console.log(line);
        }
      }
    });
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0 && result) {
        resolve(result);
      } else {
        reject(new Error(`bench/follow/run.rb exited with ${code}`));
      }
    });
  });
}
