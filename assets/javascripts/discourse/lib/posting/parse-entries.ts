// From the front matter's keys to field entries: each key read as a field
// (or ignored), repeats and variants reported, and each field's entries
// sorted by key precedence for normalise.ts.

import type { FrontMatter } from "./front-matter.ts";
import { locateKeys } from "./front-matter.ts";
import { canonicalKey, KEY_ALIASES, type KeyTarget, readKey } from "./keys.ts";
import type { FieldEntries } from "./normalise-entries.ts";
import { describeValue } from "./text.ts";
import type { PostingIssue, SourceValue } from "./types.ts";

const TARGET_ORDER = Object.keys(KEY_ALIASES) as KeyTarget[];

function aliasRank(target: KeyTarget, key: string): number {
  const aliases: readonly string[] = KEY_ALIASES[target];
  const index = aliases.indexOf(key);
  return index < 0 ? aliases.length : index;
}

function readKeyAlias(key: string): string {
  return readKey(key).guessedFrom ?? canonicalKey(key);
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
  const locations = locateKeys(frontMatter);
  const lineOf = (key: string) => {
    const found = locations.filter((location) => location.key === key);
    return found.length > 0 ? found[found.length - 1].line : null;
  };
  const seen = new Set<string>();
  for (const location of locations) {
    if (seen.has(location.key)) {
      warnings.push({
        code: "duplicate_key",
        line: location.line,
        params: { key: location.key },
      });
    }
    seen.add(location.key);
  }

  const entries: FieldEntries = {};
  const ignored: SourceValue[] = [];
  for (const [key, value] of Object.entries(data)) {
    const line = lineOf(key);
    const reading = readKey(key);
    if (reading.target === null) {
      ignored.push({ key, value: describeValue(value), line });
      if (!reading.ignored) {
        warnings.push({ code: "unknown_key", line, params: { key } });
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
    const list = (entries[reading.target] ??= []);
    list.push({ key, value, line });
  }
  for (const target of TARGET_ORDER) {
    entries[target]?.sort(
      (a, b) =>
        aliasRank(target, readKeyAlias(a.key)) -
        aliasRank(target, readKeyAlias(b.key))
    );
  }
  return { entries, ignored };
}
