// The job board's filters and their place in the URL query
// (`?job_q=data&job_role=coach&job_contract=cdd,freelance&job_place=reg-76&job_status=closing_soon`),
// shared by the filter bar in Discourse and the demo. What the URL carries
// and how it is written is board-query.ts's, re-exported here; reading it back
// lives here, with the places it checks. Pure: no Discourse import.

import {
  type BoardFilters,
  DEFAULT_FILTERS,
  DEFAULT_STATUS_FILTER,
  QUERY_PARAMS,
  type StatusFilter,
  tidyQuery,
} from "./board-query.ts";
import { isSortOrder, type SortOrder } from "./board-sort.ts";
import { REMOTE_FILTERS, type RemoteFilter } from "./place-filters.ts";
import { isPlaceCode } from "./posting/places.ts";
import type { Vocabularies } from "./posting/types.ts";
import { STATE_FILTERS } from "./posting-status.ts";

/** What members filter on: a state, closing soon, or every posting. */
export const STATUS_FILTERS = STATE_FILTERS;

export {
  activeFilterCount,
  activeFilters,
  type BoardFilters,
  DEFAULT_FILTERS,
  DEFAULT_STATUS_FILTER,
  filtersToQuery,
  isDefaultFilters,
  QUERY_PARAMS,
  type StatusFilter,
  tidyQuery,
} from "./board-query.ts";

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
