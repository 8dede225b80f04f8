// serialise(posting) → Markdown with YAML front matter, such that
// parse(serialise(p)) gives p back.
//
// The front matter uses the canonical schema: the wire contract's names
// without `job_` (role, contracts, team, location, remote, opens_at,
// closes_at, status, contact, apply_url, junior) plus title. The
// Incubateur's schema cannot say location, remote or junior, and its role and
// contrat are free text that would be normalised again; the canonical names
// carry codes, are what the server and the CLI's JSON use, and parse()
// reads them first. Every field is written, null included: a key that is
// present stops parse() from guessing that field from the body again.

import { CORE_SCHEMA, dump } from "js-yaml";
import { normaliseBody } from "./front-matter.ts";
import type { Posting, PostingFields } from "./types.ts";
import { POSTING_FIELD_NAMES } from "./types.ts";

export const CANONICAL_KEYS = ["title", ...POSTING_FIELD_NAMES] as const;

export function frontMatterOf(posting: Posting): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const key of CANONICAL_KEYS) {
    const value = posting[key as keyof PostingFields | "title"];
    fields[key] = Array.isArray(value) ? [...value] : (value ?? null);
  }
  return fields;
}

export function serialise(posting: Posting): string {
  const yaml = dump(frontMatterOf(posting), {
    schema: CORE_SCHEMA,
    lineWidth: -1,
    noRefs: true,
    flowLevel: 1,
    quotingType: '"',
  });
  const body = normaliseBody(posting.body);
  return `---\n${yaml}---\n${body === "" ? "" : `\n${body}\n`}`;
}
