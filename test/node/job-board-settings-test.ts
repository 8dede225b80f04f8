import yaml from "js-yaml";
import { readFileSync } from "node:fs";
import QUnit from "qunit";
import {
  categoryIdsFromSetting,
  vocabulariesFromSettings,
} from "../../assets/javascripts/discourse/lib/job-board-settings.ts";
import {
  emptyJobFields,
  hasJobFields,
  jobFieldsOf,
  toCreateCustomFields,
} from "../../assets/javascripts/discourse/lib/job-fields.ts";
import { DEFAULT_VOCABULARIES } from "../../assets/javascripts/discourse/lib/posting/vocabularies.ts";

type Settings = Record<string, Record<string, { default: unknown }>>;
const settings = yaml.load(
  readFileSync(new URL("../../config/settings.yml", import.meta.url), "utf8")
) as Settings;
const defaults = settings.discourse_job_board;

QUnit.module("job-board-settings | vocabularies", () => {
  QUnit.test(
    "the settings' defaults are the module's default vocabularies",
    (assert) => {
      const fromSettings = vocabulariesFromSettings(
        defaults.job_board_roles.default,
        defaults.job_board_contracts.default
      );
      assert.deepEqual(fromSettings.roles, DEFAULT_VOCABULARIES.roles);
      assert.deepEqual(fromSettings.contracts, DEFAULT_VOCABULARIES.contracts);
    }
  );

  QUnit.test("an admin's edited vocabulary is read", (assert) => {
    const { roles, contracts } = vocabulariesFromSettings(
      "dev;Développement;Development|autre;Autre;Other",
      "cdi;CDI;Permanent;FULL_TIME"
    );
    assert.deepEqual(roles, [
      { code: "dev", fr: "Développement", en: "Development" },
      { code: "autre", fr: "Autre", en: "Other" },
    ]);
    assert.deepEqual(contracts, [
      { code: "cdi", fr: "CDI", en: "Permanent", employmentType: "FULL_TIME" },
    ]);
  });

  QUnit.test(
    "a broken value falls back to the defaults, as on the server",
    (assert) => {
      const broken = [
        "",
        "dev;Développement|autre;Autre;Other",
        "Dev!;Développement;Development|autre;Autre;Other",
        "dev;A;B|dev;C;D|autre;Autre;Other",
        "dev;Développement;Development",
      ];
      for (const value of broken) {
        assert.deepEqual(
          vocabulariesFromSettings(value, "").roles,
          DEFAULT_VOCABULARIES.roles,
          JSON.stringify(value)
        );
      }
      assert.deepEqual(
        vocabulariesFromSettings("", "cdi;CDI;Permanent;SOMETIMES").contracts,
        DEFAULT_VOCABULARIES.contracts
      );
    }
  );

  QUnit.test("category ids from a category_list setting", (assert) => {
    assert.deepEqual(categoryIdsFromSetting("12|34"), [12, 34]);
    assert.deepEqual(categoryIdsFromSetting(""), []);
    assert.deepEqual(categoryIdsFromSetting(undefined), []);
    assert.deepEqual(categoryIdsFromSetting("5|x|-1"), [5]);
  });
});

QUnit.module("composer-job-fields", () => {
  QUnit.test(
    "topic_custom_fields for POST /posts.json are scalars",
    (assert) => {
      const custom = toCreateCustomFields({
        ...emptyJobFields(),
        role: "coach",
        contracts: ["cdd", "freelance"],
        junior: true,
        closes_at: "2026-12-31",
        pay_min: 450,
        pay_period: "day",
      });
      assert.strictEqual(custom.job_role, "coach");
      assert.strictEqual(custom.job_pay_min, "450");
      assert.strictEqual(custom.job_pay_max, "", "no maximum: empty");
      assert.strictEqual(custom.job_pay_period, "day");
      assert.strictEqual(custom.job_contracts, "cdd,freelance");
      assert.strictEqual(custom.job_junior, "true");
      assert.strictEqual(custom.job_closes_at, "2026-12-31");
      assert.strictEqual(custom.job_team, "", "empty, not missing");
      assert.strictEqual(Object.keys(custom).length, 15);
    }
  );

  QUnit.test("a topic's job becomes the composer's fields", (assert) => {
    const fields = jobFieldsOf({
      role: "data",
      contracts: ["cdi"],
      can_edit: true,
    } as Parameters<typeof jobFieldsOf>[0]);
    assert.strictEqual(fields.role, "data");
    assert.deepEqual(fields.contracts, ["cdi"]);
    assert.strictEqual(fields.status, "open");
    assert.false("can_edit" in fields, "only the wire fields");
    assert.deepEqual(jobFieldsOf(null), { ...emptyJobFields(), contracts: [] });
  });

  QUnit.test("whether anything was filled in", (assert) => {
    assert.false(hasJobFields(jobFieldsOf(null)));
    assert.true(hasJobFields({ ...emptyJobFields(), team: "ANCT" }));
    assert.true(hasJobFields({ ...emptyJobFields(), status: "filled" }));
  });
});
