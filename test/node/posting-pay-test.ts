import { load } from "js-yaml";
import { readFileSync } from "node:fs";
import QUnit from "qunit";
import {
  payAmountValue,
  payText,
} from "../../assets/javascripts/discourse/lib/pay-display.ts";
import {
  guessPay,
  parse,
  payFromLine,
  readPayAmount,
  readPayPeriod,
  serialise,
  translatorFor,
} from "../../assets/javascripts/discourse/lib/posting/index.ts";
import { foldLines } from "../../assets/javascripts/discourse/lib/posting/text.ts";

const translate = (locale: string) =>
  translatorFor(
    load(
      readFileSync(
        new URL(`../../config/locales/client.${locale}.yml`, import.meta.url),
        "utf8"
      )
    ),
    locale
  );
const fr = translate("fr");
const en = translate("en");

/** The posting a text parses to; a text that does not parse fails the test. */
function postingOf(text: string) {
  const result = parse(text);
  if (!result.ok) {
    throw new Error(JSON.stringify(result.errors));
  }
  return result;
}

/** Spaces as a reader sees them: no-break ones as plain ones. */
const spaced = (text: string | null) => text?.replace(/\s/g, " ") ?? null;

QUnit.module("posting | pay from a line of text", () => {
  const cases: Array<[string, ReturnType<typeof payFromLine>]> = [
    ["TJM 500 €", { min: 500, max: 500, period: "day" }],
    ["TJM : 500", { min: 500, max: 500, period: "day" }],
    ["45-55 k€ brut annuel", { min: 45000, max: 55000, period: "year" }],
    ["entre 38 et 42 000 €", { min: 38000, max: 42000, period: "year" }],
    [
      "Rémunération : TJM entre 250€ et 350€ selon profil",
      { min: 250, max: 350, period: "day" },
    ],
    [
      "Taux journalier à discuter - compris entre 200 et 400 EUR HT.",
      { min: 200, max: 400, period: "day" },
    ],
    [
      "De 2\u202f500 à 3\u202f000\u00a0€ brut mensuel",
      { min: 2500, max: 3000, period: "month" },
    ],
    [
      "Salaire : 45 000 € brut par an",
      { min: 45000, max: 45000, period: "year" },
    ],
    [
      "À partir de 45 000 € brut annuel",
      { min: 45000, max: null, period: "year" },
    ],
    ["Jusqu’à 55 000 €", { min: null, max: 55000, period: "year" }],
    [
      "Gratification de stage : 600 € par mois",
      { min: 600, max: 600, period: "month" },
    ],
    ["50 à 55 K€ bruts annuels", { min: 50000, max: 55000, period: "year" }],
    ["selon grille", null],
    ["Rémunération selon profil", null],
    ["CDD 12 mois, salaire selon grille", null],
    ["250 millions d’euros sont mobilisés", null],
    ["réduire le taux de rendez-vous manqués de 20 % à 5 %", null],
    // A day rate of 50 000 € is no day rate: no guess rather than a wrong one.
    ["TJM 50 000 €", null],
    // 2 000 €: a month's or a day's? The line does not say.
    ["Budget : 2 000 €", null],
  ];
  for (const [line, expected] of cases) {
    QUnit.test(line, (assert) => {
      assert.deepEqual(payFromLine(line), expected);
    });
  }

  QUnit.test("a body's first line that states pay, and its index", (assert) => {
    const body =
      "# Le poste\n\nRémunération selon profil.\n- TJM : 450 à 650 €\n";
    assert.deepEqual(guessPay(foldLines(body)), {
      min: 450,
      max: 650,
      period: "day",
      line: 3,
    });
  });
});

