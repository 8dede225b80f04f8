// Filtering and counting postings in memory, with the semantics of the
// server's filters and counts: the demo and the benchmarks use it where
// Discourse would ask the server. Each facet is counted with the other
// facets' filters applied, so a count says how many postings picking that
// value would show.

import type { BoardFilters, StatusFilter } from "./board-filters.ts";
import { matchesTerms, searchTerms } from "./board-search.ts";
import {
  countPlaces,
  matchesPlaceFilters,
  type PlaceCounts,
} from "./place-filters.ts";
import type { RemoteMode } from "./posting/types.ts";
import {
  type PostingState,
  STATE_FILTERS,
  stateFiltersOf,
} from "./posting-status.ts";

/** What filtering needs of a posting. */
export interface FilterablePosting {
  role: string | null;
  contracts: readonly string[];
  state: PostingState;
  /** An open posting closing within days (posting-status.ts); false when absent. */
  closingSoon?: boolean;
  place?: string | null;
  remote?: RemoteMode | null;
  /** Its searchable words (board-search.ts searchIndex); absent: no search matches it. */
  searchIndex?: string;
}

export interface FacetCounts {
  roles: Record<string, number>;
  contracts: Record<string, number>;
  status: Record<StatusFilter, number>;
  /** By région code and `abroad`. */
  places: PlaceCounts["places"];
  /** How many postings each remote choice would show (`partial` includes full). */
  remote: PlaceCounts["remote"];
}

function statusesOf(posting: FilterablePosting): StatusFilter[] {
  return stateFiltersOf({
    state: posting.state,
    closingSoon: posting.closingSoon ?? false,
  });
}

interface Matches {
  role: boolean;
  contract: boolean;
  status: boolean;
  place: boolean;
  search: boolean;
}

function matchesOf(
  posting: FilterablePosting,
  filters: BoardFilters,
  terms: readonly string[]
): Matches {
  return {
    role: filters.role === null || posting.role === filters.role,
    contract:
      filters.contract === null || posting.contracts.includes(filters.contract),
    status: statusesOf(posting).includes(filters.status),
    place:
      (filters.place === null && filters.remote === null) ||
      matchesPlaceFilters(
        { place: posting.place ?? null, remote: posting.remote ?? null },
        filters
      ),
    search:
      terms.length === 0 || matchesTerms(posting.searchIndex ?? "", terms),
  };
}

const all = (matches: Matches, but: keyof Matches) =>
  (Object.keys(matches) as (keyof Matches)[]).every(
    (key) => key === but || matches[key]
  );

export function matchesFilters(
  posting: FilterablePosting,
  filters: BoardFilters
): boolean {
  return all(matchesOf(posting, filters, searchTerms(filters.q)), "search");
}

export function filterPostings<T extends FilterablePosting>(
  postings: readonly T[],
  filters: BoardFilters
): T[] {
  const terms = searchTerms(filters.q);
  return postings.filter((posting) => {
    const matches = matchesOf(posting, filters, terms);
    return matches.search && all(matches, "search");
  });
}

function increment(counts: Record<string, number>, key: string) {
  counts[key] = (counts[key] ?? 0) + 1;
}

export function countFacets(
  postings: readonly FilterablePosting[],
  filters: BoardFilters
): FacetCounts {
  const terms = searchTerms(filters.q);
  const status = Object.fromEntries(
    STATE_FILTERS.map((state) => [state, 0])
  ) as Record<StatusFilter, number>;
  const counts = { roles: {}, contracts: {}, status } as Omit<
    FacetCounts,
    "places" | "remote"
  >;
  const placed: { place: string | null; remote: RemoteMode | null }[] = [];
  for (const posting of postings) {
    const matches = matchesOf(posting, filters, terms);
    if (!matches.search) {
      continue;
    }
    if (all(matches, "role") && posting.role) {
      increment(counts.roles, posting.role);
    }
    if (all(matches, "contract")) {
      new Set(posting.contracts).forEach((code) =>
        increment(counts.contracts, code)
      );
    }
    if (all(matches, "status")) {
      statusesOf(posting).forEach((state) => counts.status[state]++);
    }
    if (all(matches, "place")) {
      placed.push({
        place: posting.place ?? null,
        remote: posting.remote ?? null,
      });
    }
  }
  return { ...counts, ...countPlaces(placed, filters) };
}
