import { spawnSync } from "node:child_process";
import QUnit from "qunit";
import { emptyJobFields } from "../../assets/javascripts/discourse/lib/job-fields.ts";
import {
  type Posting,
  type PostingFields,
  validate,
} from "../../assets/javascripts/discourse/lib/posting/index.ts";
import { randomFor } from "../fuzz/generate.ts";

// Issue 16: the apply link and contact rules are written twice, in
// TypeScript (wire-text.ts) and Ruby (posting_validator.rb). Beyond the
// shared table, generated links and addresses go through both validators,
// the Ruby one in one `ruby` run, and must get the same verdict.

const SEED = 16;
const COUNT = 1500;

// Characters whose Unicode classes are the same in Ruby 3.1 (Unicode 13)
// and Node 20: nothing added to Unicode since.
const ODD = [
  " ",
  "\t",
  "\n",
  "\u0000",
  "\u007f",
  "\u0085",
  "\u00a0",
  "\u00ad",
  "\u200b",
  "\u200e",
  "\u202e",
  "\u2066",
  "\u3000",
  "\ufeff",
  "\\",
  "@",
  ":",
  "/",
  "?",
  "#",
  "%",
  "[",
  "]",
  "{",
  "}",
  "<",
  ">",
  '"',
  "'",
  ",",
  ";",
  ".",
  "-",
  "_",
  "é",
  "ſ",
  "\u212a",
  "１",
  "ｅ",
  "е",
];

const SCHEMES = [
  "https://",
  "http://",
  "HTTPS://",
  "hTtP://",
  "https:/",
  "https:",
  "//",
  "",
  // eslint-disable-next-line no-script-url -- a hostile value under test
  "javascript:",
  " https://",
  "ht\ttps://",
  "httpſ://",
  "ftp://",
  "data:",
  "\u0001https://",
];
const USERS = ["", "", "", "u@", "u:p@", "evil.example\\@", "@", "a@b@"];
const HOSTS = [
  "example.org",
  "www.beta.gouv.fr",
  "EXAMPLE.ORG",
  "a-b.example.org",
  "xn--exmple-cua.org",
  "xn--p1ai",
  "127.0.0.1",
  "127.1",
  "2130706433",
  "0x7f.1",
  "0177.0.0.1",
  "１２７.0.0.1",
  "exämple.org",
  "ｅｘａｍｐｌｅ.org",
  "bеta.gouv.fr",
  "[::1]",
  "localhost",
  "example.org.",
  ".example.org",
  "a..b.org",
  "-a.org",
  "a-.org",
  "a_b.org",
  "exa%41mple.org",
  "example.123",
  "example.o",
  `${"a".repeat(63)}.org`,
  `${"a".repeat(64)}.org`,
  `${"a.".repeat(126)}org`,
  "",
];
const PORTS = [
  "",
  "",
  "",
  ":",
  ":80",
  ":65535",
  ":65536",
  ":99999",
  ":00080",
  ":8a",
  "::",
];
const PATHS = [
  "",
  "/",
  "/offre",
  "/a?q=1&r=2#x",
  "?q=<script>",
  "#apply",
  "/@team",
  "\\jobs",
  "/a b",
  "/\u202efdp.exe",
  "/%0a",
];
const LOCALS = [
  "jobs",
  "o'brien",
  "a.b+c",
  "rh.equipe",
  "",
  '"x"',
  "a b",
  "é",
  "a<b",
  "mailto:jobs",
  "a?b",
  "a/b",
];
const DOMAINS = [
  ...HOSTS,
  "example.org?bcc=x",
  "exa/mple.org",
  "exa#mple.org",
  "{example}.org",
  "example.org>",
];

type Random = ReturnType<typeof randomFor>;

/** One piece of `parts`, now and then with an odd character put in. */
function piece(random: Random, parts: readonly string[]): string {
  const part = random.pick(parts);
  if (random.next() >= 0.15) {
    return part;
  }
  const at = random.int(part.length + 1);
  return part.slice(0, at) + random.pick(ODD) + part.slice(at);
}

function generatedUrl(random: Random): string {
  return [SCHEMES, USERS, HOSTS, PORTS, PATHS]
    .map((parts) => piece(random, parts))
    .join("");
}

function generatedEmail(random: Random): string {
  const at = random.pick(["@", "@", "@", "@@", "", " @"]);
  return piece(random, LOCALS) + at + piece(random, DOMAINS);
}

type Field = "apply_url" | "contact";

interface Probe {
  field: Field;
  value: string;
}

const VALID: Posting = {
  ...(emptyJobFields() as PostingFields),
  title: "Développeur·se",
  body: "Une description.",
  role: "coach",
};

function typescriptCodes({ field, value }: Probe): string[] {
  return validate({ ...VALID, [field]: value })
    .errors.filter((error) => error.field === field)
    .map((error) => error.code);
}

const RUBY = `
require "json"
require_relative "spec/plain/support"
probes = JSON.parse($stdin.read)
validator = DiscourseJobBoard::PostingValidator.new
puts JSON.generate(
  probes.map do |probe|
    field = probe.fetch("field")
    errors = validator.call("role" => "coach", field => probe.fetch("value"))
    errors.select { |error| error.field == field }.map(&:code)
  end
)
`;

function rubyCodes(probes: Probe[]): string[][] {
  const run = spawnSync("ruby", ["-e", RUBY], {
    cwd: new URL("../../", import.meta.url),
    input: JSON.stringify(probes),
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) {
    throw new Error(`ruby failed: ${run.error?.message ?? run.stderr}`);
  }
  return JSON.parse(run.stdout) as string[][];
}

QUnit.module("posting | validate | TypeScript and Ruby agree", () => {
  QUnit.test(
    `${COUNT} generated links and ${COUNT} addresses get the same verdict`,
    (assert) => {
      const random = randomFor(SEED, 0);
      const probes: Probe[] = [
        ...Array.from({ length: COUNT }, () => ({
          field: "apply_url" as const,
          value: generatedUrl(random),
        })),
        ...Array.from({ length: COUNT }, () => ({
          field: "contact" as const,
          value: generatedEmail(random),
        })),
      ];
      const ruby = rubyCodes(probes);
      const disagreements = probes
        .map((probe, index) => ({
          ...probe,
          typescript: typescriptCodes(probe),
          ruby: ruby[index],
        }))
        .filter(
          (outcome) =>
            JSON.stringify(outcome.typescript) !== JSON.stringify(outcome.ruby)
        );
      assert.deepEqual(disagreements.slice(0, 10), [], "no disagreement");

      // The generator reaches both verdicts for both fields.
      for (const field of ["apply_url", "contact"] as const) {
        const verdicts = new Set(
          ruby
            .filter((_, index) => probes[index].field === field)
            .map((codes) => codes.length === 0)
        );
        assert.deepEqual([...verdicts].sort(), [false, true], field);
      }
    }
  );
});
