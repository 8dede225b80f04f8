import { load } from "js-yaml";
import { readFileSync } from "node:fs";
import QUnit from "qunit";
import {
  DEFAULT_VOCABULARIES,
  parse,
  translatorFor,
} from "../../assets/javascripts/discourse/lib/posting/index.ts";
import type { JobFields } from "../../assets/javascripts/discourse/lib/posting-display.ts";
import {
  CODES_NAMING_THEIR_LINE,
  emptyJobFields,
  formIssues,
  hasContent,
  isImportableFileName,
  jobFieldsOf,
  locatedMessage,
  remoteOptions,
  sortServerErrors,
  statusOptions,
  textValue,
  toggledContracts,
  vocabularyOptions,
  withField,
} from "../../assets/javascripts/discourse/lib/posting-form.ts";

const localeFile = (locale: string) =>
  load(readFileSync(`config/locales/client.${locale}.yml`, "utf8"));
const fr = translatorFor(localeFile("fr"), "fr");
const en = translatorFor(localeFile("en"), "en");

const filled: JobFields = {
  role: "developpement",
  contracts: ["freelance", "cdd"],
  team: "Incubateur des Territoires",
  location: "Paris",
  place: "dep-75",
  remote: "partial",
  opens_at: "2026-11-02",
  closes_at: "2026-12-15",
  status: "open",
  contact: "incubateur@anct.gouv.fr",
  apply_url: "https://incubateur.anct.gouv.fr/recrutements/dev",
  junior: true,
  pay_min: null,
  pay_max: null,
  pay_period: null,
};

function parsed(text: string) {
  const result = parse(text);
  if (!result.ok) {
    throw new Error(`expected a posting: ${JSON.stringify(result.errors)}`);
  }
  return result;
}

function refused(text: string) {
  const result = parse(text);
  if (result.ok) {
    throw new Error("expected located errors");
  }
  return result;
}

const codes = (issues: { code: string }[] | undefined) =>
  (issues ?? []).map((issue) => issue.code);

QUnit.module("posting-form | formIssues", () => {
  QUnit.test("a complete posting has no issue", (assert) => {
    const issues = formIssues(
      filled,
      "Développeur·se",
      "Texte",
      DEFAULT_VOCABULARIES
    );
    assert.true(issues.valid);
    assert.deepEqual(issues.errors, {});
    assert.deepEqual(issues.warnings, {});
  });

  QUnit.test(
    "an empty composer needs a title and a role, and is warned twice",
    (assert) => {
      const issues = formIssues(emptyJobFields(), "", "", DEFAULT_VOCABULARIES);
      assert.false(issues.valid);
      assert.deepEqual(codes(issues.errors.title), ["required"]);
      assert.deepEqual(
        codes(issues.errors.role),
        ["required"],
        'not « "" is unknown »'
      );
      assert.deepEqual(codes(issues.warnings.closes_at), ["no_closing_date"]);
      assert.deepEqual(codes(issues.warnings.contracts), ["no_contract"]);
      assert.deepEqual(Object.keys(issues.errors).sort(), ["role", "title"]);
    }
  );

  QUnit.test("each bad value is reported on its own field", (assert) => {
    const issues = formIssues(
      {
        ...filled,
        role: "astronaute",
        contact: "pas-une-adresse",
        // eslint-disable-next-line no-script-url -- the very link to refuse
        apply_url: "javascript:alert(1)",
        opens_at: "2026-12-15",
        closes_at: "2026-11-02",
        team: "x".repeat(101),
      },
      "Titre",
      "",
      DEFAULT_VOCABULARIES
    );
    assert.false(issues.valid);
    assert.deepEqual(codes(issues.errors.role), ["unknown_role"]);
    assert.deepEqual(codes(issues.errors.contact), ["invalid_email"]);
    assert.deepEqual(codes(issues.errors.apply_url), ["unsafe_url"]);
    assert.deepEqual(codes(issues.errors.closes_at), ["closes_before_opens"]);
    assert.deepEqual(codes(issues.errors.team), ["too_long"]);
    assert.deepEqual(issues.errors.team?.[0].params, { max: 100, length: 101 });
  });

  QUnit.test(
    "a status not chosen yet counts as open, as the server defaults it",
    (assert) => {
      const issues = formIssues(
        { ...filled, status: null },
        "T",
        "",
        DEFAULT_VOCABULARIES
      );
      assert.true(issues.valid);
    }
  );

  QUnit.test("the site's vocabularies are the ones checked", (assert) => {
    const vocabularies = {
      roles: [{ code: "astronaute", fr: "Astronaute", en: "Astronaut" }],
      contracts: DEFAULT_VOCABULARIES.contracts,
    };
    const issues = formIssues(
      { ...filled, role: "astronaute" },
      "T",
      "",
      vocabularies
    );
    assert.true(issues.valid);
  });
});

