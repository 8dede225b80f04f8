import QUnit from "qunit";
import { DEFAULT_ROLES } from "../../assets/javascripts/discourse/lib/posting/vocabularies.ts";
import {
  applyTarget,
  formatDay,
  labelOf,
} from "../../assets/javascripts/discourse/lib/posting-display.ts";
import { statusOfJob } from "../../assets/javascripts/discourse/lib/posting-status.ts";

QUnit.module("posting-display | labels and days", () => {
  QUnit.test("a role's label in the user's language", (assert) => {
    assert.strictEqual(
      labelOf(DEFAULT_ROLES, "deploiement", "fr"),
      "Déploiement / Bizdev"
    );
    assert.strictEqual(labelOf(DEFAULT_ROLES, "produit", "en"), "Product");
    assert.strictEqual(labelOf(DEFAULT_ROLES, "produit", "pt_BR"), "Product");
  });

  QUnit.test("a code no longer in the vocabulary shows as itself", (assert) => {
    assert.strictEqual(
      labelOf(DEFAULT_ROLES, "astronaute", "fr"),
      "astronaute"
    );
    assert.strictEqual(labelOf(DEFAULT_ROLES, null, "fr"), null);
  });

  QUnit.test("days read as people write them", (assert) => {
    assert.strictEqual(formatDay("2026-11-23", "fr"), "23 novembre 2026");
    assert.strictEqual(formatDay("2026-11-23", "en"), "November 23, 2026");
    assert.strictEqual(formatDay("2026-02-30", "fr"), null);
    assert.strictEqual(formatDay(null, "fr"), null);
  });

  QUnit.test(
    "the first of a month is « 1er » in French, 1 in English",
    (assert) => {
      assert.strictEqual(formatDay("2026-12-01", "fr"), "1er décembre 2026");
      assert.strictEqual(
        formatDay("2026-12-01", "fr", "medium"),
        "1er déc. 2026"
      );
      assert.strictEqual(formatDay("2026-12-11", "fr"), "11 décembre 2026");
      assert.strictEqual(formatDay("2026-12-01", "en"), "December 1, 2026");
    }
  );
});

QUnit.module("posting-display | where to apply", () => {
  QUnit.test("the apply link first", (assert) => {
    assert.deepEqual(
      applyTarget({
        apply_url: "https://example.org/jobs/1",
        contact: "a@b.fr",
      }),
      { kind: "url", href: "https://example.org/jobs/1" }
    );
  });

  QUnit.test("else an e-mail to the contact", (assert) => {
    assert.deepEqual(
      applyTarget({ apply_url: null, contact: "jobs@anct.gouv.fr" }),
      {
        kind: "email",
        href: "mailto:jobs@anct.gouv.fr",
      }
    );
  });

  QUnit.test("never a javascript: or data: link", (assert) => {
    assert.strictEqual(
      // eslint-disable-next-line no-script-url -- the very input being refused
      applyTarget({ apply_url: "javascript:alert(1)", contact: null }),
      null
    );
    assert.deepEqual(
      applyTarget({ apply_url: "data:text/html,<script>", contact: "a@b.fr" }),
      { kind: "email", href: "mailto:a@b.fr" }
    );
  });

  QUnit.test("an address cannot smuggle mail headers", (assert) => {
    const target = applyTarget({ apply_url: null, contact: "a?bcc=x&y@b.fr" });
    assert.strictEqual(target?.href, "mailto:a%3Fbcc%3Dx%26y@b.fr");
  });
});

QUnit.module("posting-display | status of a topic's job", () => {
  QUnit.test("the rule applied to the wire fields", (assert) => {
    const result = statusOfJob(
      { status: "open", closes_at: "2026-11-25" },
      false,
      "2026-11-23"
    );
    assert.strictEqual(result.badge, "closing_soon");
    assert.strictEqual(
      statusOfJob({ status: "open", closes_at: null }, true, "2026-11-23")
        .state,
      "closed"
    );
  });
});
