// A filtered board's RSS feed built on PostgreSQL (issue 13): runs
// bench/feed/run.rb on a PostgreSQL of its own (script/pg pg-feed, data under
// tmp/pg-feed, the database kept between runs) and reads its result line.
// The Ruby side builds the feed with the plugin's own ListFilter, FeedItems,
// FeedChannel and Feed.
import { spawn } from "node:child_process";

export interface FeedFigure {
  name: string;
  ms: number;
  items: number;
  kb: number;
}

export interface FeedScale {
  topics: number;
  postings: number;
  load_average: number;
  figures: FeedFigure[];
}

const RESULT_PREFIX = "feed-bench-result ";

/** Prints run.rb's lines as they come and resolves with its figures. */
export function benchFeed(): Promise<FeedScale> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      "script/pg",
      ["run", "pg-feed", "--", "ruby", "bench/feed/run.rb"],
      { stdio: ["ignore", "pipe", "inherit"] }
    );
    let pending = "";
    let result: FeedScale | undefined;
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      pending += chunk;
      const lines = pending.split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) {
        if (line.startsWith(RESULT_PREFIX)) {
          result = JSON.parse(line.slice(RESULT_PREFIX.length)) as FeedScale;
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
        reject(new Error(`bench/feed/run.rb exited with ${code}`));
      }
    });
  });
}
