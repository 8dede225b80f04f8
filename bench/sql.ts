// The board's SQL on PostgreSQL (issue 11): runs bench/sql/run.rb on a
// PostgreSQL of the benchmark's own (script/pg, data under tmp/pg-bench,
// databases kept between runs) and reads its result line. The Ruby side
// builds the queries with the plugin's own ListFilter and FacetCounts.
import { runPgRuby } from "./lib/pg-ruby.ts";

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

/** Prints run.rb's lines as they come and resolves with its figures. */
export function benchSql(): Promise<SqlScale[]> {
  return runPgRuby<SqlScale[]>(
    "pg-bench",
    "bench/sql/run.rb",
    "sql-bench-result "
  );
}

/** The slowest of some figures: "any filter combination" is as fast as its slowest. */
export function slowest<T extends { new_ms: number }>(
  figures: readonly T[]
): T {
  return figures.reduce((worst, figure) =>
    figure.new_ms > worst.new_ms ? figure : worst
  );
}
