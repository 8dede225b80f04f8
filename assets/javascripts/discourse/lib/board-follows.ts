// A member's follows of the board's filters (issue 13): what a follow holds,
// and how it travels (the board's own query parameters, as
// DiscourseJobBoard::FollowParams reads them). Shared by the follow button,
// the preferences list, the Discourse service and the demo's localStorage
// store. When filters are already followed is board-follow-match.ts's, which
// only the follow button needs: the service, on every page, stays small.
// Pure: no Discourse import.
import { QUERY_PARAMS, tidyQuery } from "./board-query.ts";
import type { RemoteFilter } from "./place-filters.ts";

/**
 * What a follow filters on. Not the state nor the order: a follow tells of
 * new postings, which are open. Lists, as the server stores them (the
 * filter bar sends one role and one contract).
 */
export interface FollowedFilters {
  roles: string[];
  contracts: string[];
  place: string | null;
  remote: RemoteFilter | null;
  /** The words as typed; "" for none. */
  q: string;
}

export interface Follow extends FollowedFilters {
  id: number;
}

/** GET /job-board/follows.json's items (FollowParams.as_json). */
export interface FollowJson {
  id: number;
  job_role?: string[] | null;
  job_contract?: string[] | null;
  job_place?: string | null;
  job_remote?: RemoteFilter | null;
  job_q?: string | null;
}

/** The follow button's and the preferences list's view of the follows. */
export interface FollowsStore {
  /** Whether this visitor may follow (signed in); the button hides otherwise. */
  readonly canFollow: boolean;
  /** The follows once loaded; null before. */
  readonly follows: readonly Follow[] | null;
  /** How many follows a member may keep. */
  readonly max: number;
  load(): Promise<readonly Follow[]>;
  follow(filters: FollowedFilters): Promise<void>;
  unfollow(follow: Follow): Promise<void>;
}

/** The POST body: only the filters that filter. */
export function followToQuery(
  filters: FollowedFilters
): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  if (filters.roles.length > 0) {
    query[QUERY_PARAMS.role] = filters.roles;
  }
  if (filters.contracts.length > 0) {
    query[QUERY_PARAMS.contract] = filters.contracts;
  }
  if (filters.place) {
    query[QUERY_PARAMS.place] = filters.place;
  }
  if (filters.remote) {
    query[QUERY_PARAMS.remote] = filters.remote;
  }
  if (tidyQuery(filters.q)) {
    query[QUERY_PARAMS.q] = tidyQuery(filters.q);
  }
  return query;
}

export function followFromJson(json: FollowJson): Follow {
  return {
    id: json.id,
    roles: [...(json.job_role ?? [])],
    contracts: [...(json.job_contract ?? [])],
    place: json.job_place ?? null,
    remote: json.job_remote ?? null,
    q: json.job_q ?? "",
  };
}
