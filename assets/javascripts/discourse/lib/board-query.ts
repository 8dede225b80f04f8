// The board's filters as the URL carries them: the query parameters' names,
// the defaults, and the query written for some filters. Light on purpose:
// the board's services and the topic list's initializer load with every
// page of the forum (bench/size.ts), so reading a query, which needs the
// places and the states (board-filters.ts), stays out of here. Pure: no
// Discourse import.

import { MAX_QUERY_LENGTH } from "./board-search.ts";
import type { SortOrder } from "./board-sort.ts";
import type { RemoteFilter } from "./place-filters.ts";
import type { StateFilter } from "./posting-status.ts";

/** What members filter on: a state, closing soon, or every posting. */
export type StatusFilter = StateFilter;

/** The board shows open postings unless asked otherwise. */
export const DEFAULT_STATUS_FILTER: StatusFilter = "open";

export const QUERY_PARAMS = {
  q: "job_q",
  role: "job_role",
  contract: "job_contract",
  place: "job_place",
  remote: "job_remote",
  status: "job_status",
  sort: "job_sort",
} as const;

export interface BoardFilters {
  /** The words searched for, as typed (trimmed); "" for none. */
  q: string;
  role: string | null;
  /**
   * The contracts asked for, in the vocabulary's order; a posting matches
   * when it has ANY of them (it has several, and a member looking for
   * « CDD ou freelance » wants both kinds). Empty for every contract.
   */
  contracts: readonly string[];
  /** A région or département code, or `abroad`; null for every place. */
  place: string | null;
  remote: RemoteFilter | null;
  status: StatusFilter;
  sort: SortOrder;
}

export const DEFAULT_FILTERS: Readonly<BoardFilters> = Object.freeze({
  q: "",
  role: null,
  contracts: Object.freeze([]) as readonly string[],
  place: null,
  remote: null,
  status: DEFAULT_STATUS_FILTER,
  sort: "newest" as SortOrder,
});

/** Typed words with their spacing tidied, cut at MAX_QUERY_LENGTH. */
export function tidyQuery(text: string | null | undefined): string {
  return (text ?? "").replace(/\s+/g, " ").trim().slice(0, MAX_QUERY_LENGTH);
}

/**
 * The query for some filters: every parameter is present, null when it is
 * not filtering, so that a router merging query params removes stale ones;
 * the default status and order are left out to keep shared URLs short.
 */
export function filtersToQuery(
  filters: BoardFilters
): Record<string, string | null> {
  return {
    [QUERY_PARAMS.q]: tidyQuery(filters.q) || null,
    [QUERY_PARAMS.role]: filters.role,
    [QUERY_PARAMS.contract]: filters.contracts.join(",") || null,
    [QUERY_PARAMS.place]: filters.place,
    [QUERY_PARAMS.remote]: filters.remote,
    [QUERY_PARAMS.status]:
      filters.status === DEFAULT_STATUS_FILTER ? null : filters.status,
    [QUERY_PARAMS.sort]:
      filters.sort === DEFAULT_FILTERS.sort ? null : filters.sort,
  };
}

function isDefault(filters: BoardFilters, key: keyof BoardFilters): boolean {
  return key === "contracts"
    ? filters.contracts.length === 0
    : filters[key] === DEFAULT_FILTERS[key];
}

export function isDefaultFilters(filters: BoardFilters): boolean {
  return (Object.keys(DEFAULT_FILTERS) as (keyof BoardFilters)[]).every((key) =>
    isDefault(filters, key)
  );
}

/** The filters that narrow the list (not the order), for the empty state. */
export function activeFilters(filters: BoardFilters): (keyof BoardFilters)[] {
  return (Object.keys(DEFAULT_FILTERS) as (keyof BoardFilters)[]).filter(
    (key) => key !== "sort" && !isDefault(filters, key)
  );
}

/**
 * How many of the menus' filters narrow the list: the phone's
 * « Filtres (2) ». The search box stays in view beside that button, so its
 * words are not counted; several contracts are one filter.
 */
export function activeFilterCount(filters: BoardFilters): number {
  return activeFilters(filters).filter((key) => key !== "q").length;
}
