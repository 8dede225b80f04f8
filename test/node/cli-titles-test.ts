import QUnit from "qunit";
import type { Posting } from "../../assets/javascripts/discourse/lib/posting/index.ts";
import { CORE_RATE_LIMIT, estimatedMs, Pacer } from "../../cli/import/pacer.ts";
import {
  cleanTitle,
  CORE_TITLE_RULES,
  rulesFromSiteSettings,
} from "../../cli/import/title-rules.ts";
import {
  chooseTitles,
  titleFits,
  titleLadder,
} from "../../cli/import/titles.ts";
import { RateLimiter } from "./cli-support/fake-rate-limit.ts";
import { clean } from "./cli-support/fake-titles.ts";

function posting(overrides: Partial<Posting>): Posting {
  return {
    title: "Développeur·se",
    body: "…",
    role: "developpement",
    contracts: [],
    team: null,
    location: null,
    place: null,
    remote: null,
    opens_at: null,
    closes_at: null,
    status: "open",
    contact: null,
    apply_url: null,
    junior: false,
    pay_min: null,
    pay_max: null,
    pay_period: null,
    ...overrides,
  };
}

QUnit.module("cli | titles as Discourse stores them", () => {
  QUnit.test(
    "core's clean-up: capitalised first word, one ! or ?, no trailing periods, no odd spaces",
    (assert) => {
      const cases: Array<[string, string]> = [
        ["chef·fe de produit...", "Chef·fe de produit"],
        ["un·e développeur·se !!!", "Un·e développeur·se !"],
        ["CHARGÉ·E DE MISSION", "Chargé·e de mission"],
        ["  Data   analyst\u00A0senior  ", "Data analyst senior"],
        ["Coach (mesure d'impact)?? ", "Coach (mesure d'impact)?"],
        ["Développeur·se Python", "Développeur·se Python"],
        ["intrapreneur\u200B·e", "Intrapreneur·e"],
        ["Déjà.", "Déjà"],
      ];
      for (const [given, stored] of cases) {
        assert.strictEqual(cleanTitle(given, CORE_TITLE_RULES), stored, given);
        assert.strictEqual(
          clean({ prettify: true }, given),
          stored,
          `the fake forum agrees on ${given}`
        );
      }
      assert.strictEqual(
        cleanTitle("chef de projet.", { ...CORE_TITLE_RULES, prettify: false }),
        "chef de projet.",
        "title_prettify off: only spaces are touched"
      );
    }
  );

  QUnit.test(
    "the forum's own rules, read from the admin site settings",
    (assert) => {
      const rules = rulesFromSiteSettings({
        site_settings: [
          { setting: "min_topic_title_length", value: 8 },
          { setting: "allow_duplicate_topic_titles", value: true },
          { setting: "title_prettify", value: false },
        ],
      });
      assert.deepEqual(
        [rules.minLength, rules.unique, rules.prettify, rules.source],
        [8, false, false, "forum"]
      );
      assert.strictEqual(rulesFromSiteSettings({}).source, "defaults");
    }
  );
});

QUnit.module("cli | titles Discourse accepts", () => {
  QUnit.test(
    "short or shared titles get the team, the place, the month; the others stay as they are",
    (assert) => {
      const files = [
        {
          externalId: "job-board-aaaaaaaaaaaaaaaaaaaaaaaaaaaa111111",
          posting: posting({ team: "Aidants Connect", opens_at: "2021-03-04" }),
        },
        {
          externalId: "job-board-bbbbbbbbbbbbbbbbbbbbbbbbbbbb222222",
          posting: posting({ team: "Mon Suivi Social", location: "Lyon" }),
        },
        {
          externalId: "job-board-cccccccccccccccccccccccccccc333333",
          posting: posting({
            title: "Chef·fe de produit Aidants Connect",
            team: "Aidants Connect",
          }),
        },
        {
          externalId: "job-board-dddddddddddddddddddddddddddd444444",
          posting: posting({ title: "Chef·fe de produit" }),
        },
        {
          externalId: "job-board-eeeeeeeeeeeeeeeeeeeeeeeeeeee555555",
          posting: posting({ title: "Chef·fe de produit" }),
        },
      ];
      const choices = chooseTitles(files, CORE_TITLE_RULES);
      assert.deepEqual(
        choices.map((choice) => [choice.title, choice.reason]),
        [
          ["Développeur·se — Aidants Connect", "short"],
          ["Développeur·se — Mon Suivi Social", "short"],
          ["Chef·fe de produit Aidants Connect", null],
          ["Chef·fe de produit · réf. 444444", "duplicate"],
          ["Chef·fe de produit · réf. 555555", "duplicate"],
        ]
      );
      assert.deepEqual(
        chooseTitles([...files].reverse(), CORE_TITLE_RULES)
          .map((choice) => choice.title)
          .reverse(),
        choices.map((choice) => choice.title),
        "the same titles whatever the order of the files"
      );
      assert.deepEqual(
        chooseTitles(files, { ...CORE_TITLE_RULES, unique: false }).map(
          (choice) => choice.title
        )[3],
        "Chef·fe de produit",
        "a forum that allows duplicate titles keeps them"
      );
    }
  );

  QUnit.test(
    "a topic holding any title of its file's ladder needs no update",
    (assert) => {
      const ladder = titleLadder(
        posting({ team: "Aidants Connect", opens_at: "2021-03-04" }),
        "job-board-aaaaaaaaaaaaaaaaaaaaaaaaaaaa111111",
        CORE_TITLE_RULES
      );
      assert.deepEqual(ladder, [
        "Développeur·se",
        "Développeur·se — Aidants Connect",
        "Développeur·se — Aidants Connect (mars 2021)",
        "Développeur·se — Aidants Connect (mars 2021) · réf. 111111",
      ]);
      assert.true(
        titleFits("développeur·se — aidants connect (MARS 2021)", ladder)
      );
      assert.false(titleFits("Développeur·se — Lyon", ladder));
    }
  );
});

QUnit.module("cli | pacing to the rate limit", () => {
  QUnit.test(
    "never more than the limit in any window, as core's limiter counts them",
    async (assert) => {
      let now = 0;
      const clock = {
        now: () => now,
        sleep: async (ms: number) => {
          now += ms;
        },
      };
      const limiter = new RateLimiter(60, 60_000, () => now);
      const pacer = new Pacer({ requests: 60, windowMs: 60_000 }, clock);
      let refused = 0;
      for (let request = 0; request < 200; request++) {
        await pacer.acquire();
        now += 37; // the request travels
        refused += limiter.take() === null ? 0 : 1;
        now += 120; // the server answers
        pacer.release();
      }
      assert.strictEqual(refused, 0, "no 429");
      assert.strictEqual(
        estimatedMs(576, CORE_RATE_LIMIT),
        9 * 60_000,
        "the estimate shown: 60 at once, then 60 a minute"
      );
      assert.true(
        now < 4 * 60_000 + 200 * 157,
        `200 requests in about three minutes and a third, not more (${now} ms)`
      );
    }
  );
});
