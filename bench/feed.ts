// A filtered board's RSS feed built on PostgreSQL (issue 13): runs
// bench/feed/run.rb on a PostgreSQL of its own (script/pg pg-feed, data under
// tmp/pg-feed, the database kept between runs) and reads its result line.
// The Ruby side builds the feed with the plugin's own ListFilter, FeedItems,
// FeedChannel and Feed.
import { runPgRuby } from "./lib/pg-ruby.ts";

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

/** Prints run.rb's lines as they come and resolves with its figures. */
export function benchFeed(): Promise<FeedScale> {
  return runPgRuby<FeedScale>(
    "pg-feed",
    "bench/feed/run.rb",
    "feed-bench-result "
  );
}
