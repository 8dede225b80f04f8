// From the front matter's keys to field entries: each key read as a field
// (or ignored), repeats and variants reported, and each field's entries
// sorted by key precedence for normalise.ts.

import type { FrontMatter } from "./front-matter.ts";
import { locateKeys } from "./front-matter.ts";
import {
  canonicalKey,
  KEY_ALIASES,
  type KeyTarget,
  MAX_KEY_LENGTH,
  readKey,
} from "./keys.ts";
import type { FieldEntries, FieldEntry } from "./normalise-entries.ts";
import { describeValue } from "./text.ts";
import type { PostingIssue, SourceValue } from "./types.ts";

const TARGET_ORDER = Object.keys(KEY_ALIASES) as KeyTarget[];

function aliasRank(target: KeyTarget, key: string): number {
  const aliases: readonly string[] = KEY_ALIASES[target];
  const index = aliases.indexOf(key);
  return index < 0 ? aliases.length : index;
}

export interface CollectedEntries {
  entries: FieldEntries;
  ignored: SourceValue[];
}

/** Reads the mapping's keys; warnings go to `warnings`. */
export function collectEntries(
  data: Record<string, unknown>,
  frontMatter: FrontMatter,
  warnings: PostingIssue[]
): CollectedEntries {
  // One pass, and a Map (a key may be `__proto__` or `constructor`): the
  // last line of each key, as js-yaml keeps the last value.
  const lastLine = new Map<string, number>();
  for (const location of locateKeys(frontMatter)) {
    if (lastLine.has(location.key)) {
      warnings.push({
        code: "duplicate_key",
        line: location.line,
        params: { key: location.key },
      });
    }
    lastLine.set(location.key, location.line);
  }
  const lineOf = (key: string) => lastLine.get(key) ?? null;

  const ranked: Partial<
    Record<KeyTarget, Array<{ entry: FieldEntry; rank: number }>>
  > = {};
  const ignored: SourceValue[] = [];
  for (const [key, value] of Object.entries(data)) {
    const line = lineOf(key);
    const reading = readKey(key);
    if (reading.target === null) {
      const named = describeValue(key, MAX_KEY_LENGTH);
      ignored.push({ key: named, value: describeValue(value), line });
      if (!reading.ignored) {
        warnings.push({ code: "unknown_key", line, params: { key: named } });
      }
      continue;
    }
    if (reading.guessedFrom) {
      warnings.push({
        code: "key_variant",
        line,
        params: { key, understood: reading.guessedFrom },
      });
    }
    const list = (ranked[reading.target] ??= []);
    const alias = reading.guessedFrom ?? canonicalKey(key);
    list.push({
      entry: { key, value, line },
      rank: aliasRank(reading.target, alias),
    });
  }
  // Each key's rank is read once: a comparator reading keys again would
  // cost a key reading per comparison, for thousands of key variants.
  const entries: FieldEntries = {};
  for (const target of TARGET_ORDER) {
    entries[target] = ranked[target]
      ?.sort((a, b) => a.rank - b.rank)
      .map(({ entry }) => entry);
  }
  return { entries, ignored };
}
