import { load } from "js-yaml";
import { readFileSync } from "node:fs";
import QUnit from "qunit";
import {
  DEFAULT_VOCABULARIES,
  formatIssue,
  interpolate,
  MAX_APPLY_URL_LENGTH,
  MAX_CONTACT_LENGTH,
  MAX_LOCATION_LENGTH,
  MAX_TEAM_LENGTH,
  MAX_TITLE_LENGTH,
  parse,
  type Posting,
  translatorFor,
  validate,
} from "../../assets/javascripts/discourse/lib/posting/index.ts";

const base: Posting = {
  title: "Développeur·se",
  role: "developpement",
  contracts: ["freelance"],
  team: "Incubateur des Territoires",
  location: "Paris",
  place: "dep-75",
  remote: "partial",
  opens_at: "2026-01-05",
  closes_at: "2026-02-05",
  status: "open",
  contact: "incubateur@anct.gouv.fr",
  apply_url: "https://incubateur.anct.gouv.fr/recrutements/x",
  junior: false,
  pay_min: null,
  pay_max: null,
  pay_period: null,
  body: "Une description.",
};

const errorsOf = (change: Partial<Posting> | Record<string, unknown>) =>
  validate({ ...base, ...change } as Posting).errors.map(
    (issue) => `${issue.field}:${issue.code}`
  );

