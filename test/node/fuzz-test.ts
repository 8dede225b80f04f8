import QUnit from "qunit";
import { checkFile } from "../fuzz/check.ts";
import { fuzzFile, loadSamples } from "../fuzz/generate.ts";

// The fuzzer's own parts (test/fuzz/run.ts runs them 100,000 times).
const samples = loadSamples();

QUnit.module("fuzz | generate and check", () => {
  QUnit.test("a file is the same for the same seed and index", (assert) => {
    assert.deepEqual(fuzzFile(samples, 7, 42), fuzzFile(samples, 7, 42));
    assert.notDeepEqual(fuzzFile(samples, 7, 42), fuzzFile(samples, 8, 42));
  });

  QUnit.test(
    "files come as text and as bytes, mutated or made up",
    (assert) => {
      const files = Array.from({ length: 300 }, (_, index) =>
        fuzzFile(samples, 1, index)
      );
      assert.true(files.some((file) => file.input instanceof Uint8Array));
      assert.true(files.some((file) => file.recipe[0] === "from scratch"));
      assert.true(files.some((file) => file.recipe.includes("YAML junk")));
      assert.true(
        files.some((file) => file.recipe[0].startsWith("worst case: "))
      );
    }
  );

  QUnit.test("every sample passes the check as it is", (assert) => {
    const problems = samples
      .map((sample) => [sample.name, checkFile(sample.text).problem])
      .filter(([, problem]) => problem !== null);
    assert.deepEqual(problems, []);
  });

  QUnit.test("errors must point inside the file", (assert) => {
    assert.strictEqual(checkFile("---\nrole: [\n---\n").problem, null);
    assert.strictEqual(
      checkFile(new Uint8Array([0xff, 0xfe, 0])).problem,
      null
    );
  });
});
