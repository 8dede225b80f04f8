import QUnit from "qunit";
import { attentionReasons } from "../../assets/javascripts/discourse/lib/posting-attention.ts";

const COMPLETE = {
  apply_url: "https://example.org/offres/42",
  contact: null,
  closes_at: "2026-12-15",
};

QUnit.module("posting-attention | what a posting lacks", () => {
  QUnit.test("a link or a contact is a way to apply", (assert) => {
    assert.deepEqual(attentionReasons(COMPLETE), []);
    assert.deepEqual(
      attentionReasons({
        ...COMPLETE,
        apply_url: null,
        contact: "rh@anct.gouv.fr",
      }),
      []
    );
  });

  QUnit.test("neither, or only unusable ones, is no way to apply", (assert) => {
    assert.deepEqual(
      attentionReasons({ ...COMPLETE, apply_url: null, contact: null }),
      ["no_way_to_apply"]
    );
    assert.deepEqual(
      attentionReasons({
        ...COMPLETE,
        // eslint-disable-next-line no-script-url -- the very input refused
        apply_url: "javascript:alert(1)",
        contact: "Camille",
      }),
      ["no_way_to_apply"],
      "what the card would not offer as « Candidater » does not count"
    );
  });

  QUnit.test(
    "no closing date is told too, after the way to apply",
    (assert) => {
      assert.deepEqual(
        attentionReasons({ apply_url: null, contact: null, closes_at: null }),
        ["no_way_to_apply", "no_closing_date"]
      );
    }
  );
});
