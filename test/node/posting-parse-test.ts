import QUnit from "qunit";
import type {
  ParseResult,
  ParseSuccess,
} from "../../assets/javascripts/discourse/lib/posting/index.ts";
import { parse } from "../../assets/javascripts/discourse/lib/posting/index.ts";

function posting(text: string): ParseSuccess {
  const result = parse(text);
  if (!result.ok) {
    throw new Error(`expected a posting: ${JSON.stringify(result.errors)}`);
  }
  return result;
}

function firstError(result: ParseResult) {
  return result.ok
    ? null
    : { code: result.errors[0].code, line: result.errors[0].line };
}

QUnit.module("posting | parse: front matter", () => {
  QUnit.test("no front matter is an error on line 1", (assert) => {
    assert.deepEqual(firstError(parse("# Développeur·se\n\nUn texte.")), {
      code: "missing_front_matter",
      line: 1,
    });
    assert.deepEqual(firstError(parse("")), {
      code: "missing_front_matter",
      line: 1,
    });
  });

  QUnit.test(
    "an unclosed front matter points at its opening line",
    (assert) => {
      assert.deepEqual(firstError(parse("\n---\nrole: Coach\n")), {
        code: "unclosed_front_matter",
        line: 2,
      });
    }
  );

  QUnit.test("broken YAML points at the line of the file", (assert) => {
    const result = parse(
      "---\nrole: Coach\ncontrat: [freelance\nequipe: X\n---\nbody"
    );
    assert.strictEqual(firstError(result)?.code, "invalid_yaml");
    assert.true(
      [3, 4].includes(firstError(result)?.line ?? 0),
      "line 3 or 4 of the file"
    );
    const message = result.ok ? "" : result.errors[0].message;
    assert.true(message.includes("line"), "message says where");
  });

  QUnit.test("a front matter that is not a mapping", (assert) => {
    assert.deepEqual(firstError(parse("---\n- a\n- b\n---\n")), {
      code: "front_matter_not_mapping",
      line: 1,
    });
  });

  QUnit.test("no title and no role: nothing to name the posting", (assert) => {
    assert.deepEqual(firstError(parse("---\nequipe: X\n---\nbody")), {
      code: "missing_title",
      line: 1,
    });
    assert.deepEqual(firstError(parse("---\n---\nbody")), {
      code: "missing_title",
      line: 1,
    });
  });

  QUnit.test("anything that is not text", (assert) => {
    for (const input of [undefined, null, 42, {}, [], Symbol("x")]) {
      assert.deepEqual(firstError(parse(input)), { code: "not_text", line: 1 });
    }
    const bytes = new TextEncoder().encode("---\nrole: Coach\n---\n");
    assert.strictEqual(
      posting(new TextDecoder().decode(bytes)).posting.role,
      "coach"
    );
    assert.true(parse(bytes).ok, "bytes are decoded as UTF-8");
  });

  QUnit.test("a huge file is refused, not parsed", (assert) => {
    assert.deepEqual(
      firstError(parse(`---\nrole: Coach\n---\n${"x".repeat(1_000_001)}`)),
      { code: "file_too_large", line: 1 }
    );
  });

  QUnit.test("BOM, CRLF and lone CR", (assert) => {
    const result = posting(
      "\uFEFF---\r\nrole: Coach\r\npost_ouvert: 2021-03-01\r\n---\r\n\r\nLigne 1\r\nLigne 2\r\n"
    );
    assert.strictEqual(result.posting.opens_at, "2021-03-01");
    assert.strictEqual(result.posting.body, "Ligne 1\nLigne 2");
  });

  QUnit.test("errors carry the file name when given", (assert) => {
    const result = parse("nothing", { fileName: "a.md" });
    assert.strictEqual(
      result.ok ? null : result.errors[0].params?.file,
      "a.md"
    );
  });
});

