// The board's SQL on PostgreSQL (issue 11): runs bench/sql/run.rb on a
// PostgreSQL of the benchmark's own (script/pg, data under tmp/pg-bench,
// databases kept between runs) and reads its result line. The Ruby side
// builds the queries with the plugin's own ListFilter and FacetCounts.
import { spawn } from "node:child_process";

export interface SqlFigure {
  name: string;
  new_ms: number;
  /** The same with max_parallel_workers_per_gather = 0 (information). */
  serial_ms: number;
  legacy_ms: number;
  same_rows: boolean;
}

/** A query with no legacy twin (keyword search). */
export interface SqlOwnFigure {
  name: string;
  new_ms: number;
  serial_ms: number;
}

export interface SqlScale {
  topics: number;
  postings: number;
  list: SqlFigure;
  filters: SqlFigure[];
  counts: SqlFigure[];
  search: SqlOwnFigure[];
  search_counts: SqlOwnFigure;
}

const RESULT_PREFIX = "sql-bench-result ";

/** Prints run.rb's lines as they come and resolves with its figures. */
export function benchSql(): Promise<SqlScale[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      "script/pg",
      ["run", "pg-bench", "--", "ruby", "bench/sql/run.rb"],
      { stdio: ["ignore", "pipe", "inherit"] }
    );
    let pending = "";
    let result: SqlScale[] | undefined;
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      pending += chunk;
      const lines = pending.split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) {
        if (line.startsWith(RESULT_PREFIX)) {
          result = JSON.parse(line.slice(RESULT_PREFIX.length)) as SqlScale[];
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
        reject(new Error(`bench/sql/run.rb exited with ${code}`));
      }
    });
  });
}

/** The slowest of some figures: "any filter combination" is as fast as its slowest. */
export function slowest<T extends { new_ms: number }>(
  figures: readonly T[]
): T {
  return figures.reduce((worst, figure) =>
    figure.new_ms > worst.new_ms ? figure : worst
  );
}