QUnit.module("posting-form | editing", () => {
  QUnit.test(
    "withField gives a new object and leaves the old one alone",
    (assert) => {
      const before = structuredClone(filled);
      const after = withField(filled, "team", "DINUM");
      assert.notStrictEqual(after, filled);
      assert.notStrictEqual(after.contracts, filled.contracts);
      assert.strictEqual(after.team, "DINUM");
      assert.deepEqual(filled, before);
    }
  );

  QUnit.test("contracts are ticked and unticked in order", (assert) => {
    assert.deepEqual(toggledContracts(["cdd"], "freelance", true), [
      "cdd",
      "freelance",
    ]);
    assert.deepEqual(toggledContracts(["cdd", "freelance"], "cdd", false), [
      "freelance",
    ]);
    assert.deepEqual(
      toggledContracts(["cdd"], "cdd", true),
      ["cdd"],
      "no duplicate"
    );
  });

  QUnit.test("an empty input is null; leaving it trims", (assert) => {
    assert.strictEqual(textValue(""), null);
    assert.strictEqual(textValue("   "), null);
    assert.strictEqual(textValue("Paris "), "Paris ", "kept while typing");
    assert.strictEqual(textValue(" Paris ", true), "Paris");
  });

  QUnit.test(
    "options in the user's language, unknown codes kept visible",
    (assert) => {
      const roles = vocabularyOptions(
        DEFAULT_VOCABULARIES.roles,
        ["astronaute"],
        "en"
      );
      assert.strictEqual(roles.length, DEFAULT_VOCABULARIES.roles.length + 1);
      assert.deepEqual(roles.at(-1), {
        value: "astronaute",
        label: "astronaute",
        selected: true,
      });
      assert.strictEqual(roles[0].label, "Software development");
      const contracts = vocabularyOptions(
        DEFAULT_VOCABULARIES.contracts,
        ["cdd"],
        "fr"
      );
      assert.deepEqual(
        contracts
          .filter((option) => option.selected)
          .map((option) => option.label),
        ["CDD / contractuel·le"]
      );
      assert.deepEqual(
        remoteOptions(null, fr).map((option) => [
          option.label,
          option.selected,
        ]),
        [
          ["Non précisé", true],
          ["Sur place", false],
          ["Télétravail partiel", false],
          ["Entièrement à distance", false],
        ]
      );
      assert.deepEqual(
        statusOptions(null, en).map((option) => [
          option.value,
          option.label,
          option.selected,
        ]),
        [
          ["open", "Open", true],
          ["filled", "Filled", false],
          ["closed", "Closed", false],
        ]
      );
    }
  );

  QUnit.test("hasContent: anything an import would overwrite", (assert) => {
    assert.false(hasContent("", "", emptyJobFields()));
    assert.false(
      hasContent(null, "  \n", { ...emptyJobFields(), status: null })
    );
    assert.true(hasContent("Un titre", "", null));
    assert.true(hasContent("", "Du texte", null));
    assert.true(
      hasContent("", "", { ...emptyJobFields(), contracts: ["cdi"] })
    );
    assert.true(hasContent("", "", { ...emptyJobFields(), junior: true }));
    assert.true(hasContent("", "", { ...emptyJobFields(), status: "filled" }));
  });
});

