import { readdirSync, readFileSync, statSync } from "node:fs";
import QUnit from "qunit";
import {
  parse,
  postingSummary,
  validate,
} from "../../assets/javascripts/discourse/lib/posting/index.ts";

interface Expectation {
  role: string;
  contracts: string[];
  state: string;
}

const root = new URL("../fixtures/postings/", import.meta.url);
const expectations = JSON.parse(
  readFileSync(
    new URL("../fixtures/posting-expectations.json", import.meta.url),
    "utf8"
  )
) as { today: string; postings: Record<string, Expectation> };

function sampleFiles(): string[] {
  return readdirSync(root)
    .filter((dir) => statSync(new URL(dir, root)).isDirectory())
    .flatMap((dir) =>
      readdirSync(new URL(`${dir}/`, root)).map((file) => `${dir}/${file}`)
    )
    .sort();
}

QUnit.module("posting | every sample file", () => {
  QUnit.test(
    "each sample has a written expectation, and each expectation a sample",
    (assert) => {
      assert.deepEqual(
        sampleFiles(),
        Object.keys(expectations.postings).sort()
      );
    }
  );

  for (const file of sampleFiles()) {
    QUnit.test(file, (assert) => {
      const result = parse(readFileSync(new URL(file, root), "utf8"), {
        fileName: file,
      });
      const expected = expectations.postings[file];
      // A sample that fails shows its errors in the diff instead of fields.
      const summary = result.ok
        ? postingSummary(result.posting, expectations.today)
        : { role: null, contracts: null, state: null, errors: result.errors };
      assert.deepEqual(
        {
          role: summary.role,
          contracts: summary.contracts,
          state: summary.state,
        },
        {
          role: expected.role,
          contracts: expected.contracts,
          state: expected.state,
        }
      );
      const title = result.ok ? result.posting.title : "";
      assert.true(title.length > 0, "has a title");
      for (const warning of result.warnings) {
        assert.strictEqual(
          typeof warning.code,
          "string",
          "warnings carry a code"
        );
      }
    });
  }

  QUnit.test(
    "only the posting that closes before it opens fails validation",
    (assert) => {
      const invalid = sampleFiles().filter((file) => {
        const result = parse(readFileSync(new URL(file, root), "utf8"));
        return result.ok && !validate(result.posting).valid;
      });
      assert.deepEqual(invalid, [
        "incubateur.anct.gouv.fr/2021-11-05-Product Designer - User research - UX UI.md",
      ]);
    }
  );
});

QUnit.module("posting | what the samples teach", () => {
  const read = (file: string) => {
    const result = parse(readFileSync(new URL(file, root), "utf8"));
    if (!result.ok) {
      throw new Error(`${file} did not parse`);
    }
    return result;
  };

  QUnit.test("CRLF files read like LF files", (assert) => {
    const { posting } = read(
      "incubateur.anct.gouv.fr/2021-01-26_business-développeur-se_bases-adresses-locales.md"
    );
    assert.strictEqual(posting.team, "Bases Adresses Locales");
    assert.strictEqual(posting.opens_at, "2021-03-15");
    assert.false(posting.body.includes("\r"));
  });

  QUnit.test("a timestamp at 23:00 UTC is the next day in Paris", (assert) => {
    const { posting } = read(
      "incubateur.anct.gouv.fr/2022-01-07-PM-incubateur.md"
    );
    assert.strictEqual(posting.closes_at, "2022-02-23");
  });

  QUnit.test(
    "a repeated key keeps the last value and warns on its line",
    (assert) => {
      const result = read(
        "beta.gouv.fr/2018-11-28-developpeur-code-du-travail.md"
      );
      assert.strictEqual(result.posting.team, "codedutravail");
      assert.deepEqual(result.warnings[0], {
        code: "duplicate_key",
        line: 5,
        params: { key: "startup" },
      });
    }
  );

  QUnit.test(
    "text before the front matter is set aside with a warning",
    (assert) => {
      const result = read("beta.gouv.fr/2019-10-08-franceconnect.md");
      assert.strictEqual(
        result.posting.title,
        "Lead dev full stack FranceConnect"
      );
      assert.strictEqual(result.warnings[0].code, "text_before_front_matter");
    }
  );

  QUnit.test(
    "friend postings: the friend is the team, externalURL the apply link",
    (assert) => {
      const { posting, source } = read(
        "beta.gouv.fr/2018-11-07-franceconnect-ops.md"
      );
      assert.strictEqual(posting.team, "FranceConnect");
      assert.true(
        posting.apply_url?.startsWith(
          "https://www.place-emploi-public.gouv.fr/"
        )
      );
      assert.strictEqual(source.schema, "beta.gouv.fr");
      assert.deepEqual(
        source.ignored.map((value) => value.key),
        ["type"]
      );
    }
  );

  QUnit.test(
    "post_ouvert (sic) is the opening date, and raw values are kept",
    (assert) => {
      const { posting, source } = read(
        "incubateur.anct.gouv.fr/2020-05-19-aidantsconnect-cd.md"
      );
      assert.strictEqual(posting.opens_at, "2020-05-19");
      assert.deepEqual(source.fields.opens_at, [
        { key: "post_ouvert", value: "2020-05-19", line: 5 },
      ]);
      assert.deepEqual(source.fields.contracts, [
        { key: "contrat", value: "préstataire", line: 3 },
      ]);
      assert.strictEqual(source.schema, "incubateur");
    }
  );

  QUnit.test("a date without its day keeps the month and warns", (assert) => {
    const result = read("incubateur.anct.gouv.fr/2022-02-15-dev-infranum.md");
    assert.strictEqual(result.posting.closes_at, "2022-04-01");
    assert.deepEqual(
      result.warnings.map((warning) => [
        warning.code,
        warning.field,
        warning.line,
      ]),
      [["date_incomplete", "closes_at", 4]]
    );
  });

  QUnit.test(
    "location and remote come from the body when it says so plainly",
    (assert) => {
      const seed = read("seeds/001_5217a1f1c0f22fec.md").posting;
      assert.deepEqual([seed.location, seed.remote], ["Paris", "partial"]);
      const marseille = read(
        "beta.gouv.fr/2021-11-23-chargee.ou.charge.de.deploiement.dans.le.domaine.du.logement.social.md"
      ).posting;
      assert.deepEqual(
        [marseille.location, marseille.remote],
        ["Marseille", "full"]
      );
      const silent = read(
        "incubateur.anct.gouv.fr/2020-09-14-designer-anfs.md"
      ).posting;
      assert.deepEqual([silent.location, silent.remote], [null, null]);
    }
  );

  QUnit.test(
    "a contact that is not an e-mail is left empty with a warning",
    (assert) => {
      const result = read(
        "beta.gouv.fr/2022-06-28-responsable-produit-PCRS.md"
      );
      assert.strictEqual(result.posting.contact, null);
      assert.true(
        result.warnings.some(
          (warning) =>
            warning.code === "contact_not_email" && warning.line === 7
        )
      );
    }
  );
});
