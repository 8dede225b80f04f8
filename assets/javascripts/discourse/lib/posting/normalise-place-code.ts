// The posting's place code (places.ts): the front matter's `place` when it
// holds one, else what the location's text names (« Bordeaux (33) »), else
// the first line of the body that says where the job is. Guesses from the
// body leave a trace in `fields`, as the other guesses do.

import type { NormaliseContext } from "./normalise-entries.ts";
import { texts } from "./normalise-entries.ts";
import { placeFromLines, placeOfText } from "./place-text.ts";
import { isPlaceCode } from "./places.ts";

export function placeOf(
  context: NormaliseContext,
  location: string | null
): string | null {
  const { entries, warnings } = context;
  const entry = texts(entries.place)[0];
  if (entry) {
    const place = isPlaceCode(entry.text)
      ? entry.text
      : placeOfText(entry.text);
    if (place === null) {
      warnings.push({
        code: "place_not_recognised",
        field: "place",
        line: entry.line,
        params: { value: entry.text },
      });
    }
    return place;
  }
  if (entries.place) {
    return null;
  }
  if (location !== null) {
    const place = placeOfText(location);
    if (place !== null) {
      return place;
    }
  }
  const lines = context.plainBody().split("\n");
  const guess = placeFromLines(lines, context.bodyLines());
  if (guess) {
    context.guessed(
      "place",
      lines[guess.line].trim().slice(0, 200),
      guess.line
    );
    return guess.place;
  }
  return null;
}
