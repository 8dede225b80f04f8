// The worst case of every pattern and YAML construct the parser meets, as a
// posting file of about `size` characters (issue 16): each was, or could
// be, slower than linear in its size. The linear-growth test
// (test/node/posting-linear-growth-test.ts) times them at two sizes; the
// fuzzer (generate.ts) mixes them into its files.

export interface WorstCase {
  name: string;
  /** A whole posting file of about `size` characters. */
  file: (size: number) => string;
}

const HEAD = "---\ntitle: Développeur·se\nrole: developpement\n";
/** For the title's cases: the title comes from the case's own line. */
const HEAD_WITHOUT_TITLE = "---\nrole: developpement\n";

/** `unit` repeated to about `size` characters. */
const fill = (unit: string, size: number) =>
  unit.repeat(Math.max(1, Math.floor(size / unit.length)));

/** A file whose front matter holds `lines`. */
const inFrontMatter = (lines: string) => `${HEAD}${lines}\n---\nUn texte.\n`;

/** A file whose title line is `line`. */
const withTitle = (line: string) =>
  `${HEAD_WITHOUT_TITLE}${line}\n---\nUn texte.\n`;

/** A file whose body is `body`. */
const inBody = (body: string) => `${HEAD}---\n${body}\n`;

/** Lines of at most ~`width` characters, to about `size` in all. */
const lines = (line: string, size: number) => fill(`${line}\n`, size).trimEnd();