QUnit.module("posting | pay in front matter", () => {
  QUnit.test("amounts as people type them", (assert) => {
    for (const [text, amount] of [
      ["45000", 45000],
      ["45 000", 45000],
      ["45\u202f000 €", 45000],
      ["45k", 45000],
      ["45 k€", 45000],
      ["45,5k", 45500],
      ["45 000,00 €", 45000],
      [45000, 45000],
      ["quarante mille", null],
      ["45 000 € par an", null],
      [-5, null],
      [450.5, null],
    ] as Array<[unknown, number | null]>) {
      assert.strictEqual(readPayAmount(text), amount, String(text));
    }
    assert.strictEqual(readPayPeriod("Annuel"), "year");
    assert.strictEqual(readPayPeriod("par mois"), "month");
    assert.strictEqual(readPayPeriod("TJM"), "day");
    assert.strictEqual(readPayPeriod("weekly"), null);
  });

  QUnit.test(
    "pay_min, pay_max, pay_period: read, warned, and never guessed again",
    (assert) => {
      const result = postingOf(
        "---\ntitle: Designer\nrole: design\npay_min: 45 000 €\npay_max: beaucoup\npay_period: an\n---\nTJM 500 €\n"
      );
      assert.strictEqual(result.posting.pay_min, 45000);
      assert.strictEqual(result.posting.pay_max, null);
      assert.strictEqual(result.posting.pay_period, "year");
      assert.deepEqual(
        result.warnings.filter((w) => w.field === "pay_max"),
        [
          {
            code: "invalid_pay_amount",
            field: "pay_max",
            line: 5,
            params: { value: "beaucoup" },
          },
        ]
      );
    }
  );

  QUnit.test("a one-line pay or tjm key", (assert) => {
    const salary = postingOf(
      "---\ntitle: Dev\nsalaire: 45-55 k€ brut annuel\n---\n"
    );
    const rate = postingOf("---\ntitle: Dev\ntjm: 450-650\n---\n");
    assert.deepEqual(
      [
        salary.posting.pay_min,
        salary.posting.pay_max,
        salary.posting.pay_period,
      ],
      [45000, 55000, "year"]
    );
    assert.deepEqual(
      [rate.posting.pay_min, rate.posting.pay_max, rate.posting.pay_period],
      [450, 650, "day"]
    );
  });

  QUnit.test("guessed from the body: a warning naming the line", (assert) => {
    const result = postingOf(
      "---\ntitle: Designer\nrole: design\n---\n\nMission de 6 mois.\n* TJM envisagé : entre 450€ et 650€\n"
    );
    assert.deepEqual(
      [
        result.posting.pay_min,
        result.posting.pay_max,
        result.posting.pay_period,
      ],
      [450, 650, "day"]
    );
    const warning = result.warnings.find((w) => w.code === "pay_from_body");
    assert.strictEqual(warning?.line, 7);
    assert.strictEqual(
      warning?.params?.value,
      "* TJM envisagé : entre 450€ et 650€"
    );
    assert.strictEqual(result.source.fields.pay_min?.[0]?.key, "body");
  });

  QUnit.test(
    "serialise writes pay, so parse reads it back and guesses nothing",
    (assert) => {
      const first = postingOf(
        "---\ntitle: Designer\nrole: design\n---\nTJM 500 €\n"
      );
      const again = postingOf(serialise(first.posting));
      assert.deepEqual(again.posting, first.posting);
      assert.false(again.warnings.some((w) => w.code === "pay_from_body"));
    }
  );
});

QUnit.module("pay | as people read it", () => {
  QUnit.test(
    "French: grouping, the euro sign after, « brut par an », « TJM »",
    (assert) => {
      assert.strictEqual(
        payText(
          { pay_min: 45000, pay_max: 55000, pay_period: "year" },
          "fr",
          fr
        ),
        "45\u202f000\u00a0– 55\u202f000\u00a0€ brut par an"
      );
      assert.strictEqual(
        spaced(
          payText({ pay_min: 500, pay_max: 650, pay_period: "day" }, "fr", fr)
        ),
        "TJM 500 – 650 €"
      );
      assert.strictEqual(
        spaced(
          payText({ pay_min: 500, pay_max: 500, pay_period: "day" }, "fr", fr)
        ),
        "TJM 500 €"
      );
      assert.strictEqual(
        spaced(
          payText(
            { pay_min: 38000, pay_max: null, pay_period: "year" },
            "fr",
            fr
          )
        ),
        "À partir de 38 000 € brut par an"
      );
      assert.strictEqual(
        spaced(
          payText(
            { pay_min: null, pay_max: 3000, pay_period: "month" },
            "fr",
            fr
          )
        ),
        "Jusqu’à 3 000 € brut par mois"
      );
    }
  );

  QUnit.test("English: the euro sign first, commas, « a year »", (assert) => {
    assert.strictEqual(
      payText({ pay_min: 45000, pay_max: 55000, pay_period: "year" }, "en", en),
      "€45,000–55,000 a year"
    );
    assert.strictEqual(
      payText({ pay_min: 500, pay_max: null, pay_period: "day" }, "en", en),
      "From €500 a day"
    );
  });

  QUnit.test("nothing without an amount or a period", (assert) => {
    assert.strictEqual(
      payText({ pay_min: null, pay_max: null, pay_period: "year" }, "fr", fr),
      null
    );
    assert.strictEqual(
      payText({ pay_min: 45000, pay_max: null, pay_period: null }, "fr", fr),
      null
    );
    assert.strictEqual(payText({}, "en", en), null);
  });

  QUnit.test("what a number input holds", (assert) => {
    assert.strictEqual(payAmountValue(""), null);
    assert.strictEqual(payAmountValue(" 45000 "), 45000);
    assert.strictEqual(
      payAmountValue("45.5"),
      45.5,
      "kept, for the validator to name"
    );
  });
});