QUnit.module("posting-form | server errors", () => {
  QUnit.test("one message goes above the form", (assert) => {
    assert.deepEqual(sortServerErrors("Vous ne pouvez pas publier ici."), {
      byField: {},
      general: ["Vous ne pouvez pas publier ici."],
    });
    assert.deepEqual(sortServerErrors(""), { byField: {}, general: [] });
    assert.deepEqual(sortServerErrors(null), { byField: {}, general: [] });
  });

  QUnit.test(
    "messages naming a field go beside it, wire names included",
    (assert) => {
      assert.deepEqual(
        sortServerErrors([
          { field: "job_contact", message: "Adresse refusée" },
          { field: "closes_at", message: "Date refusée" },
          { field: "title", message: "Titre trop court" },
          { message: "Limite atteinte" },
        ]),
        {
          byField: {
            contact: ["Adresse refusée"],
            closes_at: ["Date refusée"],
          },
          general: ["Titre trop court", "Limite atteinte"],
        }
      );
    }
  );
});

QUnit.module("posting-form | import", () => {
  QUnit.test("file names: Markdown, text, or no extension", (assert) => {
    for (const name of [
      "offre.md",
      "OFFRE.MD",
      "a.markdown",
      "notes.txt",
      "Product Designer - UX UI",
    ]) {
      assert.true(isImportableFileName(name), name);
    }
    for (const name of [
      "photo.png",
      "offre.md.exe",
      "offre.docx",
      "archive.tar.gz",
    ]) {
      assert.false(isImportableFileName(name), name);
    }
  });

  QUnit.test("a parsed posting becomes the composer's fields", (assert) => {
    const result = parsed(
      "---\ntitle: Designer\nrole: design\ncontrat: CDI\n---\n\nTexte\n"
    );
    assert.deepEqual(jobFieldsOf(result.posting), {
      ...emptyJobFields(),
      role: "design",
      contracts: ["cdi"],
    });
  });

  QUnit.test("warnings and errors name their line once", (assert) => {
    assert.strictEqual(
      locatedMessage(
        { code: "unknown_key", line: 4, params: { key: "foo" } },
        "warnings",
        fr
      ),
      "Ligne 4\u00A0: La clé «\u202Ffoo\u202F» est inconnue et a été ignorée."
    );
    assert.strictEqual(
      locatedMessage(
        { code: "unknown_key", line: 4, params: { key: "foo" } },
        "warnings",
        en
      ),
      "Line 4: " +
        en("discourse_job_board.posting.warnings.unknown_key", { key: "foo" })
    );
    const broken = refused("---\ntitle: Designer\nrole: [design\n---\nTexte\n");
    const message = locatedMessage(broken.errors[0], "errors", fr);
    assert.strictEqual(message.match(/Ligne \d+/g)?.length, 1, message);
    assert.strictEqual(
      locatedMessage(
        { code: "no_contract", field: "contracts" },
        "warnings",
        fr
      ),
      "Aucun «\u202Ftype de contrat\u202F» n’est indiqué.",
      "no line, no prefix"
    );
  });

  QUnit.test(
    "the codes said to name their line are exactly those whose messages do",
    (assert) => {
      for (const locale of ["fr", "en"]) {
        const posting = (
          localeFile(locale) as Record<
            string,
            {
              js: {
                discourse_job_board: {
                  posting: Record<string, Record<string, string>>;
                };
              };
            }
          >
        )[locale].js.discourse_job_board.posting;
        const naming = new Set<string>();
        for (const kind of ["errors", "warnings"]) {
          for (const [code, message] of Object.entries(posting[kind])) {
            if (message.includes("%{line}")) {
              naming.add(code);
            }
          }
        }
        assert.deepEqual(
          [...naming].sort(),
          [...CODES_NAMING_THEIR_LINE].sort(),
          locale
        );
      }
    }
  );
});
