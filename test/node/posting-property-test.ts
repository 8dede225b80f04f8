import fc from "fast-check";
import { readdirSync, readFileSync, statSync } from "node:fs";
import QUnit from "qunit";
import {
  parse,
  type ParseResult,
  serialise,
} from "../../assets/javascripts/discourse/lib/posting/index.ts";

const root = new URL("../fixtures/postings/", import.meta.url);
const samples = readdirSync(root)
  .filter((dir) => statSync(new URL(dir, root)).isDirectory())
  .flatMap((dir) =>
    readdirSync(new URL(`${dir}/`, root)).map((file) =>
      readFileSync(new URL(`${dir}/${file}`, root), "utf8")
    )
  );

/** A fixed seed keeps CI reproducible; the run stays at a few seconds. */
const RUNS = { numRuns: 300, seed: 20261123 };

function wellFormed(result: ParseResult, text: string): boolean {
  if (result.ok) {
    return (
      typeof result.posting.title === "string" &&
      result.posting.title.length > 0 &&
      Array.isArray(result.posting.contracts)
    );
  }
  const lines = text.replace(/\r\n?/g, "\n").split("\n").length;
  return (
    result.errors.length > 0 &&
    result.errors.every(
      (error) =>
        Number.isInteger(error.line) &&
        error.line >= 1 &&
        error.line <= Math.max(lines, 1) &&
        typeof error.code === "string"
    )
  );
}

const mutation = fc.oneof(
  fc.record({
    kind: fc.constant("delete"),
    at: fc.nat(),
    count: fc.integer({ min: 1, max: 3 }),
  }),
  fc.record({
    kind: fc.constant("duplicate"),
    at: fc.nat(),
    count: fc.integer({ min: 1, max: 3 }),
  }),
  fc.record({ kind: fc.constant("crlf"), at: fc.nat(), count: fc.constant(0) }),
  fc.record({
    kind: fc.constant("truncate"),
    at: fc.nat(),
    count: fc.constant(0),
  }),
  fc.record({
    kind: fc.constant("bytes"),
    at: fc.nat(),
    count: fc.constant(0),
    bytes: fc.uint8Array({ maxLength: 20 }),
  }),
  fc.record({
    kind: fc.constant("unicode"),
    at: fc.nat(),
    count: fc.constant(0),
    text: fc.string({ unit: "grapheme", maxLength: 20 }),
  }),
  fc.record({
    kind: fc.constant("yaml"),
    at: fc.nat(),
    count: fc.constant(0),
    text: fc.constantFrom(
      ": :",
      "- x",
      "[",
      "{a: 1",
      "&a [*a]",
      "? x",
      "!!binary x",
      "key: 'open",
      "\t",
      "---",
      "...",
      "%YAML 1.2",
      "<<: *b",
      "a: !!js/function 'f'"
    ),
  })
);

type Mutation = {
  kind: string;
  at: number;
  count: number;
  bytes?: Uint8Array;
  text?: string;
};

function mutate(text: string, change: Mutation): string {
  const lines = text.split("\n");
  const at = lines.length === 0 ? 0 : change.at % lines.length;
  switch (change.kind) {
    case "delete":
      lines.splice(at, change.count);
      return lines.join("\n");
    case "duplicate":
      lines.splice(at, 0, ...lines.slice(at, at + change.count));
      return lines.join("\n");
    case "crlf":
      return lines.join("\r\n");
    case "truncate":
      return text.slice(0, change.at % (text.length + 1));
    case "bytes": {
      const noise = new TextDecoder("utf-8").decode(change.bytes);
      const cut = change.at % (text.length + 1);
      return text.slice(0, cut) + noise + text.slice(cut);
    }
    default:
      lines.splice(at, 0, change.text ?? "");
      return lines.join("\n");
  }
}

QUnit.module("posting | parse never throws (property-based)", () => {
  QUnit.test("random strings", (assert) => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (text) =>
        wellFormed(parse(text), text)
      ),
      RUNS
    );
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        fc.string({ maxLength: 200 }),
        (yaml, body) => {
          const text = `---\n${yaml}\n---\n${body}`;
          return wellFormed(parse(text), text);
        }
      ),
      RUNS
    );
    assert.true(true, "no counterexample");
  });

  QUnit.test("anything at all, not only strings", (assert) => {
    fc.assert(
      fc.property(
        fc.anything(),
        (value) =>
          parse(value).ok === false ||
          typeof value === "string" ||
          value instanceof Uint8Array
      ),
      { ...RUNS, numRuns: 100 }
    );
    assert.true(true, "no counterexample");
  });

  QUnit.test(
    "sample files with lines deleted, duplicated, CRLF, truncated, noise",
    (assert) => {
      fc.assert(
        fc.property(
          fc.nat({ max: samples.length - 1 }),
          fc.array(mutation, { minLength: 1, maxLength: 4 }),
          (index, changes) => {
            const text = changes.reduce(
              (current, change) => mutate(current, change as Mutation),
              samples[index]
            );
            const result = parse(text);
            if (!wellFormed(result, text)) {
              return false;
            }
            // What parses also survives a round trip.
            if (result.ok) {
              const again = parse(serialise(result.posting));
              return (
                again.ok &&
                JSON.stringify(again.posting) === JSON.stringify(result.posting)
              );
            }
            return true;
          }
        ),
        RUNS
      );
      assert.true(true, "no counterexample");
    }
  );
});
