// Free text about where a job is (« Paris », « Lyon ou à distance »,
// « Bordeaux (33) », « Toulouse, Occitanie », « Remote », « Bruxelles ») read
// as a place code (places.ts) and a remote mode. Words are looked up in a
// table of names (no pattern per place): a word that starts no name is
// passed over in one lookup, one that does costs at most as many lookups as
// the longest name has words, on text cut to MAX_PLACE_TEXT characters: the
// cost is linear.
// Loaded with the parser only (place-names-data.ts holds 500 communes).

import { FULL_REMOTE, PARTIAL_REMOTE } from "./normalise-place.ts";
import { COMMUNES } from "./place-names-data.ts";
import {
  departementCode,
  PLACE_ABROAD,
  placeEntry,
  regionCode,
} from "./places.ts";
import { DEPARTEMENTS, REGIONS } from "./places-data.ts";
import { fold } from "./text.ts";
import type { RemoteMode } from "./types.ts";

/** Longer text is cut: a place is named early, and work stays bounded. */
export const MAX_PLACE_TEXT = 300;

// Names that are not in the official lists: a few usual short forms of
// French places, and places abroad that French postings name. Everything
// else French comes from the generated lists.
const ALIASES: readonly (readonly [string, string])[] = [
  ["IDF", regionCode("11")],
  ["région parisienne", regionCode("11")],
  ["PACA", regionCode("93")],
  ["AURA", regionCode("84")],
  ["La Défense", departementCode("92")],
];

const ABROAD = [
  "étranger",
  "Europe",
  "Belgique",
  "Bruxelles",
  "Liège",
  "Suisse",
  "Genève",
  "Lausanne",
  "Luxembourg",
  "Allemagne",
  "Berlin",
  "Espagne",
  "Madrid",
  "Barcelone",
  "Italie",
  "Rome",
  "Milan",
  "Portugal",
  "Lisbonne",
  "Royaume-Uni",
  "Londres",
  "Irlande",
  "Dublin",
  "Pays-Bas",
  "Amsterdam",
  "Canada",
  "Montréal",
  "Québec",
  "États-Unis",
  "Maroc",
  "Tunisie",
  "Sénégal",
  "Dakar",
];

/** France as a whole: no particular place. */
const NOWHERE_IN_PARTICULAR = ["France", "France entière", "partout"];
const NOWHERE = "";

function foldCase(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/œ/g, "oe")
    .replace(/Œ/g, "Oe")
    .replace(/æ/g, "ae")
    .replace(/Æ/g, "Ae");
}

/** Words without accents, case kept: a place is a proper noun. */
function words(text: string): string[] {
  return foldCase(text).match(/[A-Za-z0-9]+/g) ?? [];
}

/** Words with what stands right before and after each (for « (33) »). */
function wordsInText(text: string): { list: string[]; inParens: boolean[] } {
  const folded = foldCase(text);
  const list: string[] = [];
  const inParens: boolean[] = [];
  for (const match of folded.matchAll(/[A-Za-z0-9]+/g)) {
    const end = match.index + match[0].length;
    list.push(match[0]);
    inParens.push(folded[match.index - 1] === "(" && folded[end] === ")");
  }
  return { list, inParens };
}

const keyOf = (list: readonly string[]) => list.join(" ").toLowerCase();

interface NameTable {
  /** Folded name (lower case, words joined by a space) → place code. */
  codes: Map<string, string>;
  /** The first word of each name: most words start none, and are passed over at once. */
  firstWords: Set<string>;
  maxWords: number;
}

let names: NameTable | undefined;

// Département names win over the région of the same name (Guadeloupe…),
// being more precise; the generator already left out communes named like a
// département or région, and those two communes share a name with.
function nameTable(): NameTable {
  if (!names) {
    const table: NameTable = {
      codes: new Map(),
      firstWords: new Set(),
      maxWords: 1,
    };
    const add = (name: string, code: string, replace = false) => {
      const list = words(name);
      const key = keyOf(list);
      if (replace || !table.codes.has(key)) {
        table.codes.set(key, code);
        table.firstWords.add(list[0].toLowerCase());
        table.maxWords = Math.max(table.maxWords, list.length);
      }
    };
    REGIONS.forEach(([code, name]) => add(name, regionCode(code)));
    DEPARTEMENTS.forEach(([code, name]) =>
      add(name, departementCode(code), true)
    );
    COMMUNES.forEach(([name, code]) => add(name, departementCode(code)));
    ALIASES.forEach(([name, code]) => add(name, code));
    ABROAD.forEach((name) => add(name, PLACE_ABROAD));
    NOWHERE_IN_PARTICULAR.forEach((name) => add(name, NOWHERE));
    names = table;
  }
  return names;
}

/** The longest name starting at word `index`: its code and length in words. */
function nameAt(
  table: NameTable,
  lower: readonly string[],
  index: number
): { code: string; length: number } | null {
  let key = lower[index];
  let found: { code: string; length: number } | null = null;
  const last = Math.min(lower.length, index + table.maxWords);
  for (let end = index + 1; end <= last; end++) {
    if (end > index + 1) {
      key += ` ${lower[end - 1]}`;
    }
    const code = table.codes.get(key);
    if (code !== undefined) {
      found = { code, length: end - index };
    }
  }
  return found;
}

