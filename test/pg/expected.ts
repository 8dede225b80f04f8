// The Postgres suite's TypeScript side: the board's open/closed rule, filters
// and counts computed by the plugin's own front-end modules over the same
// generated postings, so the SQL is checked against both implementations.
//   node --import tsx test/pg/expected.ts IN.json   (prints JSON on stdout)
import { readFileSync } from "node:fs";
import {
  countFacets,
  filterPostings,
} from "../../assets/javascripts/discourse/lib/board-facets.ts";
import type { BoardFilters } from "../../assets/javascripts/discourse/lib/board-filters.ts";
import {
  type PostingStatus,
  postingStatus,
} from "../../assets/javascripts/discourse/lib/posting-status.ts";

interface Input {
  today: string;
  /** Postings as the list's `job` objects carry them, with the topic's closed flag. */
  postings: {
    id: number;
    role: string | null;
    contracts: string[];
    status: string | null;
    closes_at: string | null;
    topic_closed: boolean;
  }[];
  filters: BoardFilters[];
}

const input = JSON.parse(readFileSync(process.argv[2], "utf8")) as Input;
const postings = input.postings.map((posting) => ({
  id: posting.id,
  role: posting.role,
  contracts: posting.contracts,
  state: postingStatus({
    today: input.today,
    status: posting.status as PostingStatus | null,
    closesAt: posting.closes_at,
    topicClosed: posting.topic_closed,
  }).state,
}));

process.stdout.write(
  JSON.stringify({
    states: Object.fromEntries(postings.map((p) => [p.id, p.state])),
    results: input.filters.map((filters) => ({
      ids: filterPostings(postings, filters).map((p) => p.id),
      counts: countFacets(postings, filters),
    })),
  })
);
