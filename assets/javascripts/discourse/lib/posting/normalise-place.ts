// Location and remote work, guessed from the body only when it states them
// plainly (« Lieu : Paris », « Poste basé à Marseille », « télétravail
// partiel »). When in doubt, nothing: a moderator fills the field.

import { trimEdges } from "./bounds.ts";
import { foldLines } from "./text.ts";
import type { RemoteMode } from "./types.ts";

// Every phrase below names remote work with one of these words: a line
// without any of them is passed over without running the patterns
// (test/node/posting-normalise-test.ts checks the lists keep to them).
export const REMOTE_WORDS = ["teletravail", "remote", "distance"] as const;

export const FULL_REMOTE = [
  /\b100 ?% (?:en )?(?:remote|teletravail|a distance)/,
  /\bfull ?-?remote\b/,
  /\bteletravail (?:total|complet|integral|par defaut|est la norme)/,
  /\bentierement (?:a distance|en teletravail)/,
  /\bposte en teletravail\b/,
  /\blocalisation ?: en teletravail\b/,
  /^\W*teletravail avec possibilite de deplacements/,
  /\bsemaine en teletravail\b/,
  /\btravaille principalement a distance\b/,
];

export const PARTIAL_REMOTE = [
  /\bteletravail (?:partiel|possible|bienvenu|occasionnel|ponctuel)/,
  /\bpossibilite de teletravail\b/,
  /\bjours? (?:de |en )?teletravail\b/,
  /\ble teletravail est possible\b/,
  /\bteletravailler occasionnellement\b/,
  /\bremote (?:partiel|possible|friendly)\b/,
];

// A list as one pattern, so a line is scanned once rather than once per
// phrase: a line matches it exactly when it matches one of them.
function anyOf(patterns: readonly RegExp[], flags = ""): RegExp {
  return new RegExp(
    patterns.map((pattern) => `(?:${pattern.source})`).join("|"),
    flags
  );
}

const REMOTE_LINES = [
  [anyOf(FULL_REMOTE), "full"],
  [anyOf(PARTIAL_REMOTE), "partial"],
] as const;

export interface PlaceGuess {
  value: string;
  /** 0-based line in the body. */
  line: number;
}

// Markdown emphasis, escapes and link targets out, link texts kept. The
// classes stop at line ends, so a whole body gives the lines one by one would,
// and at the next bracket: a scan that failed from one « [ » or « ]( » never
// runs past the next, so a line of them costs one pass (it was quadratic).
export function plain(text: string): string {
  return text
    .replace(/[*_\\]/g, "")
    .replace(/\[([^[\]\n]*)\]\([^()[\]\n]*\)/g, "$1");
}

export function guessRemote(
  body: string,
  lines: readonly string[] = foldLines(plain(body))
): (PlaceGuess & { value: RemoteMode }) | null {
  const candidates = lines.map(
    (text) =>
      text.length < 2000 && REMOTE_WORDS.some((word) => text.includes(word))
  );
  for (const [pattern, value] of REMOTE_LINES) {
    const line = lines.findIndex(
      (text, index) => candidates[index] && pattern.test(text)
    );
    if (line >= 0) {
      return { value, line };
    }
  }
  return null;
}

const PLACE = String.raw`(\p{Lu}[\p{L}'’\-]+(?: (?:\p{Lu}[\p{L}'’\-]+|sur|en|de|la|le)){0,3})`;

// No `i` flag: with it, \p{Lu} would match lower case too, and a place is
// told from the words around it by its capitals.
export const LOCATION_PATTERNS = [
  new RegExp(
    String.raw`^\W*(?:[Ll]ieu|[Ll]ocalisation)\s*:\s*(?:à\s+)?` + PLACE,
    "u"
  ),
  new RegExp(
    String.raw`\b[Pp]oste (?:est )?bas[ée]e?\s+(?:chez [^,\n]{1,100},\s*)?à\s+` +
      PLACE,
    "u"
  ),
  new RegExp(String.raw`^\W*(?:[Pp]oste )?[Bb]as[ée]e?\s+à\s+` + PLACE, "u"),
  new RegExp(String.raw`\b[Ll]ocalisation à\s+` + PLACE, "u"),
  new RegExp(
    String.raw`\btemps (?:plein|partiel)\b[^.\n]{0,200}\bbas[ée]e?\s+à\s+` +
      PLACE,
    "u"
  ),
];

/** Words that start a « Lieu : » line without naming a place. */
const NOT_PLACES = new Set([
  "en",
  "à",
  "a",
  "télétravail",
  "teletravail",
  "remote",
  "distance",
  "france",
  "partout",
]);

// Lines that none of the patterns match are passed over in one test, and
// most lines in a cheaper one first: every pattern holds « lieu »,
// « localisation » or « basé(e) » (test/node/posting-normalise-test.ts).
const ANY_LOCATION = anyOf(LOCATION_PATTERNS, "u");
export const LOCATION_HINT = /ieu|ocalisation|as[ée]/;

export function guessLocation(
  body: string,
  plainBody: string = plain(body)
): PlaceGuess | null {
  const lines = plainBody.split("\n");
  for (let index = 0; index < lines.length; index++) {
    const text = lines[index];
    if (
      text.length > 2000 ||
      !LOCATION_HINT.test(text) ||
      !ANY_LOCATION.test(text)
    ) {
      continue;
    }
    for (const pattern of LOCATION_PATTERNS) {
      const match = pattern.exec(text);
      const place = match?.[1] && trimEdges(match[1], /[\s'’-]/, "end");
      if (
        place &&
        /^\p{Lu}/u.test(place) &&
        !NOT_PLACES.has(place.split(" ")[0].toLowerCase())
      ) {
        return { value: place, line: index };
      }
    }
  }
  return null;
}
