import { readFileSync } from "node:fs";
import QUnit from "qunit";
import {
  type AttentionReason,
  attentionReasons,
} from "../../assets/javascripts/discourse/lib/posting-attention.ts";

interface AttentionCase {
  name: string;
  input: {
    apply_url: string | null;
    contact: string | null;
    closes_at: string | null;
  };
  expected: AttentionReason[];
}

const table = JSON.parse(
  readFileSync(
    new URL("../fixtures/attention-cases.json", import.meta.url),
    "utf8"
  )
) as { cases: AttentionCase[] };

QUnit.module("posting-attention | shared case table", () => {
  for (const { name, input, expected } of table.cases) {
    QUnit.test(name, (assert) => {
      assert.deepEqual(attentionReasons(input), expected);
    });
  }
});
