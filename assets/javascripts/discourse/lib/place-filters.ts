// The board's place and remote-work filters (`?job_place=reg-76`,
// `?job_remote=full`), with the semantics the server's SQL is to share:
// - job_place: a région holds its départements; `abroad` is abroad only;
// - job_remote: `partial` lists postings with some remote work (partial or
//   full), `full` those fully remote;
// - asked for both, a fully remote posting matches every place, since it
//   can be done from there (issue 12: « Télétravail complet » postings match
//   every place if the member asks for that).
// Pure: the demo filters in memory with it, as the server does in SQL.

import { placeEntry, placeMenu, placeWithin } from "./posting/places.ts";
import type { RemoteMode } from "./posting/types.ts";

export const PLACE_QUERY_PARAMS = {
  place: "job_place",
  remote: "job_remote",
} as const;

export const REMOTE_FILTERS = ["partial", "full"] as const;
export type RemoteFilter = (typeof REMOTE_FILTERS)[number];

export interface PlaceFilters {
  /** A région code (reg-XX) or `abroad`; null for every place. */
  place: string | null;
  remote: RemoteFilter | null;
}

export const NO_PLACE_FILTERS: Readonly<PlaceFilters> = Object.freeze({
  place: null,
  remote: null,
});

/** What filtering needs of a posting. */
export interface PlacedPosting {
  place: string | null;
  remote: RemoteMode | null;
}

let filterCodes: readonly string[] | undefined;

/**
 * The places members pick from: the régions, then abroad. Made once (the
 * filter bar lists them on every change), and a copy each time.
 */
export function placeFilterCodes(): string[] {
  filterCodes ??= [
    ...placeMenu()
      .filter((entry) => entry.kind === "region")
      .map((entry) => entry.code),
    "abroad",
  ];
  return [...filterCodes];
}

function matchesRemote(remote: RemoteMode | null, filter: RemoteFilter | null) {
  if (filter === null) {
    return true;
  }
  return filter === "full"
    ? remote === "full"
    : remote === "partial" || remote === "full";
}

function matchesPlace(posting: PlacedPosting, filters: PlaceFilters) {
  if (filters.place === null) {
    return true;
  }
  if (filters.remote === "full" && posting.remote === "full") {
    return true;
  }
  return placeWithin(posting.place, filters.place);
}

export function matchesPlaceFilters(
  posting: PlacedPosting,
  filters: PlaceFilters
): boolean {
  return (
    matchesRemote(posting.remote, filters.remote) &&
    matchesPlace(posting, filters)
  );
}

/** The filters a URL query asks for; a value naming nothing is ignored. */
export function placeFiltersFromQuery(
  query: Record<string, string | null | undefined>
): PlaceFilters {
  const place = query[PLACE_QUERY_PARAMS.place] ?? null;
  const remote = query[PLACE_QUERY_PARAMS.remote] ?? null;
  return {
    place: place && placeFilterCodes().includes(place) ? place : null,
    remote: (REMOTE_FILTERS as readonly (string | null)[]).includes(remote)
      ? (remote as RemoteFilter)
      : null,
  };
}

export function placeFiltersToQuery(
  filters: PlaceFilters
): Record<string, string | null> {
  return {
    [PLACE_QUERY_PARAMS.place]: filters.place,
    [PLACE_QUERY_PARAMS.remote]: filters.remote,
  };
}

function increment(counts: Record<string, number>, key: string) {
  counts[key] = (counts[key] ?? 0) + 1;
}

export interface PlaceCounts {
  places: Record<string, number>;
  remote: Record<RemoteFilter, number>;
}

/**
 * How many postings each choice would show, the other filter applied (as
 * the board's other facets count): `postings` already meet the board's
 * other filters.
 */
export function countPlaces(
  postings: readonly PlacedPosting[],
  filters: PlaceFilters
): PlaceCounts {
  const counts: PlaceCounts = { places: {}, remote: { partial: 0, full: 0 } };
  const codes = placeFilterCodes();
  // Each remote choice with the place filter, made once rather than per posting.
  const choices = REMOTE_FILTERS.map((remote) => ({
    remote,
    filters: { place: filters.place, remote },
  }));
  for (const posting of postings) {
    for (const choice of choices) {
      if (matchesPlaceFilters(posting, choice.filters)) {
        counts.remote[choice.remote]++;
      }
    }
    if (!matchesRemote(posting.remote, filters.remote)) {
      continue;
    }
    if (filters.remote === "full") {
      // Fully remote, asked for: it matches every place.
      codes.forEach((code) => increment(counts.places, code));
    } else {
      const entry = placeEntry(posting.place);
      const code = entry?.kind === "abroad" ? entry.code : entry?.region;
      if (code) {
        increment(counts.places, code);
      }
    }
  }
  return counts;
}

/** A place's name; abroad is named by the caller, in the user's language. */
export function placeName(code: string): string | null {
  const entry = placeEntry(code);
  return entry && entry.kind !== "abroad" ? entry.name : null;
}
