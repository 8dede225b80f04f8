// Fuzzed posting files: the bundled samples mutated (bytes flipped, lines
// deleted, duplicated or swapped, truncated, line endings mixed, YAML junk,
// deep nesting, huge scalars, odd unicode, random keys) or front matter made
// up from scratch, or the worst case of a pattern or YAML construct
// (worst-cases.ts). File `index` of run `seed` is always the same file, so a
// failure is replayed with `--seed S --only INDEX`.
/* eslint-disable no-bitwise -- a seeded generator and bit flips are bitwise by nature */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { WORST_CASES } from "./worst-cases.ts";

export interface FuzzFile {
  /** Text, or bytes (the parser reads both). */
  input: string | Uint8Array;
  /** What was done to which sample, for the report. */
  recipe: string[];
}

export interface Sample {
  name: string;
  text: string;
}

export function loadSamples(): Sample[] {
  const root = new URL("../fixtures/postings/", import.meta.url);
  return readdirSync(root)
    .filter((dir) => statSync(new URL(dir, root)).isDirectory())
    .flatMap((dir) =>
      readdirSync(new URL(`${dir}/`, root)).map((file) => ({
        name: `${dir}/${file}`,
        text: readFileSync(new URL(`${dir}/${file}`, root), "utf8"),
      }))
    );
}

/** mulberry32, seeded per file from the run's seed and the file's index. */
export function randomFor(seed: number, index: number) {
  let state = (seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number) => Math.floor(next() * max);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)];
  return { next, int, pick };
}

type Random = ReturnType<typeof randomFor>;

const KEYS = [
  "title",
  "titre",
  "role",
  "roles",
  "contracts",
  "contrat",
  "team",
  "equipe",
  "startup",
  "location",
  "lieu",
  "remote",
  "teletravail",
  "opens_at",
  "poste_ouvert",
  "date",
  "closes_at",
  "poste_ferme",
  "depublication_date",
  "status",
  "open",
  "poste_pourvu",
  "contact",
  "email",
  "apply_url",
  "externalUrl",
  "junior",
  "techno",
  "Rôle ",
  "contrats",
  "__proto__",
  "constructor",
];

const SCALARS = [
  "",
  "~",
  "null",
  "true",
  "non",
  "0",
  "-1",
  "1e400",
  "0x1F",
  ".nan",
  "2022-02-29",
  "2022-13-45",
  "31/12/2026",
  "2026-11-23T25:61:00Z",
  "1er janvier",
  "CDI, CDD et freelance",
  "développement",
  "Paris (télétravail partiel)",
  "a@b.fr",
  // eslint-disable-next-line no-script-url -- a hostile value under test
  "javascript:alert(1)",
  "https://example.org/offre",
  '"quoted: value"',
  "'single ''quoted'''",
  "|\n  block\n  scalar",
  ">-\n  folded\n  text",
  "!!binary aGVsbG8=",
  "!!js/function 'function(){}'",
  "!!timestamp 2001-12-14t21:59:43.10-05:00",
  "!custom tag",
  "&anchor value",
  "*anchor",
  "*undefined_alias",
  "[a, b, [c, {d: e}]]",
  "{a: 1, b: [2, 3]}",
  "- item\n  - nested",
  "? complex\n: key",
  "<<: *anchor",
  "%YAML 1.2",
  "@reserved",
  "`backtick`",
  "\t tab",
  "value # comment",
  "a: b: c",
];

const JUNK_LINES = [
  "---",
  "...",
  "%YAML 1.1",
  "%TAG ! tag:example.org,2000:",
  "a: &a [x, x, x, x, x, x, x, x, x]",
  "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]",
  "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]",
  "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]",
  "e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]",
  "<<: {role: coach}",
  "? [complex, key]\n: value",
  "key: value\n  bad indent: x",
  "\tkey: tab indented",
  "- list at top",
  "key: 'unterminated",
  'key: "unterminated',
  "key: [unterminated",
  "key: {unterminated",
  "key: !!str",
  "key: !!int not a number",
  "key: !!map [x]",
  "key: !<tag:yaml.org,2002:str> x",
  "duplicate: 1\nduplicate: 2",
  "title: 1\ntitle: 2",
  "role:\n  - coach\n  - design",
  "contracts: {cdi: true}",
  "closes_at: [2022-01-01]",
  "junior: [oui]",
  "&anchor key: value",
  ": no key",
  "key:value",
  "key:    ",
  "#!comment only",
  "\u0000: nul key",
];