QUnit.module("posting | parse: keys", () => {
  QUnit.test(
    "variants of keys: case, spaces, externalUrl, post_ouvert",
    (assert) => {
      const result = posting(
        '---\nRole : Coach\n" Equipe ": X\nexternalUrl: https://a.fr/x\npost_ouvert: 2021-01-02\nPoste_Ferme: 2021-02-03\n---\n'
      );
      const { posting: p } = result;
      assert.deepEqual(
        [p.role, p.team, p.apply_url, p.opens_at, p.closes_at],
        ["coach", "X", "https://a.fr/x", "2021-01-02", "2021-02-03"]
      );
    }
  );

  QUnit.test(
    "a key one letter away from a known one is read as it, with a warning",
    (assert) => {
      const result = posting(
        "---\nrole: Coach\nposte_fermee: 2021-02-03\n---\n"
      );
      assert.strictEqual(result.posting.closes_at, "2021-02-03");
      assert.deepEqual(result.warnings, [
        {
          code: "key_variant",
          line: 3,
          params: { key: "poste_fermee", understood: "poste_ferme" },
        },
      ]);
    }
  );

  QUnit.test(
    "unknown keys are listed; known useless ones are not",
    (assert) => {
      const result = posting(
        "---\nrole: Coach\navantages: tickets restaurant\ntechno: Ruby\n---\n"
      );
      assert.deepEqual(result.warnings, [
        { code: "unknown_key", line: 3, params: { key: "avantages" } },
      ]);
      assert.deepEqual(
        result.source.ignored.map((value) => value.key),
        ["avantages", "techno"]
      );
    }
  );

  QUnit.test(
    "duplicate keys: last wins, each repeat warned with its line",
    (assert) => {
      const result = posting(
        "---\nrole: Coach\nequipe: A\nequipe: B\nequipe: C\n---\n"
      );
      assert.strictEqual(result.posting.team, "C");
      assert.deepEqual(
        result.warnings.map((warning) => warning.line),
        [4, 5]
      );
    }
  );

  QUnit.test("poste_ouvert wins over post_ouvert and date", (assert) => {
    const result = posting(
      "---\nrole: Coach\ndate: 2020-01-01\npost_ouvert: 2020-02-02\nposte_ouvert: 2020-03-03\n---\n"
    );
    assert.strictEqual(result.posting.opens_at, "2020-03-03");
  });
});

QUnit.module("posting | parse: dates", (hooks) => {
  const closes = (value: string) =>
    posting(`---\nrole: Coach\nposte_ferme: ${value}\n---\n`);
  hooks.beforeEach(() => undefined);

  QUnit.test("forms of dates, each read as a day in Paris", (assert) => {
    const cases: Array<[string, string]> = [
      ["2022-02-22", "2022-02-22"],
      ["'2022-02-22'", "2022-02-22"],
      ["2022-02-22T23:00:00.000Z", "2022-02-23"],
      ["2022-07-01T21:59:00Z", "2022-07-01"],
      ["2022-07-01T22:00:00Z", "2022-07-02"],
      ["2022-02-22 10:00:00 +01:00", "2022-02-22"],
      [
        "Mon Dec 21 2020 14:05:12 GMT+0100 (heure normale d’Europe centrale)",
        "2020-12-21",
      ],
      ["Sun Jan 31 2021 23:30:00 GMT+0000 (UTC)", "2021-02-01"],
      ["21/12/2020", "2020-12-21"],
    ];
    for (const [raw, day] of cases) {
      assert.strictEqual(closes(raw).posting.closes_at, day, raw);
    }
  });

  QUnit.test("an impossible date is refused, not rolled over", (assert) => {
    const result = closes("2021-02-30");
    assert.strictEqual(result.posting.closes_at, null);
    assert.deepEqual(result.warnings, [
      {
        code: "invalid_date",
        field: "closes_at",
        line: 3,
        params: { value: "2021-02-30", key: "poste_ferme" },
      },
    ]);
  });

  QUnit.test("nonsense dates warn and count as none", (assert) => {
    assert.strictEqual(closes("bientôt").warnings[0].code, "invalid_date");
    assert.strictEqual(closes("[1, 2]").posting.closes_at, null);
  });
});

