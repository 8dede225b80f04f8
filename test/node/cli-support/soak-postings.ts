// Many distinct, valid posting files made from the sample postings, for the
// importer's soak test. Each one is a sample's posting with its title, body
// and some fields varied, serialised with the plugin's own serialise() and
// read back through the CLI's own reader, so every file is one the importer
// accepts and the test knows exactly what it should publish.

import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  parse,
  type Posting,
  serialise,
  validate,
} from "../../../assets/javascripts/discourse/lib/posting/index.ts";
import { findPostingFiles } from "../../../cli/files.ts";
import { translatorForLanguage } from "../../../cli/i18n.ts";
import { readPosting } from "../../../cli/read-posting.ts";
import { REPO } from "./harness.ts";
import type { Random } from "./soak-random.ts";

export const SAMPLES = join(REPO, "test/fixtures/postings");

export interface SoakFile {
  path: string;
  posting: Posting;
}

const TEAMS = [
  "Aidants Connect",
  "Incubateur des Territoires",
  "Mon Suivi Social",
  "Base Adresse Locale",
  null,
];
const LOCATIONS = ["Paris", "Lyon", "Toulouse", "Nantes", "Lille", null];
const REMOTES = ["none", "partial", "full", null] as const;
const STATUSES = ["open", "open", "filled", "closed"] as const;

/** Every sample that parses and validates, in a stable order. */
export function validSamples(): Posting[] {
  const postings: Posting[] = [];
  for (const { path } of findPostingFiles([SAMPLES])) {
    const result = parse(new Uint8Array(readFileSync(path)), {
      fileName: path,
    });
    if (result.ok && validate(result.posting).valid) {
      postings.push(result.posting);
    }
  }
  return postings;
}

function isoDay(base: string, days: number): string {
  const date = new Date(`${base}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The sample with its title, body and a few fields changed; the sample itself when a change would not validate. */
function variant(sample: Posting, index: number, random: Random): Posting {
  const number = String(index + 1).padStart(3, "0");
  // One file in four keeps its sample's own title, as real folders do: the
  // same title in several files, some too short for Discourse.
  const title =
    index % 4 === 3
      ? sample.title
      : `${sample.title.slice(0, 200).trim()} – offre ${number}`;
  const body = `${sample.body}\n\nRéférence de l'offre : SOAK-${number}-${random.int(1e6)}`;
  const opens = isoDay("2024-01-01", random.int(300));
  const varied: Posting = {
    ...sample,
    title,
    body,
    team: random.pick(TEAMS),
    location: random.pick(LOCATIONS),
    remote: random.pick(REMOTES),
    opens_at: opens,
    closes_at: random.int(4) === 0 ? null : isoDay(opens, 1 + random.int(90)),
    status: random.pick(STATUSES),
    junior: random.int(5) === 0,
  };
  return validate(varied).valid ? varied : { ...sample, title, body };
}

/**
 * Writes `count` postings under `folder` (in two subfolders, so paths below
 * the import root have several parts) and returns each file with the
 * posting the importer will read from it.
 */
export function writeSoakPostings(
  folder: string,
  count: number,
  random: Random
): SoakFile[] {
  const samples = validSamples();
  const translate = translatorForLanguage("en");
  const titles = new Set<string>();
  const files: SoakFile[] = [];
  for (let index = 0; index < count; index++) {
    const posting = variant(samples[index % samples.length], index, random);
    const lot = join(folder, index % 2 === 0 ? "lot-a" : "lot-b");
    mkdirSync(lot, { recursive: true });
    const path = join(lot, `${String(index + 1).padStart(3, "0")}.md`);
    writeFileSync(path, serialise(posting));
    const read = readPosting(path, "2024-06-01", translate);
    if (!read.ok || read.invalid) {
      throw new Error(`generated posting ${path} does not read back valid`);
    }
    const key = read.posting.title.toLowerCase();
    if (titles.has(key) && index % 4 !== 3) {
      throw new Error(`generated title repeated: ${read.posting.title}`);
    }
    titles.add(key);
    files.push({ path, posting: read.posting });
  }
  return files;
}