const ODD_CHARACTERS = [
  "\u0000",
  "\u0001",
  "\u0008",
  "\u000b",
  "\u000c",
  "\u001b",
  "\u007f",
  "\u0085",
  "\u00a0",
  "\u200b",
  "\u200d",
  "\u200e",
  "\u200f",
  "\u202a",
  "\u202e",
  "\u2028",
  "\u2029",
  "\u2066",
  "\ufeff",
  "\ufffe",
  "\uffff",
  "\ud800",
  "\udfff",
  "\u{1f680}",
  "\u{10ffff}",
  "e\u0301",
  "Z\u0338\u0321",
  "ß",
  "İ",
  "ﬃ",
  "ſ",
  "\u212a",
  "ـ",
  "中文",
  "עברית",
  "\r",
  "\r\n",
  "\t",
  ":",
  "#",
  "---",
  "'",
  '"',
  "\\",
  "{",
  "[",
  "&",
  "*",
  "!",
  "|",
  ">",
  "%",
  "@",
  "`",
];

const lines = (text: string) => text.split("\n");

/** Where the front matter's lines are, when the text has one. */
function frontMatterRange(all: string[]): [number, number] {
  const close = all.findIndex(
    (line, index) => index > 0 && /^(---|\.\.\.)\s*$/.test(line)
  );
  return close > 0 ? [1, close] : [0, all.length];
}

function insertLine(random: Random, text: string, line: string): string {
  const all = lines(text);
  const [start, end] = frontMatterRange(all);
  all.splice(start + random.int(end - start + 1), 0, line);
  return all.join("\n");
}

function randomScalar(random: Random): string {
  if (random.next() < 0.7) {
    return random.pick(SCALARS);
  }
  let text = "";
  const length = random.int(40);
  for (let i = 0; i < length; i++) {
    text +=
      random.next() < 0.5
        ? String.fromCharCode(32 + random.int(95))
        : random.pick(ODD_CHARACTERS);
  }
  return text;
}

function randomKey(random: Random): string {
  if (random.next() < 0.8) {
    return random.pick(KEYS);
  }
  return Array.from({ length: 1 + random.int(12) }, () =>
    String.fromCharCode(33 + random.int(0x2ff))
  ).join("");
}

function nested(random: Random): string {
  const depth = 1 + random.int(random.next() < 0.2 ? 20_000 : 200);
  switch (random.int(4)) {
    case 0:
      return `${randomKey(random)}: ${"[".repeat(depth)}x${"]".repeat(depth)}`;
    case 1:
      return `${randomKey(random)}: ${"{a: ".repeat(depth)}x${"}".repeat(depth)}`;
    case 2:
      return Array.from(
        { length: Math.min(depth, 400) },
        (_, level) => `${"  ".repeat(level)}k${level}:`
      ).join("\n");
    default:
      return `${randomKey(random)}:\n${Array.from(
        { length: Math.min(depth, 400) },
        (_, level) => `${"  ".repeat(level)}- `
      ).join("\n")}x`;
  }
}

function hugeScalar(random: Random): string {
  // Giant ones are rare: each costs the YAML reader tens of milliseconds.
  const size =
    random.next() < 0.04
      ? random.pick([300_000, 999_000, 1_000_001])
      : random.pick([1_000, 2_000, 5_000, 20_000]);
  const unit = random.pick(["x", "é", "\u{1f680}", "ab ", "\\n", "\u0000"]);
  const value = unit.repeat(Math.ceil(size / unit.length));
  return random.next() < 0.5
    ? `${randomKey(random)}: ${value}`
    : `${randomKey(random)}: |\n  ${value.slice(0, size / 2)}\n  ${value.slice(0, size / 2)}`;
}