QUnit.module("posting | parse: status, contact, url, junior", () => {
  const fields = (yaml: string) =>
    posting(`---\nrole: Coach\n${yaml}\n---\n`).posting;

  QUnit.test("status from status, open and poste_pourvu", (assert) => {
    assert.strictEqual(fields("").status, "open");
    assert.strictEqual(fields("open: false").status, "closed");
    assert.strictEqual(fields("open: true").status, "open");
    assert.strictEqual(
      fields("status: open\nposte_pourvu: true").status,
      "filled"
    );
    assert.strictEqual(
      fields("status: closed\nposte_pourvu: false").status,
      "closed"
    );
    assert.strictEqual(fields("status: open\nopen: false").status, "closed");
    assert.strictEqual(fields("status: Pourvu").status, "filled");
    assert.strictEqual(fields("status: fermé").status, "closed");
  });

  QUnit.test("an unknown status is reported and ignored", (assert) => {
    const result = posting("---\nrole: Coach\nstatus: peut-être\n---\n");
    assert.strictEqual(result.posting.status, "open");
    assert.strictEqual(result.warnings[0].code, "invalid_status");
  });

  QUnit.test("contact: the e-mail in the value", (assert) => {
    assert.strictEqual(
      fields("contact: mailto:a.b@anct.gouv.fr").contact,
      "a.b@anct.gouv.fr"
    );
    assert.strictEqual(
      fields("contact: Ariane <ariane@x.fr>").contact,
      "ariane@x.fr"
    );
    assert.strictEqual(fields("contact: Ariane-Rose").contact, null);
  });

  QUnit.test("apply_url: http(s) only", (assert) => {
    assert.strictEqual(
      fields("externalURL: https://a.fr/b?c=d").apply_url,
      "https://a.fr/b?c=d"
    );
    assert.strictEqual(
      fields("externalURL: javascript:alert(1)").apply_url,
      null
    );
    assert.strictEqual(
      fields("externalURL: 'data:text/html,x'").apply_url,
      null
    );
    assert.strictEqual(fields("externalURL: www.a.fr").apply_url, null);
  });

  QUnit.test("junior", (assert) => {
    assert.true(fields("junior: true").junior);
    assert.true(fields("junior: oui").junior);
    assert.false(fields("junior: false").junior);
    assert.false(fields("").junior);
  });

  QUnit.test(
    "names of Object.prototype's members are no status or remote word",
    (assert) => {
      for (const word of ["constructor", "__proto__", "toString", "valueOf"]) {
        const result = posting(
          `---\nrole: Coach\nremote: ${word}\nstatus: ${word}\nposte_pourvu: ${word}\n---\n`
        );
        assert.deepEqual(
          [result.posting.remote, result.posting.status],
          [null, "open"],
          word
        );
        assert.deepEqual(
          result.warnings.map((warning) => warning.code).sort(),
          ["invalid_boolean", "invalid_remote", "invalid_status"],
          word
        );
      }
    }
  );

  QUnit.test("__proto__ and constructor as keys are unknown keys", (assert) => {
    const result = posting(
      "---\nrole: Coach\n__proto__: {status: filled}\nconstructor: x\n---\n"
    );
    assert.strictEqual(result.posting.status, "open");
    assert.deepEqual(
      result.warnings.map((warning) => [warning.code, warning.line]),
      [
        ["unknown_key", 3],
        ["unknown_key", 4],
      ]
    );
  });

  QUnit.test(
    "contact: the whole address, apostrophe included, without what follows its domain",
    (assert) => {
      assert.strictEqual(
        fields("contact: Écrire à o'brien@example.org").contact,
        "o'brien@example.org"
      );
      assert.strictEqual(
        fields("contact: \"'jobs@example.org'\"").contact,
        "jobs@example.org"
      );
      assert.strictEqual(
        fields("contact: jobs@example.org?bcc=x@evil.example").contact,
        "jobs@example.org"
      );
      assert.strictEqual(fields("contact: jobs@exämple.org").contact, null);
    }
  );

  QUnit.test("remote and location keys win over the body", (assert) => {
    const result = posting(
      "---\nrole: Coach\nremote: partiel\nlocation: Lyon\n---\nLieu : Paris\n100% remote"
    );
    assert.deepEqual(
      [result.posting.location, result.posting.remote],
      ["Lyon", "partial"]
    );
  });
});

QUnit.module("posting | parse: guesses from the body", () => {
  QUnit.test(
    "contracts and remote work are read from the text of a line, not its link targets",
    (assert) => {
      const result = posting(
        [
          "---",
          "role: Coach",
          "---",
          "Statut : voir [la fiche](https://example.org/cdd-stage)",
          "Contrat : [freelance](https://example.org/cdi), 100% remote",
        ].join("\n")
      );
      assert.deepEqual(result.posting.contracts, ["freelance"]);
      assert.strictEqual(result.posting.remote, "full");
      assert.deepEqual(
        result.warnings
          .filter((warning) => warning.code === "contracts_from_body")
          .map((warning) => warning.line),
        [5],
        "the guess points at the line that states the contract"
      );
    }
  );
});
