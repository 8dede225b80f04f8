// When the filters in force are already followed (issue 13), by the rule
// of the server's unique index: what the follow button asks before it
// offers « Suivre ces filtres ». Apart from board-follows.ts because it
// folds words as the server does (posting/text.ts), which the follows
// service loaded on every page has no use for. Pure: no Discourse import.
import type { Follow, FollowedFilters } from "./board-follows.ts";
import { type BoardFilters, tidyQuery } from "./board-query.ts";
import { fold } from "./posting/text.ts";

export function followedFilters(filters: BoardFilters): FollowedFilters {
  return {
    roles: filters.role ? [filters.role] : [],
    contracts: [...filters.contracts],
    place: filters.place,
    remote: filters.remote,
    q: tidyQuery(filters.q),
  };
}

export function followsNothing(filters: FollowedFilters): boolean {
  return (
    filters.roles.length === 0 &&
    filters.contracts.length === 0 &&
    !filters.place &&
    !filters.remote &&
    !tidyQuery(filters.q)
  );
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join(",") === [...b].sort().join(",");

// Words compare as the server folds them (SearchText: case and accents
// dropped), so « Data » and « data » are one follow on both sides.
const sameWords = (a: string, b: string) => fold(a) === fold(b);

/** Whether two follows filter alike (the server's unique index, the same rule). */
export function sameFilters(a: FollowedFilters, b: FollowedFilters): boolean {
  return (
    sameList(a.roles, b.roles) &&
    sameList(a.contracts, b.contracts) &&
    (a.place ?? null) === (b.place ?? null) &&
    (a.remote ?? null) === (b.remote ?? null) &&
    sameWords(a.q, b.q)
  );
}

/** The follow of these filters, if any. */
export function findFollow(
  follows: readonly Follow[] | null,
  filters: FollowedFilters
): Follow | undefined {
  return follows?.find((follow) => sameFilters(follow, filters));
}
