// Text folding shared by the normalisers: case, accents and French inclusive
// writing vary freely in the files, so matching happens on a folded form.

import { boundedJson, MAX_PATTERN_TEXT } from "./bounds.ts";

const INCLUSIVE_SEPARATORS = /(\p{L})[·‧•⋅∙.\-](?=\p{L})/gu;
const INCLUSIVE_PARENS = /(\p{L})\((\p{L}{1,5})\)/gu;

// Every combining mark (\p{M}) lies in U+0300–U+036F, the marks of Latin
// accents, or in U+0483–U+1FFF, U+20D0–U+FFFF or beyond (surrogates). The
// Unicode property class is several times slower than a plain one, so it
// runs only when text holds characters of those other ranges.
const LATIN_MARKS = /[\u0300-\u036f]/g;
const MAYBE_OTHER_MARKS = /[\u0483-\u1fff\u20d0-\uffff]/;

function stripMarks(text: string): string {
  const stripped = text.replace(LATIN_MARKS, "");
  return MAYBE_OTHER_MARKS.test(stripped)
    ? stripped.replace(/\p{M}/gu, "")
    : stripped;
}

function foldCharacters(text: string): string {
  return stripMarks(text.normalize("NFD"))
    .toLowerCase()
    .replace(/[’‘`´]/g, "'");
}

// Runs of white space become one space. Only runs of two or more, and
// single white space other than a space, need replacing: the same result as
// /\s+/g → " " without rewriting every single space.
const SPACES = /\s{2,}|[^\S ]/g;
const SPACES_IN_LINE = /[^\S\n]{2,}|[^\S \n]/g;

/** Lower case, no diacritics, straight apostrophes, single spaces. */
export function fold(text: string): string {
  return foldCharacters(text).replace(SPACES, " ").trim();
}

/**
 * The fold() of each line of a text. Decomposition, marks, case and
 * apostrophes never reach across a line end, so they run once on the whole
 * text rather than once per line: the same lines as
 * `text.split("\n").map(fold)`, for a good part less of the parser's time on
 * long bodies.
 */
export function foldLines(text: string): string[] {
  return foldCharacters(text)
    .replace(SPACES_IN_LINE, " ")
    .split("\n")
    .map((line) => line.trim());
}

/**
 * fold() plus inclusive writing joined up: « chargé·e » → « chargee »,
 * « développeur.se » → « developpeurse », « chargé(e) » → « chargee »,
 * « full-stack » → « fullstack ». Patterns then match on word stems.
 */
export function foldInclusive(text: string): string {
  let folded = fold(text).replace(INCLUSIVE_PARENS, "$1$2");
  // Twice: « développeur·se·s » has two separators sharing a letter.
  folded = folded.replace(INCLUSIVE_SEPARATORS, "$1");
  return folded.replace(INCLUSIVE_SEPARATORS, "$1");
}

/** The value as one line of text, bounded, whatever it was in YAML. */
export function describeValue(value: unknown, limit = 500): string {
  let text: string;
  if (value === null || value === undefined) {
    text = "";
  } else if (value instanceof Date) {
    text = Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString();
  } else if (typeof value === "object") {
    text = boundedJson(value, limit);
  } else {
    text = String(value);
  }
  return text.length > limit ? `${text.slice(0, limit)}…` : text;
}

/** A YAML value as a trimmed string, or null when empty or not a scalar. */
export function scalarText(value: unknown): string | null {
  if (typeof value === "string") {
    const trimmed = (
      value.length > MAX_PATTERN_TEXT ? value : value.replace(/\s+/g, " ")
    ).trim();
    return trimmed === "" ? null : trimmed;
  }
  if (typeof value === "number" || typeof value === "boolean") {
    return String(value);
  }
  return null;
}

const EMOJI =
  /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}\u{FE0E}\u{FE0F}\u{200D}\u{20E3}]/gu;

export function stripEmoji(text: string): string {
  return text.replace(EMOJI, "");
}
