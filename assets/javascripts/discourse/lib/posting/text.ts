// Text folding shared by the normalisers: case, accents and French inclusive
// writing vary freely in the files, so matching happens on a folded form.

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

/**
 * JSON.stringify's text of a YAML value, up to a little more than `limit`
 * characters: the walk stops there. js-yaml keeps aliases as shared
 * references, so a few hundred bytes of « billion laughs » make a value of
 * billions of items (or a cycle), which a whole JSON.stringify would write
 * out before it is cut. Every step of the walk writes at least one
 * character, so it takes at most about `limit` steps, and as many levels.
 */
export function boundedJson(value: object, limit: number): string {
  let text = "";
  const full = () => text.length > limit;
  const walk = (item: unknown, inArray: boolean): void => {
    if (item === null) {
      text += "null";
    } else if (typeof item === "string") {
      // Sliced past the room left, so the text still runs over the limit.
      text += JSON.stringify(item.slice(0, limit - text.length + 1));
    } else if (typeof item === "number") {
      text += Number.isFinite(item) ? String(item) : "null";
    } else if (typeof item === "boolean") {
      text += String(item);
    } else if (item instanceof Date) {
      text += Number.isNaN(item.getTime()) ? "null" : `"${item.toISOString()}"`;
    } else if (Array.isArray(item)) {
      text += "[";
      for (let index = 0; index < item.length && !full(); index++) {
        text += index > 0 ? "," : "";
        walk(item[index], true);
      }
      text += "]";
    } else if (typeof item === "object") {
      text += "{";
      let first = true;
      for (const key in item) {
        // Once full, the rest of the keys are passed over unread.
        if (Object.hasOwn(item, key) && !full()) {
          const entry: unknown = (item as Record<string, unknown>)[key];
          if (entry !== undefined) {
            text += `${first ? "" : ","}${JSON.stringify(key.slice(0, limit))}:`;
            first = false;
            walk(entry, false);
          }
        }
      }
      text += "}";
    } else if (inArray) {
      text += "null";
    }
  };
  walk(value, false);
  return text;
}

/**
 * The longest text a pattern reads: a longer value is kept as written (the
 * validator refuses it as too long, or nothing is guessed from it), a longer
 * line of the body is not read for guesses. Bounds what any pattern costs.
 */
export const MAX_PATTERN_TEXT = 2000;

/** Pieces of at most about this length: see inLineChunks. */
const CHUNK_LENGTH = 16_000;

/**
 * `transform` run over `text` in pieces cut at line ends, lines longer than
 * MAX_PATTERN_TEXT blanked, for transforms that keep the line count. V8's
 * global replace slows down more than linearly with hundreds of thousands
 * of matches in one string (measured: 4x the text, 10x the time), so a
 * long body goes through in pieces; a short one is transformed whole.
 */
export function inLineChunks<T>(
  text: string,
  transform: (chunk: string) => T[]
): T[] {
  if (text.length <= CHUNK_LENGTH) {
    return transform(text);
  }
  const out: T[] = [];
  let chunk: string[] = [];
  let length = 0;
  const flush = () => {
    for (const item of transform(chunk.join("\n"))) {
      out.push(item);
    }
    chunk = [];
    length = 0;
  };
  for (const line of text.split("\n")) {
    const kept = line.length > MAX_PATTERN_TEXT ? "" : line;
    if (length + kept.length > CHUNK_LENGTH) {
      flush();
    }
    chunk.push(kept);
    length += kept.length + 1;
  }
  flush();
  return out;
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

/**
 * `text` without the characters `edge` (a one-character class) matches at
 * its start and end, or at its end only. A loop rather than
 * `/^[…]+|[…]+$/g`: a regular expression retries `[…]+$` from every
 * position of a run that stops short of the end, quadratic in the run.
 */
export function trimEdges(
  text: string,
  edge: RegExp,
  sides: "both" | "end" = "both"
): string {
  let start = 0;
  let end = text.length;
  while (sides === "both" && start < end && edge.test(text[start])) {
    start++;
  }
  while (end > start && edge.test(text[end - 1])) {
    end--;
  }
  return start === 0 && end === text.length ? text : text.slice(start, end);
}