const MUTATIONS: Record<string, (random: Random, text: string) => string> = {
  "delete lines": (random, text) => {
    const all = lines(text);
    all.splice(random.int(all.length), 1 + random.int(4));
    return all.join("\n");
  },
  "duplicate lines": (random, text) => {
    const all = lines(text);
    const at = random.int(all.length);
    all.splice(at, 0, ...all.slice(at, at + 1 + random.int(4)));
    return all.join("\n");
  },
  "swap lines": (random, text) => {
    const all = lines(text);
    const a = random.int(all.length);
    const b = random.int(all.length);
    [all[a], all[b]] = [all[b], all[a]];
    return all.join("\n");
  },
  truncate: (random, text) => text.slice(0, random.int(text.length + 1)),
  "mix line endings": (random, text) =>
    text.replace(/\r?\n/g, () => random.pick(["\n", "\r\n", "\r", "\n\r"])),
  "YAML junk": (random, text) =>
    insertLine(random, text, random.pick(JUNK_LINES)),
  "random key": (random, text) =>
    insertLine(random, text, `${randomKey(random)}: ${randomScalar(random)}`),
  "deep nesting": (random, text) => insertLine(random, text, nested(random)),
  "huge scalar": (random, text) => insertLine(random, text, hugeScalar(random)),
  unicode: (random, text) => {
    const at = random.int(text.length + 1);
    return (
      text.slice(0, at) +
      Array.from({ length: 1 + random.int(4) }, () =>
        random.pick(ODD_CHARACTERS)
      ).join("") +
      text.slice(at)
    );
  },
  "replace a value": (random, text) =>
    text.replace(/^([\w ]+):.*$/m, (_line, key: string) =>
      random.next() < 0.5
        ? `${key}: ${randomScalar(random)}`
        : `${randomKey(random)}: ${randomScalar(random)}`
    ),
};

/** Costly mutations come up less often, to keep 100,000 files within seconds. */
const WEIGHTS: Record<string, number> = {
  "huge scalar": 0.3,
  "deep nesting": 0.5,
};
const WEIGHTED = Object.keys(MUTATIONS).flatMap((name) =>
  Array.from<string>({ length: (WEIGHTS[name] ?? 1) * 10 }).fill(name)
);

function flipBytes(random: Random, text: string): Uint8Array {
  const bytes = new TextEncoder().encode(text);
  const flips = 1 + random.int(8);
  for (let i = 0; i < flips && bytes.length > 0; i++) {
    const at = random.int(bytes.length);
    bytes[at] =
      random.next() < 0.5 ? bytes[at] ^ (1 << random.int(8)) : random.int(256);
  }
  return bytes;
}

function fromScratch(random: Random): string {
  const fields = Array.from(
    { length: random.int(15) },
    () => `${randomKey(random)}: ${randomScalar(random)}`
  );
  const body = randomScalar(random);
  return random.next() < 0.9
    ? `---\n${fields.join("\n")}\n---\n${body}\n`
    : `${fields.join("\n")}\n${body}`;
}

/**
 * A worst case of the parser's patterns and YAML constructs, mostly small
 * (each costs time in proportion to its size), now and then mutated.
 */
function worstCase(random: Random): FuzzFile {
  const worst = random.pick(WORST_CASES);
  // Giant ones are rare: the fuzzer reads 100,000 files within its budget.
  const size =
    random.next() < 0.02
      ? random.pick([100_000, 300_000])
      : 100 + random.int(5_000);
  const recipe = [`worst case: ${worst.name} (${size})`];
  let text = worst.file(size);
  if (random.next() < 0.5) {
    const name = random.pick(WEIGHTED);
    recipe.push(name);
    text = MUTATIONS[name](random, text);
  }
  return { input: text, recipe };
}

export function fuzzFile(
  samples: readonly Sample[],
  seed: number,
  index: number
): FuzzFile {
  const random = randomFor(seed, index);
  const start = random.next();
  if (start < 0.1) {
    return { input: fromScratch(random), recipe: ["from scratch"] };
  }
  if (start < 0.12) {
    return worstCase(random);
  }
  const sample = random.pick(samples);
  const recipe = [sample.name];
  let text = sample.text;
  const count = 1 + random.int(4);
  for (let i = 0; i < count; i++) {
    const name = random.pick(WEIGHTED);
    recipe.push(name);
    text = MUTATIONS[name](random, text);
  }
  if (random.next() < 0.15) {
    recipe.push("flip bytes");
    const bytes = flipBytes(random, text);
    return { input: bytes, recipe };
  }
  return { input: text, recipe };
}
