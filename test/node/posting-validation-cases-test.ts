import { load } from "js-yaml";
import { readFileSync } from "node:fs";
import QUnit from "qunit";
import {
  DEFAULT_VOCABULARIES,
  formatIssue,
  type Posting,
  translatorFor,
  validate,
  type Vocabularies,
} from "../../assets/javascripts/discourse/lib/posting/index.ts";

// The table the Ruby validator is checked against too
// (spec/plain/posting_validator_spec.rb), so the two cannot drift.

interface ExpectedError {
  field: string;
  code: string;
}

interface ValidationCase {
  name: string;
  job: Record<string, unknown>;
  vocabularies?: Vocabularies;
  errors: ExpectedError[];
}

const table = JSON.parse(
  readFileSync(
    new URL("../fixtures/posting-validation-cases.json", import.meta.url),
    "utf8"
  )
) as { defaults: Record<string, unknown>; cases: ValidationCase[] };

/** Every wire field absent from a case and from the defaults is null. */
const NULL_FIELDS = {
  role: null,
  contracts: null,
  team: null,
  location: null,
  remote: null,
  opens_at: null,
  closes_at: null,
  status: null,
  contact: null,
  apply_url: null,
  junior: null,
  pay_min: null,
  pay_max: null,
  pay_period: null,
};

/** Bodies are not part of the table, titles seldom: valid ones unless the case has its own. */
const TEXT = { title: "Développeur·se", body: "Une description." };

const sorted = (errors: ExpectedError[]) =>
  errors
    .map(({ field, code }) => ({ field, code }))
    .sort((a, b) =>
      a.field === b.field
        ? a.code.localeCompare(b.code)
        : a.field.localeCompare(b.field)
    );

QUnit.module("posting | validate | shared case table", () => {
  for (const { name, job, vocabularies, errors } of table.cases) {
    QUnit.test(name, (assert) => {
      const posting = {
        ...NULL_FIELDS,
        ...table.defaults,
        ...TEXT,
        ...job,
      } as unknown as Posting;
      const result = validate(posting, vocabularies ?? DEFAULT_VOCABULARIES);
      assert.deepEqual(sorted(result.errors), sorted(errors));
      assert.strictEqual(result.valid, errors.length === 0);
    });
  }
});

const locale = (name: string) =>
  translatorFor(
    load(
      readFileSync(
        new URL(`../../config/locales/client.${name}.yml`, import.meta.url),
        "utf8"
      )
    ),
    name
  );

QUnit.module("posting | validate | the table's codes", () => {
  QUnit.test(
    "every code of the table has a message in both languages",
    (assert) => {
      const codes = new Set(
        table.cases.flatMap((c) => c.errors.map((error) => error.code))
      );
      for (const translate of [locale("fr"), locale("en")]) {
        for (const code of codes) {
          const text = formatIssue(
            { code, field: "team", params: {} },
            "errors",
            translate
          );
          assert.false(text.startsWith("["), `${code}: ${text}`);
        }
      }
    }
  );
});

// Inputs the table leaves out, each checked by hand against the Ruby
// validator: JSON types the TypeScript types rule out, and links whose
// reading depends on the details of the server's regular expressions.
const BEYOND_THE_TABLE: Array<[Record<string, unknown>, string[]]> = [
  [{ role: "\u0000" }, ["role:required"]],
  [{ role: "\u00a0" }, ["role:unknown_role"]],
  [{ role: ["coach"] }, ["role:unknown_role"]],
  [{ contracts: "cdi" }, ["contracts:invalid_list"]],
  [
    { contracts: [["cdi"], ["cdi"]] },
    [
      "contracts:duplicate_contract",
      "contracts:unknown_contract",
      "contracts:unknown_contract",
    ],
  ],
  [{ team: ["x"] }, ["team:invalid_text"]],
  [{ team: "a\u0085b" }, ["team:invalid_characters"]],
  [{ team: "\u200fفريق" }, []],
  [{ contact: ["a@b.fr"] }, ["contact:invalid_email"]],
  [{ contact: "a@b\u00a0.fr" }, ["contact:invalid_email"]],
  [{ contact: "a@b.\u{1f680}" }, ["contact:invalid_email"]],
  [{ apply_url: ["https://a.fr"] }, ["apply_url:invalid_url"]],
  [{ apply_url: "ht tp://example.org" }, ["apply_url:unsafe_url"]],
  [{ apply_url: "\u007fjavascript:alert(1)" }, ["apply_url:unsafe_url"]],
  [{ apply_url: "\ufeffjavascript:alert(1)" }, ["apply_url:invalid_url"]],
  [{ apply_url: "https://[::1]/" }, ["apply_url:invalid_url"]],
  [{ apply_url: "https://exa%41mple.org/" }, ["apply_url:invalid_url"]],
  [{ apply_url: "https://example.org\\path" }, ["apply_url:invalid_url"]],
  [{ apply_url: "https://example.org/\u0001" }, ["apply_url:invalid_url"]],
  [{ apply_url: "https://example.org:65535/" }, []],
  [{ apply_url: "https://u:p@exämple.org:/x" }, ["apply_url:invalid_url"]],
  [{ apply_url: "https://exämple.org/" }, ["apply_url:invalid_url"]],
];

QUnit.module("posting | validate | beyond the table", () => {
  for (const [job, expected] of BEYOND_THE_TABLE) {
    QUnit.test(JSON.stringify(job), (assert) => {
      const posting = {
        ...NULL_FIELDS,
        ...table.defaults,
        role: "coach",
        ...job,
        ...TEXT,
      } as unknown as Posting;
      assert.deepEqual(
        validate(posting)
          .errors.map((error) => `${error.field}:${error.code}`)
          .sort(),
        expected
      );
    });
  }
});
