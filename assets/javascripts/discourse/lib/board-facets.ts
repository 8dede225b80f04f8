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
import { type PostingState, STATE_FILTERS } from "./posting-status.ts";

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

function matchesStatus(posting: FilterablePosting, status: StatusFilter) {
  if (status === "all") {
    return true;
  }
  if (status === "closing_soon") {
    return posting.closingSoon ?? false;
  }
  return posting.state === status;
}

// Which filters a posting meets, one boolean each: computed once per
// posting and change, since each facet's count needs all the others.
// Plain fields rather than a record walked by key: the demo counts every
// posting on every change (bench: filter_ms).
interface Matches {
  role: boolean;
  contract: boolean;
  status: boolean;
  place: boolean;
}

function matchesOf(posting: FilterablePosting, filters: BoardFilters): Matches {
  return {
    role: filters.role === null || posting.role === filters.role,
    // Any of the contracts asked for, as the server's `&&` (ListFilter).
    contract:
      filters.contracts.length === 0 ||
      posting.contracts.some((code) => filters.contracts.includes(code)),
    status: matchesStatus(posting, filters.status),
    place:
      (filters.place === null && filters.remote === null) ||
      matchesPlaceFilters(
        { place: posting.place ?? null, remote: posting.remote ?? null },
        filters
      ),
  };
}

function matchesSearchTerms(
  posting: FilterablePosting,
  terms: readonly string[]
) {
  return terms.length === 0 || matchesTerms(posting.searchIndex ?? "", terms);
}

export function matchesFilters(
  posting: FilterablePosting,
  filters: BoardFilters
): boolean {
  const m = matchesOf(posting, filters);
  return (
    m.role &&
    m.contract &&
    m.status &&
    m.place &&
    matchesSearchTerms(posting, searchTerms(filters.q))
  );
}

export function filterPostings<T extends FilterablePosting>(
  postings: readonly T[],
  filters: BoardFilters
): T[] {
  const terms = searchTerms(filters.q);
  return postings.filter((posting) => {
    const m = matchesOf(posting, filters);
    return (
      m.role &&
      m.contract &&
      m.status &&
      m.place &&
      matchesSearchTerms(posting, terms)
    );
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
  const roles: Record<string, number> = {};
  const contracts: Record<string, number> = {};
  const placed: { place: string | null; remote: RemoteMode | null }[] = [];
  for (const posting of postings) {
    if (!matchesSearchTerms(posting, terms)) {
      continue;
    }
    const m = matchesOf(posting, filters);
    if (m.contract && m.status && m.place && posting.role) {
      increment(roles, posting.role);
    }
    if (m.role && m.status && m.place) {
      new Set(posting.contracts).forEach((code) => increment(contracts, code));
    }
    if (m.role && m.contract && m.place) {
      status.all++;
      status[posting.state]++;
      if (posting.closingSoon) {
        status.closing_soon++;
      }
    }
    if (m.role && m.contract && m.status) {
      placed.push({
        place: posting.place ?? null,
        remote: posting.remote ?? null,
      });
    }
  }
  return { roles, contracts, status, ...countPlaces(placed, filters) };
}
