// A posting's place as a code: a French département (`dep-33`), a région
// (`reg-76`) or `abroad`. INSEE's codes alone would be ambiguous (« 11 » is
// both the Aude and Île-de-France), hence the prefixes. The lists come from
// @etalab/decoupage-administratif through script/generate-places.ts; the
// server reads the same lists (config/job_board_places.json). Pure and
// small: the composer and the board load it.

import { DEPARTEMENTS, REGIONS } from "./places-data.ts";

export const PLACE_ABROAD = "abroad";
export const DEPARTEMENT_PREFIX = "dep-";
export const REGION_PREFIX = "reg-";

export type PlaceKind = "departement" | "region" | "abroad";

export interface PlaceEntry {
  code: string;
  kind: PlaceKind;
  /** The official name, in French: it is a proper noun in every language. */
  name: string;
  /** The région code the place lies in (itself for a région); null abroad. */
  region: string | null;
}

export const departementCode = (insee: string) =>
  `${DEPARTEMENT_PREFIX}${insee}`;
export const regionCode = (insee: string) => `${REGION_PREFIX}${insee}`;

let entries: Map<string, PlaceEntry> | undefined;

/** Every place code, régions first then départements, by INSEE code. */
export function placeEntries(): ReadonlyMap<string, PlaceEntry> {
  if (!entries) {
    entries = new Map();
    for (const [code, name] of REGIONS) {
      const region = regionCode(code);
      entries.set(region, { code: region, kind: "region", name, region });
    }
    for (const [code, name, region] of DEPARTEMENTS) {
      const departement = departementCode(code);
      entries.set(departement, {
        code: departement,
        kind: "departement",
        name,
        region: regionCode(region),
      });
    }
    entries.set(PLACE_ABROAD, {
      code: PLACE_ABROAD,
      kind: "abroad",
      name: PLACE_ABROAD,
      region: null,
    });
  }
  return entries;
}

export function placeEntry(code: string | null): PlaceEntry | null {
  return code === null ? null : (placeEntries().get(code) ?? null);
}

export function isPlaceCode(value: unknown): value is string {
  return typeof value === "string" && placeEntries().has(value);
}

/**
 * Whether a posting's place is within a place members filter on: a région
 * holds its départements, a département only itself, abroad only abroad.
 */
export function placeWithin(place: string | null, filter: string): boolean {
  const entry = placeEntry(place);
  if (!entry) {
    return false;
  }
  return entry.code === filter || entry.region === filter;
}

/** The régions, each followed by its départements: the order of a place menu. */
export function placeMenu(): PlaceEntry[] {
  const all = [...placeEntries().values()];
  return all
    .filter((entry) => entry.kind === "region")
    .flatMap((region) => [
      region,
      ...all.filter(
        (entry) => entry.kind === "departement" && entry.region === region.code
      ),
    ]);
}
