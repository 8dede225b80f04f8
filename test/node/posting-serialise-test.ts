import { readdirSync, readFileSync, statSync } from "node:fs";
import QUnit from "qunit";
import {
  parse,
  type Posting,
  serialise,
} from "../../assets/javascripts/discourse/lib/posting/index.ts";

const root = new URL("../fixtures/postings/", import.meta.url);
const files = readdirSync(root)
  .filter((dir) => statSync(new URL(dir, root)).isDirectory())
  .flatMap((dir) =>
    readdirSync(new URL(`${dir}/`, root)).map((file) => `${dir}/${file}`)
  );

function roundTrip(posting: Posting): Posting | null {
  const result = parse(serialise(posting));
  return result.ok ? result.posting : null;
}

QUnit.module("posting | serialise", () => {
  QUnit.test("parse(serialise(p)) is p, for every sample", (assert) => {
    for (const file of files) {
      const result = parse(readFileSync(new URL(file, root), "utf8"));
      const posting = result.ok ? result.posting : null;
      assert.deepEqual(
        posting === null ? null : roundTrip(posting),
        posting,
        file
      );
    }
  });

  QUnit.test("the canonical front matter, every field written", (assert) => {
    const posting: Posting = {
      title: "true",
      role: "coach",
      contracts: ["service_civique", "cdd"],
      team: "null",
      location: null,
      place: "reg-53",
      remote: null,
      opens_at: "2026-01-05",
      closes_at: null,
      status: "filled",
      contact: null,
      apply_url: "https://a.fr/?q=1#x",
      junior: true,
      pay_min: 45000,
      pay_max: 55000,
      pay_period: "year",
      body: "  indented first line\n\n---\n\nrole: not a field\n",
    };
    const text = serialise(posting);
    assert.true(
      text.startsWith(
        '---\ntitle: "true"\nrole: coach\ncontracts: [service_civique, cdd]\nteam: "null"\nlocation: null\nplace: reg-53\n'
      ),
      text
    );
    assert.deepEqual(roundTrip(posting), {
      ...posting,
      body: "  indented first line\n\n---\n\nrole: not a field",
    });
  });

  QUnit.test("titles and text that YAML would misread survive", (assert) => {
    for (const title of [
      "Coach: senior",
      "- liste",
      "# pas un commentaire",
      "'quoted'",
      "2026-01-01",
      "yes",
      "Développeur·se « senior »",
      "a\\b",
    ]) {
      const posting = parse(
        `---\nrole: Coach\ntitle: ${JSON.stringify(title)}\n---\n`
      );
      const parsed = posting.ok ? posting.posting : null;
      assert.notStrictEqual(parsed, null, title);
      assert.deepEqual(
        parsed === null ? null : roundTrip(parsed),
        parsed,
        title
      );
    }
  });
});
