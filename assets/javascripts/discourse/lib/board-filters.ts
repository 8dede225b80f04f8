// The job board's filters and their place in the URL query
// (`?job_role=coach&job_contract=freelance&job_status=open`), shared by the
// filter bar in Discourse and the demo. Pure: no Discourse import.

import type { Vocabularies } from "./posting/types.ts";

export const STATUS_FILTERS = ["open", "closed", "all"] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

/** The board shows open postings unless asked otherwise. */
export const DEFAULT_STATUS_FILTER: StatusFilter = "open";

export const QUERY_PARAMS = {
  role: "job_role",
  contract: "job_contract",
  status: "job_status",
} as const;

export interface BoardFilters {
  role: string | null;
  contract: string | null;
  status: StatusFilter;
}

export const DEFAULT_FILTERS: Readonly<BoardFilters> = Object.freeze({
  role: null,
  contract: null,
  status: DEFAULT_STATUS_FILTER,
});

export type QueryValues = Record<string, string | null | undefined>;

/** A query value that names nothing we know; the board ignores it and says so. */
export interface FilterProblem {
  param: string;
  value: string;
}

export interface ReadFilters {
  filters: BoardFilters;
  problems: FilterProblem[];
}

function isStatusFilter(value: string): value is StatusFilter {
  return (STATUS_FILTERS as readonly string[]).includes(value);
}

function readCode(
  param: string,
  value: string | null | undefined,
  codes: readonly string[],
  problems: FilterProblem[]
): string | null {
  if (!value) {
    return null;
  }
  if (codes.includes(value)) {
    return value;
  }
  problems.push({ param, value });
  return null;
}

/** The filters a URL query asks for; unknown values fall back to the default. */
export function filtersFromQuery(
  query: QueryValues,
  vocabularies: Vocabularies
): ReadFilters {
  const problems: FilterProblem[] = [];
  const role = readCode(
    QUERY_PARAMS.role,
    query[QUERY_PARAMS.role],
    vocabularies.roles.map((entry) => entry.code),
    problems
  );
  const contract = readCode(
    QUERY_PARAMS.contract,
    query[QUERY_PARAMS.contract],
    vocabularies.contracts.map((entry) => entry.code),
    problems
  );
  const rawStatus = query[QUERY_PARAMS.status];
  let status = DEFAULT_STATUS_FILTER;
  if (rawStatus && isStatusFilter(rawStatus)) {
    status = rawStatus;
  } else if (rawStatus) {
    problems.push({ param: QUERY_PARAMS.status, value: rawStatus });
  }
  return { filters: { role, contract, status }, problems };
}

/**
 * The query for some filters: every parameter is present, null when it is
 * not filtering, so that a router merging query params removes stale ones;
 * the default status is left out to keep shared URLs short.
 */
export function filtersToQuery(
  filters: BoardFilters
): Record<string, string | null> {
  return {
    [QUERY_PARAMS.role]: filters.role,
    [QUERY_PARAMS.contract]: filters.contract,
    [QUERY_PARAMS.status]:
      filters.status === DEFAULT_STATUS_FILTER ? null : filters.status,
  };
}

export function isDefaultFilters(filters: BoardFilters): boolean {
  return (
    filters.role === DEFAULT_FILTERS.role &&
    filters.contract === DEFAULT_FILTERS.contract &&
    filters.status === DEFAULT_FILTERS.status
  );
}