export const WORST_CASES: readonly WorstCase[] = [
  // YAML constructs.
  {
    // Each level holds the one below nine times: 9^levels items behind a
    // few hundred bytes (« billion laughs »). The levels grow with the size,
    // 9^14 items at the limit; comments make up the rest of the file.
    name: "YAML aliases, nested (billion laughs)",
    file: (size) => {
      const levels = 3 + Math.ceil(size / 90_000);
      const anchors = Array.from({ length: levels }, (_, level) => {
        const item = level === 0 ? "x" : `*a${level - 1}`;
        return `a${level}: &a${level} [${Array(9).fill(item).join(", ")}]`;
      });
      const top = `*a${levels - 1}`;
      const aliases = `${anchors.join("\n")}\nteam: ${top}\ntechno: ${top}`;
      return inFrontMatter(
        `${aliases}\n${lines("# laughs", size - aliases.length)}`
      );
    },
  },
  {
    name: "YAML aliases, one big value repeated",
    file: (size) =>
      inFrontMatter(
        `big: &big [${fill("x, ", size / 2)}x]\nfan: [${fill("*big, ", size / 2)}*big]`
      ),
  },
  {
    name: "YAML flow nesting",
    file: (size) => {
      const depth = Math.floor(size / 2);
      return inFrontMatter(`team: ${"[".repeat(depth)}x${"]".repeat(depth)}`);
    },
  },
  {
    name: "YAML flow mappings nested",
    file: (size) => {
      const depth = Math.floor(size / 5);
      return inFrontMatter(
        `team: ${"{a: ".repeat(depth)}x${"}".repeat(depth)}`
      );
    },
  },
  {
    name: "YAML block sequences nested",
    file: (size) =>
      inFrontMatter(`techno:\n${lines("  - - - - - - - - - x", size)}`),
  },
  {
    name: "YAML many keys",
    file: (size) => {
      const count = Math.floor(size / 12);
      return inFrontMatter(
        Array.from({ length: count }, (_, i) => `k${i}: v`).join("\n")
      );
    },
  },
  {
    name: "YAML one key repeated",
    file: (size) => inFrontMatter(lines("equipe: x", size)),
  },
  {
    name: "YAML many list items",
    file: (size) => inFrontMatter(`contrat:\n${lines("  - cdi", size)}`),
  },
  {
    name: "YAML long plain scalar",
    file: (size) => inFrontMatter(`team: ${fill("ab ", size)}`),
  },
  {
    name: "YAML long quoted scalar with escapes",
    file: (size) => inFrontMatter(`team: "${fill("\\t\\\\", size)}"`),
  },
  {
    name: "YAML long block scalar",
    file: (size) => inFrontMatter(`team: |\n${lines("  lorem ipsum", size)}`),
  },
  {
    name: "YAML many comments",
    file: (size) => inFrontMatter(lines("# comment: x", size)),
  },
  // The key locator, key reading and the line finder.
  {
    name: "a front-matter line of spaces after a word (key locator)",
    file: (size) => inFrontMatter(`x${" ".repeat(size)}y: 1`),
  },
  {
    name: "a front-matter line of spaces, no colon (key locator)",
    file: (size) => inFrontMatter(`# x\nx${" ".repeat(size)}`),
  },
  {
    name: "a long key of underscores (canonicalKey)",
    file: (size) => inFrontMatter(`x${"_".repeat(size)}x: 1`),
  },
  {
    name: "a long key of dashes and spaces (canonicalKey)",
    file: (size) => inFrontMatter(`x${fill(" -.", size)}x: 1`),
  },
  {
    name: "a long quoted key",
    file: (size) => inFrontMatter(`"${fill("é ", size)}": 1`),
  },
  {
    name: "many keys, each a typo of a known key",
    file: (size) => {
      const count = Math.floor(size / 18);
      return inFrontMatter(
        Array.from({ length: count }, (_, i) => `contrta${i}: cdi`).join("\n")
      );
    },
  },
  // Field values.
  {
    name: "a title of dashes between letters (title edges)",
    file: (size) => withTitle(`title: x${"-".repeat(size)}x`),
  },
  {
    name: "a title of spaces and pipes between letters",
    file: (size) => withTitle(`title: "x${fill(" |", size)}x"`),
  },
  {
    name: "a title of inclusive articles",
    file: (size) => withTitle(`title: ${fill("un·e ", size)}x`),
  },
  {
    name: "a contact of many at signs",
    file: (size) => inFrontMatter(`contact: ${fill("a@", size)}`),
  },
  {
    name: "a contact of dotted words without an at sign",
    file: (size) => inFrontMatter(`contact: ${fill("a.", size)}`),
  },
  {
    name: "an apply link with a long host",
    file: (size) => inFrontMatter(`url: https://${fill("a.", size)}fr/`),
  },
  {
    name: "an apply link with a long run of slashes and spaces",
    file: (size) => inFrontMatter(`url: "https:${fill("/ ", size)}"`),
  },
  {
    name: "a contract value of repeated words",
    file: (size) => inFrontMatter(`contrat: ${fill("freelance-cdd ", size)}`),
  },
  {
    name: "a role value of repeated « chargé »",
    file: (size) => inFrontMatter(`role: ${fill("chargé ou chargé ", size)}`),
  },
  {
    name: "a date of many spaces",
    file: (size) => inFrontMatter(`date: "2022-01-01${" ".repeat(size)}x"`),
  },
  // The body.
  {
    name: "a body line of opening brackets (plain)",
    file: (size) => inBody("[".repeat(size)),
  },
  {
    name: "a body line of unclosed links (plain)",
    file: (size) => inBody(fill("[a](", size)),
  },
  {
    name: "body lines of opening brackets",
    file: (size) => inBody(lines("[".repeat(1999), size)),
  },
  {
    name: "a body of emphasis and escapes",
    file: (size) => inBody(fill("*_\\", size)),
  },
  {
    name: "a body of spaces",
    file: (size) => inBody(`x${" ".repeat(size)}x`),
  },
  {
    name: "a body of blank lines",
    file: (size) => inBody(`${fill(" \n", size)}x`),
  },
  {
    name: "body lines naming a place with trailing quotes",
    file: (size) => inBody(lines(`Lieu : France${"'".repeat(1900)}x`, size)),
  },
  {
    name: "body lines repeating « temps plein »",
    file: (size) => inBody(lines(fill("temps plein ", 1990), size)),
  },
  {
    name: "body lines repeating « Poste basé chez »",
    file: (size) => inBody(lines(fill("Poste basé chez a ", 1990), size)),
  },
  {
    name: "body lines repeating « télétravail »",
    file: (size) => inBody(lines(fill("teletravail 100 % ", 1990), size)),
  },
  {
    name: "body lines repeating « contrat »",
    file: (size) => inBody(lines(fill("contrat en ", 390), size)),
  },
  {
    name: "body lines of inclusive writing",
    file: (size) => inBody(lines(fill("chargé·e·s ", 1990), size)),
  },
  {
    name: "a body of combining marks",
    file: (size) => inBody(fill("e\u0301\u0483", size)),
  },
];
