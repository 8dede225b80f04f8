// The Postgres suite's TypeScript side: the board's open/closed rule, filters
// and counts computed by the plugin's own front-end modules over the same
// generated postings, so the SQL is checked against both implementations.
// Words (job_q) have no TypeScript twin: the Ruby side holds them to a
// hand-labelled truth.
//   node --import tsx test/pg/expected.ts IN.json   (prints JSON on stdout)
import { readFileSync } from "node:fs";
import {
  countFacets,
  filterPostings,
} from "../../assets/javascripts/discourse/lib/board-facets.ts";
import { DEFAULT_FILTERS } from "../../assets/javascripts/discourse/lib/board-filters.ts";
import {
  countPlaces,
  matchesPlaceFilters,
  type RemoteFilter,
} from "../../assets/javascripts/discourse/lib/place-filters.ts";
import type { RemoteMode } from "../../assets/javascripts/discourse/lib/posting/types.ts";
import {
  matchesStateFilter,
  type PostingStatus,
  postingStatus,
  STATE_FILTERS,
  type StateFilter,
} from "../../assets/javascripts/discourse/lib/posting-status.ts";

interface Filters {
  role: string | null;
  /** Any of them, as the bar's multi-select asks (board-filters.ts). */
  contracts: string[];
  state: StateFilter;
  place: string | null;
  remote: RemoteFilter | null;
}

interface Input {
  today: string;
  /** Postings as the list's `job` objects carry them, with the topic's closed flag. */
  postings: {
    id: number;
    role: string | null;
    contracts: string[];
    status: string | null;
    opens_at: string | null;
    closes_at: string | null;
    place: string | null;
    remote: string | null;
    topic_closed: boolean;
  }[];
  filters: Filters[];
}

const input = JSON.parse(readFileSync(process.argv[2], "utf8")) as Input;
const postings = input.postings.map((posting) => {
  const result = postingStatus({
    today: input.today,
    status: posting.status as PostingStatus | null,
    opensAt: posting.opens_at,
    closesAt: posting.closes_at,
    topicClosed: posting.topic_closed,
  });
  return {
    id: posting.id,
    role: posting.role,
    contracts: posting.contracts,
    state: result.state,
    result,
    place: posting.place,
    remote: posting.remote as RemoteMode | null,
  };
});
type Row = (typeof postings)[number];

const byRoleAndContract = (rows: Row[], f: Filters) =>
  filterPostings(rows, {
    ...DEFAULT_FILTERS,
    role: f.role,
    contracts: f.contracts,
    status: "all",
  });
const byState = (rows: Row[], state: StateFilter) =>
  rows.filter((row) => matchesStateFilter(row.result, state));
const byPlace = (rows: Row[], f: Filters) =>
  rows.filter((row) => matchesPlaceFilters(row, f));

function counts(f: Filters) {
  const states = Object.fromEntries(
    STATE_FILTERS.map((state) => [
      state,
      byState(byPlace(byRoleAndContract(postings, f), f), state).length,
    ])
  );
  const facets = countFacets(byPlace(byState(postings, f.state), f), {
    ...DEFAULT_FILTERS,
    role: f.role,
    contracts: f.contracts,
    status: "all",
  });
  const placed = countPlaces(
    byState(byRoleAndContract(postings, f), f.state),
    f
  );
  return {
    roles: facets.roles,
    contracts: facets.contracts,
    states,
    ...placed,
  };
}

process.stdout.write(
  JSON.stringify({
    states: Object.fromEntries(postings.map((p) => [p.id, p.state])),
    results: input.filters.map((f) => ({
      ids: byPlace(byState(byRoleAndContract(postings, f), f.state), f).map(
        (p) => p.id
      ),
      counts: counts(f),
    })),
  })
);
