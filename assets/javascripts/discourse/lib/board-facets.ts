// Filtering and counting postings in memory, with the semantics of the
// server's filters and counts: the demo and the benchmarks use it where
// Discourse would ask the server. Each facet is counted with the other
// facets' filters applied, so a count says how many postings picking that
// value would show.

import type { BoardFilters, StatusFilter } from "./board-filters.ts";
import type { PostingState } from "./posting-status.ts";

/** What filtering needs of a posting. */
export interface FilterablePosting {
  role: string | null;
  contracts: readonly string[];
  state: PostingState;
}

export interface FacetCounts {
  roles: Record<string, number>;
  contracts: Record<string, number>;
  status: Record<StatusFilter, number>;
}

function matchesStatus(state: PostingState, status: StatusFilter): boolean {
  if (status === "all") {
    return true;
  }
  return (state === "open") === (status === "open");
}

function matchesRole(posting: FilterablePosting, role: string | null) {
  return role === null || posting.role === role;
}

function matchesContract(posting: FilterablePosting, contract: string | null) {
  return contract === null || posting.contracts.includes(contract);
}

export function matchesFilters(
  posting: FilterablePosting,
  filters: BoardFilters
): boolean {
  return (
    matchesRole(posting, filters.role) &&
    matchesContract(posting, filters.contract) &&
    matchesStatus(posting.state, filters.status)
  );
}

export function filterPostings<T extends FilterablePosting>(
  postings: readonly T[],
  filters: BoardFilters
): T[] {
  return postings.filter((posting) => matchesFilters(posting, filters));
}

function increment(counts: Record<string, number>, key: string) {
  counts[key] = (counts[key] ?? 0) + 1;
}

export function countFacets(
  postings: readonly FilterablePosting[],
  filters: BoardFilters
): FacetCounts {
  const counts: FacetCounts = {
    roles: {},
    contracts: {},
    status: { open: 0, closed: 0, all: 0 },
  };
  for (const posting of postings) {
    const role = matchesRole(posting, filters.role);
    const contract = matchesContract(posting, filters.contract);
    const status = matchesStatus(posting.state, filters.status);

    if (contract && status && posting.role) {
      increment(counts.roles, posting.role);
    }
    if (role && status) {
      new Set(posting.contracts).forEach((code) =>
        increment(counts.contracts, code)
      );
    }
    if (role && contract) {
      counts.status.all++;
      counts.status[posting.state === "open" ? "open" : "closed"]++;
    }
  }
  return counts;
}
