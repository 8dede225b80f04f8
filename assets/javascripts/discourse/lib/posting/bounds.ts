// What keeps the parser's cost linear in the file's size (issue 16): the
// longest text a pattern reads, a bounded walk of YAML values, trimming by
// loop, and long bodies read in pieces. test/node/posting-linear-growth-test.ts
// checks the worst case of each pattern and YAML construct.

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
