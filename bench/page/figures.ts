// What the benchmark page hands back to bench/browser.ts.
import type { Collection } from "./timing.ts";

export interface RenderFigures {
  /** Median milliseconds until all rows are painted, with the components. */
  componentsMs: number;
  /** The same with plain DOM calls. */
  plainMs: number;
  /** Median milliseconds of script alone (building and inserting the rows). */
  componentsScriptMs: number;
  plainScriptMs: number;
  rounds: number;
  rows: number;
}

export interface FilterFigures {
  /** Median milliseconds from a filter change to the list painted. */
  medianMs: number;
  /** The same until the frame began: event handling and re-render, before style, layout and paint. */
  scriptMs: number;
  maxMs: number;
  changes: number;
  postings: number;
}

export interface BenchPage {
  render(options: { rows: number; rounds: number }): Promise<RenderFigures>;
  filter(options: {
    postings: number;
    changes: number;
    collection: Collection;
  }): Promise<FilterFigures>;
}