/** The place codes a text names, in order (France as a whole gives none). */
export function placesNamed(text: string, limit = MAX_PLACE_TEXT): string[] {
  const table = nameTable();
  const { list, inParens } = wordsInText(text.slice(0, limit));
  const lower = list.map((word) => word.toLowerCase());
  // In text written all in lower case a name cannot be told by its capital.
  const anyCapital = list.some((word, index) => word !== lower[index]);
  const found: string[] = [];
  for (let index = 0; index < list.length; ) {
    const word = list[index];
    const name =
      table.firstWords.has(lower[index]) &&
      (!anyCapital || (word[0] >= "A" && word[0] <= "Z"))
        ? nameAt(table, lower, index)
        : null;
    if (name) {
      if (name.code !== NOWHERE) {
        found.push(name.code);
      }
      index += name.length;
      continue;
    }
    const code = departementOfNumber(
      word,
      inParens[index],
      list[index + 1] ?? ""
    );
    if (code) {
      found.push(code);
    }
    index++;
  }
  return found;
}

/**
 * A département from a postcode before a town's name, as addresses give it
 * (« 75007 Paris »: 20000-20199 is Corse-du-Sud, the rest of 20xxx
 * Haute-Corse, 97xxx and 98xxx overseas), or from a département number in
 * brackets (« Bordeaux (33) »). Other numbers (« 12 semaines », « 20000
 * habitants ») are not places.
 */
function departementOfNumber(
  word: string,
  inParens: boolean,
  next: string
): string | null {
  let insee: string | null = null;
  if (/^\d{5}$/.test(word) && /^[A-Z]/.test(next)) {
    if (word.startsWith("97") || word.startsWith("98")) {
      insee = word.slice(0, 3);
    } else if (word.startsWith("20")) {
      insee = Number(word) < 20200 ? "2A" : "2B";
    } else {
      insee = word.slice(0, 2);
    }
  } else if (inParens && /^(?:\d{2}|2[AB]|9[78]\d)$/i.test(word)) {
    insee = word.toUpperCase();
  }
  const code = insee && departementCode(insee);
  return code && placeEntry(code) ? code : null;
}

/**
 * The posting's place from the places a text names: the first one, as
 * precisely as the text gives it (« Occitanie (Toulouse) » and « Toulouse,
 * Occitanie » are both the Haute-Garonne). Abroad only when no French
 * place is named.
 */
export function placeOfText(
  text: string,
  limit = MAX_PLACE_TEXT
): string | null {
  const found = placesNamed(text, limit);
  const french = found.filter((code) => code !== PLACE_ABROAD);
  if (french.length === 0) {
    return found.length > 0 ? PLACE_ABROAD : null;
  }
  const first = placeEntry(french[0])!;
  if (first.kind === "region") {
    const inside = french.find(
      (code) => placeEntry(code)?.region === first.code && code !== first.code
    );
    return inside ?? first.code;
  }
  return first.code;
}

const HYBRID = /\bhybride?\b/;
const ON_SITE =
  /\b(?:sur site|en presentiel|100 ?% presentiel|on site|onsite|pas de teletravail)\b/;
const REMOTE_WORD = /\b(?:teletravail|remote|a distance|distanciel|telework)\b/;
const EITHER = /\bou\b|\bor\b|\//;

/**
 * Remote work as short text states it. Beside a place, a bare mention of
 * remote work offered as an alternative (« Lyon ou à distance ») is full,
 * otherwise (« Paris + télétravail ») partial; alone (« Remote ») full.
 */
export function remoteOfText(
  text: string,
  hasPlace: boolean
): RemoteMode | null {
  const folded = fold(text.slice(0, MAX_PLACE_TEXT));
  if (FULL_REMOTE.some((pattern) => pattern.test(folded))) {
    return "full";
  }
  if (PARTIAL_REMOTE.some((pattern) => pattern.test(folded))) {
    return "partial";
  }
  if (HYBRID.test(folded)) {
    return "partial";
  }
  if (ON_SITE.test(folded)) {
    return "none";
  }
  if (REMOTE_WORD.test(folded)) {
    return hasPlace && !EITHER.test(folded) ? "partial" : "full";
  }
  return null;
}

export interface PlaceReading {
  place: string | null;
  remote: RemoteMode | null;
}

/** A location field's text as a place code and a remote mode. */
export function readPlaceText(text: string): PlaceReading {
  const place = placeOfText(text);
  return { place, remote: remoteOfText(text, place !== null) };
}

// Lines of a description that say where the job is: where one is based,
// comes in, meets or travels to. Other lines name places for other reasons
// (a partner's city, a programme's name).
const WHERE_HINT =
  /\b(?:lieu|localisation|basee?s? (?:a|en|dans)|presence|deplacements?|reunions?|locaux|bureaux?|teletravail|remote|distance|situee?s? (?:a|en|dans)|sur place)\b/;

const MAX_LINE = 2000;

/**
 * The place of the first line of a body that says where the job is and
 * names a French place; abroad when only places abroad are named. `lines`
 * are the body's lines in plain text, `folded` the same lines folded
 * (text.ts's foldLines, which the parser has made already). Lines longer
 * than 2,000 characters are not read.
 */
export function placeFromLines(
  lines: readonly string[],
  folded: readonly string[] = lines.map(fold)
): { place: string; line: number } | null {
  let abroad: { place: string; line: number } | null = null;
  for (let line = 0; line < lines.length; line++) {
    const text = lines[line];
    if (text.length > MAX_LINE || !WHERE_HINT.test(folded[line] ?? "")) {
      continue;
    }
    const place = placeOfText(text, MAX_LINE);
    if (place === PLACE_ABROAD) {
      abroad ??= { place, line };
    } else if (place) {
      return { place, line };
    }
  }
  return abroad;
}
