// The job board's filters and their place in the URL query
// (`?job_q=data&job_role=coach&job_contract=cdd,freelance&job_place=reg-76&job_status=closing_soon`),
// shared by the filter bar in Discourse and the demo. Pure: no Discourse
// import.

import { MAX_QUERY_LENGTH } from "./board-search.ts";
import { isSortOrder, type SortOrder } from "./board-sort.ts";
import { REMOTE_FILTERS, type RemoteFilter } from "./place-filters.ts";
import { isPlaceCode } from "./posting/places.ts";
import type { Vocabularies } from "./posting/types.ts";
import { STATE_FILTERS, type StateFilter } from "./posting-status.ts";

/** What members filter on: a state, closing soon, or every posting. */
export const STATUS_FILTERS = STATE_FILTERS;
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

function readChoice<T extends string>(
  param: string,
  value: string | null | undefined,
  isKnown: (value: string) => boolean,
  problems: FilterProblem[]
): T | null {
  if (!value) {
    return null;
  }
  if (isKnown(value)) {
    return value as T;
  }
  problems.push({ param, value });
  return null;
}

/**
 * `job_contract=cdd,freelance`: the codes joined by commas, as core's
 * `/filter` route writes « any of » (lib/topics_filter.rb, `tags:a,b`) and
 * as the server reads the parameter (ListFilter.values). Known codes are
 * kept in the vocabulary's order, so one choice has one URL; each unknown
 * one is reported.
 */
function readContracts(
  value: string | null | undefined,
  codes: readonly string[],
  problems: FilterProblem[]
): string[] {
  const asked = (value ?? "")
    .split(",")
    .map((code) => code.trim())
    .filter(Boolean);
  for (const code of asked) {
    if (!codes.includes(code)) {
      problems.push({ param: QUERY_PARAMS.contract, value: code });
    }
  }
  return codes.filter((code) => asked.includes(code));
}

/** Typed words with their spacing tidied, cut at MAX_QUERY_LENGTH. */
export function tidyQuery(text: string | null | undefined): string {
  return (text ?? "").replace(/\s+/g, " ").trim().slice(0, MAX_QUERY_LENGTH);
}

/** The filters a URL query asks for; unknown values fall back to the default. */
export function filtersFromQuery(
  query: QueryValues,
  vocabularies: Vocabularies
): ReadFilters {
  const problems: FilterProblem[] = [];
  const read = <T extends string>(
    key: keyof typeof QUERY_PARAMS,
    isKnown: (value: string) => boolean
  ) =>
    readChoice<T>(
      QUERY_PARAMS[key],
      query[QUERY_PARAMS[key]],
      isKnown,
      problems
    );
  const roles = vocabularies.roles.map((entry) => entry.code);
  const contracts = vocabularies.contracts.map((entry) => entry.code);
  const filters: BoardFilters = {
    q: tidyQuery(query[QUERY_PARAMS.q]),
    role: read("role", (value) => roles.includes(value)),
    contracts: readContracts(query[QUERY_PARAMS.contract], contracts, problems),
    place: read("place", isPlaceCode),
    remote: read<RemoteFilter>("remote", (value) =>
      (REMOTE_FILTERS as readonly string[]).includes(value)
    ),
    status:
      read<StatusFilter>("status", (value) =>
        (STATUS_FILTERS as readonly string[]).includes(value)
      ) ?? DEFAULT_STATUS_FILTER,
    sort: read<SortOrder>("sort", isSortOrder) ?? DEFAULT_FILTERS.sort,
  };
  return { filters, problems };
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
