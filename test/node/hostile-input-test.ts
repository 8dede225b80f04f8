import { readFileSync } from "node:fs";
import QUnit from "qunit";
import { emptyJobFields } from "../../assets/javascripts/discourse/lib/job-fields.ts";
import {
  type Posting,
  type PostingFields,
  validate,
} from "../../assets/javascripts/discourse/lib/posting/index.ts";

// The shared list of known XSS and bad-input payloads: the TypeScript
// validator refuses each one exactly where the list says, as the server's
// PostingValidator does (spec/plain/hostile_inputs_spec.rb).

interface HostileCase {
  name: string;
  kind: string;
  payload?: string;
  repeat?: { text: string; times: number };
  refused_in: string[];
}

const list = JSON.parse(
  readFileSync(
    new URL("../fixtures/hostile-inputs.json", import.meta.url),
    "utf8"
  )
) as { fields: Array<keyof Posting>; cases: HostileCase[] };

const hostileText = ({ payload, repeat }: HostileCase): string =>
  payload ?? (repeat ? repeat.text.repeat(repeat.times) : "");

/** A valid posting, the payload then replacing one field at a time. */
const VALID: Posting = {
  ...(emptyJobFields() as PostingFields),
  title: "Développeur·se",
  body: "Une description.",
  role: "coach",
};

QUnit.module("posting | validate | hostile input", () => {
  QUnit.test("the list has at least 50 payloads, each named once", (assert) => {
    const names = list.cases.map((hostile) => hostile.name);
    assert.true(names.length >= 50, `${names.length} payloads`);
    assert.strictEqual(new Set(names).size, names.length);
  });

  QUnit.test("the posting the payloads go into is valid", (assert) => {
    assert.deepEqual(validate(VALID).errors, []);
  });

  for (const hostile of list.cases) {
    QUnit.test(hostile.name, (assert) => {
      const text = hostileText(hostile);
      const refused = list.fields.filter((field) => {
        const posting = {
          ...VALID,
          [field]: field === "contracts" ? [text] : text,
        } as unknown as Posting;
        return validate(posting).errors.some((error) => error.field === field);
      });
      assert.deepEqual(refused, hostile.refused_in);
    });
  }
});
