// The follows' fan-out on PostgreSQL (issue 13): runs bench/follow/run.rb on
// a PostgreSQL of its own (script/pg, data under tmp/pg-follow) and reads its
// result line: one new posting told to 10,000 members' follows.
import { runPgRuby } from "./lib/pg-ruby.ts";

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

/** Prints run.rb's lines as they come and resolves with its figure. */
export function benchFollow(): Promise<FollowFigure> {
  return runPgRuby<FollowFigure>(
    "pg-follow",
    "bench/follow/run.rb",
    "follow-bench-result "
  );
}
