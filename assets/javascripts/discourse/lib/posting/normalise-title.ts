// Titles for display: « un·e développeur·se 🚀 » → « Développeur·se ».
// Idempotent, so that parse(serialise(posting)) keeps the title.

import { MAX_PATTERN_TEXT, trimEdges } from "./bounds.ts";
import { stripEmoji } from "./text.ts";

const INCLUSIVE_ARTICLE = String.raw`un(?:\s*[·‧•⋅∙.\-]\s*e|\s*\(e\))`;
const LEADING_ARTICLE = new RegExp(
  String.raw`^(?:${INCLUSIVE_ARTICLE}|une ou un|un ou une|une|un)\s+(?=\S)`,
  "iu"
);
const EDGE_PUNCTUATION = /[\s\-–—|/:,;]/;

/** « un développeur ou une développeuse » → « développeur ou développeuse ». */
const ARTICLE_AFTER_OR = new RegExp(
  String.raw`\b(ou|et) (?:${INCLUSIVE_ARTICLE}|une|un) `,
  "iu"
);

function once(title: string): string {
  const stripped = trimEdges(
    stripEmoji(title).replace(/\s+/g, " "),
    EDGE_PUNCTUATION
  );
  const withoutArticle = stripped.replace(LEADING_ARTICLE, "");
  if (withoutArticle === stripped) {
    // Nothing removed: the title starts as its author wrote it (« beta.gouv »).
    return stripped;
  }
  const tidied = withoutArticle.replace(ARTICLE_AFTER_OR, "$1 ");
  return tidied.charAt(0).toLocaleUpperCase("fr") + tidied.slice(1);
}

export function normaliseTitle(title: string): string {
  if (title.length > MAX_PATTERN_TEXT) {
    // Kept as written: the validator says it is too long.
    return title;
  }
  let current = title;
  for (let round = 0; round < 10; round++) {
    const next = once(current);
    if (next === current) {
      return next;
    }
    current = next;
  }
  return current;
}