QUnit.module("posting | validate", () => {
  QUnit.test("a complete posting is valid, with no warning", (assert) => {
    assert.deepEqual(validate(base), { valid: true, errors: [], warnings: [] });
  });

  QUnit.test("codes come from the vocabulary", (assert) => {
    assert.deepEqual(errorsOf({ role: "astronaute" }), ["role:unknown_role"]);
    assert.deepEqual(errorsOf({ contracts: ["cdi", "bénévolat"] }), [
      "contracts:unknown_contract",
    ]);
    assert.deepEqual(errorsOf({ contracts: ["cdi", "cdi"] }), [
      "contracts:duplicate_contract",
    ]);
    const noCoach = {
      ...DEFAULT_VOCABULARIES,
      roles: DEFAULT_VOCABULARIES.roles.filter((r) => r.code !== "coach"),
    };
    assert.false(validate({ ...base, role: "coach" }, noCoach).valid);
  });

  QUnit.test("length limits, counted in characters", (assert) => {
    assert.deepEqual(errorsOf({ title: "é".repeat(MAX_TITLE_LENGTH) }), []);
    assert.deepEqual(errorsOf({ title: "é".repeat(MAX_TITLE_LENGTH + 1) }), [
      "title:too_long",
    ]);
    assert.deepEqual(errorsOf({ team: "x".repeat(MAX_TEAM_LENGTH + 1) }), [
      "team:too_long",
    ]);
    assert.deepEqual(
      errorsOf({ location: "x".repeat(MAX_LOCATION_LENGTH + 1) }),
      ["location:too_long"]
    );
    assert.deepEqual(
      errorsOf({ contact: `${"a".repeat(MAX_CONTACT_LENGTH)}@x.fr` }),
      ["contact:too_long"]
    );
    assert.deepEqual(
      errorsOf({
        apply_url: `https://a.fr/${"x".repeat(MAX_APPLY_URL_LENGTH)}`,
      }),
      ["apply_url:too_long"]
    );
    assert.deepEqual(
      validate({ ...base, title: "x".repeat(256) }).errors[0].params,
      { max: 255, length: 256 }
    );
    assert.deepEqual(errorsOf({ title: "  " }), ["title:required"]);
  });

  QUnit.test("dates", (assert) => {
    assert.deepEqual(errorsOf({ opens_at: "05/01/2026" }), [
      "opens_at:invalid_date",
    ]);
    assert.deepEqual(errorsOf({ closes_at: "2026-02-30" }), [
      "closes_at:invalid_date",
    ]);
    assert.deepEqual(errorsOf({ closes_at: "2026-01-04" }), [
      "closes_at:closes_before_opens",
    ]);
    assert.deepEqual(
      errorsOf({ closes_at: "2026-01-05" }),
      [],
      "closing the day it opens is fine"
    );
  });

  QUnit.test("e-mail and link", (assert) => {
    assert.deepEqual(errorsOf({ contact: "Ariane-Rose" }), [
      "contact:invalid_email",
    ]);
    assert.deepEqual(errorsOf({ contact: "a b@x.fr" }), [
      "contact:invalid_email",
    ]);
    for (const url of [
      // eslint-disable-next-line no-script-url -- the very links to refuse
      "javascript:alert(1)",
      // eslint-disable-next-line no-script-url -- idem, in another case
      "JavaScript:alert(1)",
      " javascript:alert(1)",
      "data:text/html,<b>",
      "vbscript:x",
      "ftp://a.fr",
    ]) {
      assert.deepEqual(
        errorsOf({ apply_url: url }),
        ["apply_url:unsafe_url"],
        url
      );
    }
    assert.deepEqual(errorsOf({ apply_url: "www.a.fr" }), [
      "apply_url:invalid_url",
    ]);
    assert.deepEqual(errorsOf({ apply_url: "https://" }), [
      "apply_url:invalid_url",
    ]);
    assert.deepEqual(errorsOf({ apply_url: "http://a.fr" }), []);
  });

  QUnit.test("status, remote, junior", (assert) => {
    assert.deepEqual(errorsOf({ status: "expired" }), [
      "status:invalid_status",
    ]);
    assert.deepEqual(errorsOf({ remote: "sometimes" }), [
      "remote:invalid_remote",
    ]);
    assert.deepEqual(errorsOf({ remote: null }), []);
    assert.deepEqual(errorsOf({ junior: "yes" }), ["junior:invalid_boolean"]);
  });

  QUnit.test(
    "warnings: an open posting with no closing date; no contract",
    (assert) => {
      const result = validate({ ...base, closes_at: null, contracts: [] });
      assert.true(result.valid);
      assert.deepEqual(
        result.warnings.map((issue) => issue.code),
        ["no_closing_date", "no_contract"]
      );
      assert.deepEqual(
        validate({ ...base, closes_at: null, status: "filled" }).warnings,
        []
      );
    }
  );
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
const fr = locale("fr");
const en = locale("en");

QUnit.module("posting | messages", () => {
  QUnit.test("%{name} interpolation, as Discourse does it", (assert) => {
    assert.strictEqual(
      interpolate("%{a} et %{b} %{c}", { a: 1, b: "x" }),
      "1 et x %{c}"
    );
  });

  QUnit.test(
    "a validation message names the field in each language",
    (assert) => {
      const issue = validate({ ...base, closes_at: "2026-01-01" }).errors[0];
      assert.strictEqual(
        formatIssue(issue, "errors", fr),
        "Le champ «\u202Fdate de clôture\u202F» (2026-01-01) précède la date d’ouverture (2026-01-05)."
      );
      assert.strictEqual(
        formatIssue(issue, "errors", en),
        "The closing date (2026-01-01) is before the opening date (2026-01-05)."
      );
    }
  );

  QUnit.test("a parse error says the line", (assert) => {
    const result = parse("\n---\nrole: a: b\n---\n");
    const message = result.ok
      ? "parsed"
      : formatIssue(result.errors[0], "errors", fr);
    assert.true(message.startsWith("Ligne 3\u00A0: "), message);
  });

  QUnit.test(
    "every code the core can produce has a message in both languages",
    (assert) => {
      const validationErrors = [
        "required",
        "too_long",
        "unknown_role",
        "unknown_contract",
        "duplicate_contract",
        "invalid_date",
        "closes_before_opens",
        "invalid_status",
        "invalid_remote",
        "invalid_boolean",
        "invalid_email",
        "unsafe_url",
        "invalid_url",
        "invalid_list",
        "invalid_text",
        "invalid_characters",
      ];
      const parseErrors = [
        "not_text",
        "file_too_large",
        "missing_front_matter",
        "unclosed_front_matter",
        "invalid_yaml",
        "front_matter_not_mapping",
        "missing_title",
        "internal_error",
      ];
      const warnings = [
        "text_before_front_matter",
        "duplicate_key",
        "unknown_key",
        "key_variant",
        "role_not_recognised",
        "contract_not_recognised",
        "contracts_from_body",
        "invalid_remote",
        "date_incomplete",
        "invalid_date",
        "invalid_status",
        "invalid_boolean",
        "contact_not_email",
        "invalid_url",
        "no_closing_date",
        "no_contract",
      ];
      const fields = Object.keys(base);
      for (const translate of [fr, en]) {
        for (const [kind, codes] of [
          ["errors", [...validationErrors, ...parseErrors]],
          ["warnings", warnings],
        ] as const) {
          for (const code of codes) {
            const text = formatIssue(
              { code, field: "title", line: 1, params: {} },
              kind,
              translate
            );
            assert.false(text.startsWith("["), `${kind}.${code}: ${text}`);
          }
        }
        for (const field of fields) {
          assert.false(
            translate(`discourse_job_board.posting.fields.${field}`).startsWith(
              "["
            ),
            field
          );
        }
      }
    }
  );
});
