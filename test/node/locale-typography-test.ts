// Every French sentence the plugin shows (client, server, command-line tool)
// follows French typography (Imprimerie nationale): a no-break space before
// « : », a narrow no-break space before « ; ! ? » and inside « », and the
// typographic apostrophe. English sentences use English quotes. Placeholders
// (%{x}, {{x}}) survive the spacing untouched, the same ones in both
// languages, since Discourse leaves an unknown one in the text as is.
import { load } from "js-yaml";
import { readFileSync } from "node:fs";
import QUnit from "qunit";
import { STATUSES } from "../../cli/import/file-status.ts";
import { reportStrings } from "../../cli/import/report-strings.ts";
import { stringsFor } from "../../cli/strings.ts";

const { module, test } = QUnit;

const NBSP = "\u00A0";
const NNBSP = "\u202F";

type Tree = { [key: string]: Tree | string };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const strings = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") {
      strings.set(path, value);
    } else {
      for (const [inner, text] of flatten(value, path)) {
        strings.set(inner, text);
      }
    }
  }
  return strings;
}

function localeStrings(file: string, locale: string): Map<string, string> {
  const url = new URL(`../../config/locales/${file}`, import.meta.url);
  const tree = load(readFileSync(url, "utf8")) as Record<string, Tree>;
  return flatten(tree[locale]);
}

/**
 * The CLI's own sentences, as the tool prints them: functions are called
 * with small numbers so that both singular and plural branches show up.
 */
function cliStrings(language: "fr" | "en"): Map<string, string> {
  const strings = new Map<string, string>();
  for (const [key, value] of Object.entries(stringsFor(language))) {
    if (typeof value === "string") {
      strings.set(`cli.${key}`, value);
    } else {
      const call = value as (...args: number[]) => string;
      strings.set(`cli.${key}(1)`, call(1, 1, 1, 1));
      strings.set(`cli.${key}(2)`, call(2, 0, 3, 0));
    }
  }
  for (const [key, text] of importReportStrings(language)) {
    strings.set(`cli.report.${key}`, text);
  }
  return strings;
}

/** The import report's sentences (cli/import/report-strings.ts), each branch. */
function importReportStrings(language: "fr" | "en"): Map<string, string> {
  const r = reportStrings(language);
  const out = new Map<string, string>();
  for (const status of STATUSES) {
    out.set(`status.${status}`, r.status(status, false));
    out.set(`status.${status}.dry`, r.status(status, true));
  }
  for (const reason of ["hidden", "not_posting"]) {
    out.set(`skipReason.${reason}`, r.skipReason(reason));
  }
  for (const reason of ["short", "entropy", "duplicate"] as const) {
    out.set(`titleReason.${reason}`, r.titleReason(reason));
    out.set(`titleNote.${reason}`, r.titleNote("Chef·fe de produit", reason));
  }
  for (const source of ["forum", "defaults"] as const) {
    out.set(`rules.${source}`, r.rules(source, 15, true));
    out.set(`rules.${source}.shared`, r.rules(source, 15, false));
  }
  out.set("estimate.1", r.estimate(1, 1, "1", 60));
  out.set("estimate.2", r.estimate(575, 576, "10", 60));
  out.set("dryRunDone", r.dryRunDone);
  out.set("finished", r.finished);
  out.set("beforeStop", r.beforeStop);
  out.set("stopped", r.stopped("HTTP 403"));
  out.set("interrupted", r.interrupted(2, r.failedHint));
  out.set("failedHint", r.failedHint);
  out.set("retrying", r.retrying("POST /posts.json", "2"));
  out.set(
    "unknownCategory",
    r.unknownCategory("jobs", "http://forum.test", ["emplois", "general"])
  );
  out.set("topic", r.topic(12));
  for (const note of ["elsewhere", "unreadable"] as const) {
    out.set(`journalNote.${note}`, r.journalNote("tmp/journal.json", note));
  }
  return out;
}

// Text that is code, not French prose, is written as typed: addresses, the
// front matter's syntax (« clé: valeur »), a refused link's scheme
// (« javascript: ») and the settings' items (« code;libellé français »),
// whose semicolons touch the words on both sides.
const CODE = [
  /\b[a-z]+:\/\/\S*/g,
  /clé: valeur/g,
  /%\{scheme\}:/g,
  /(?<=\S);(?=\S)/g,
];

function prose(text: string): string {
  return CODE.reduce((rest, code) => rest.replace(code, "CODE"), text);
}

/** What breaks French typography in one sentence, or an empty list. */
function frenchTypographyProblems(text: string): string[] {
  const problems: string[] = [];
  const words = prose(text);
  if (words.includes("'")) {
    problems.push("straight apostrophe ' instead of ’");
  }
  for (const match of words.matchAll(/(.)?:/g)) {
    if (match[1] !== NBSP) {
      problems.push(
        `no no-break space (U+00A0) before « : » at ${match.index}`
      );
    }
  }
  for (const match of words.matchAll(/(.)?([;!?])/g)) {
    if (match[1] !== NNBSP) {
      problems.push(
        `no narrow no-break space (U+202F) before « ${match[2]} » at ${match.index}`
      );
    }
  }
  for (const match of words.matchAll(/«(.)?/g)) {
    if (match[1] !== NNBSP) {
      problems.push(
        `no narrow no-break space (U+202F) after « at ${match.index}`
      );
    }
  }
  for (const match of words.matchAll(/(.)?»/g)) {
    if (match[1] !== NNBSP) {
      problems.push(
        `no narrow no-break space (U+202F) before » at ${match.index}`
      );
    }
  }
  if (/[“”"]/.test(words)) {
    problems.push("English or straight quotes instead of « »");
  }
  return problems;
}

/** What breaks English typography in one sentence, or an empty list. */
function englishTypographyProblems(text: string): string[] {
  const problems: string[] = [];
  if (/[«»]/.test(text)) {
    problems.push("French quotes « » instead of “ ”");
  }
  if (/["']/.test(prose(text))) {
    problems.push("straight quote or apostrophe instead of “ ” ’");
  }
  return problems;
}

const PLACEHOLDER = /%\{[^}]*\}?|\{\{[^}]*\}?\}?/g;

/** The placeholders of a sentence, and those that are not well formed. */
function placeholders(text: string): { names: string[]; broken: string[] } {
  const found = text.match(PLACEHOLDER) ?? [];
  return {
    names: found.map((placeholder) => placeholder.replace(/\W/g, "")).sort(),
    broken: found.filter(
      (placeholder) => !/^(?:%\{\w+\}|\{\{\w+\}\})$/.test(placeholder)
    ),
  };
}

function report(problems: Map<string, string[]>): string {
  return [...problems]
    .map(([key, list]) => `${key}: ${list.join("; ")}`)
    .join("\n");
}

function check(
  strings: Map<string, string>,
  rules: (text: string) => string[]
): Map<string, string[]> {
  const problems = new Map<string, string[]>();
  for (const [key, text] of strings) {
    const found = [...rules(text), ...placeholders(text).broken];
    if (found.length > 0) {
      problems.set(key, found);
    }
  }
  return problems;
}

const SOURCES = [
  { name: "client", fr: "client.fr.yml", en: "client.en.yml" },
  { name: "server", fr: "server.fr.yml", en: "server.en.yml" },
];

module("Node | locale typography", function () {
  test("the rules tell good French typography from bad", function (assert) {
    assert.deepEqual(
      frenchTypographyProblems(`Erreur${NBSP}: «${NNBSP}x${NNBSP}»${NNBSP}!`),
      []
    );
    assert.deepEqual(frenchTypographyProblems("Erreur : l'offre « x » !"), [
      "straight apostrophe ' instead of ’",
      "no no-break space (U+00A0) before « : » at 6",
      "no narrow no-break space (U+202F) before « ! » at 22",
      "no narrow no-break space (U+202F) after « at 17",
      "no narrow no-break space (U+202F) before » at 20",
    ]);
    assert.deepEqual(
      frenchTypographyProblems("Voir https://exemple.fr/?a=1 (clé: valeur)"),
      [],
      "addresses and the front matter's syntax are code"
    );
    assert.deepEqual(
      englishTypographyProblems("The key “%{key}” isn’t known"),
      []
    );
    assert.deepEqual(englishTypographyProblems("The key « %{key} » isn't"), [
      "French quotes « » instead of “ ”",
      "straight quote or apostrophe instead of “ ” ’",
    ]);
  });

  for (const source of SOURCES) {
    test(`every French ${source.name} string follows French typography`, function (assert) {
      const problems = check(
        localeStrings(source.fr, "fr"),
        frenchTypographyProblems
      );
      assert.strictEqual(report(problems), "", `config/locales/${source.fr}`);
    });

    test(`every English ${source.name} string uses English quotes`, function (assert) {
      const problems = check(
        localeStrings(source.en, "en"),
        englishTypographyProblems
      );
      assert.strictEqual(report(problems), "", `config/locales/${source.en}`);
    });

    test(`${source.name}: French and English strings have the same placeholders`, function (assert) {
      const fr = localeStrings(source.fr, "fr");
      const en = localeStrings(source.en, "en");
      const differ: string[] = [];
      for (const [key, text] of fr) {
        const english = en.get(key);
        // Plural forms differ between languages (French has no "many" here).
        if (english === undefined) {
          continue;
        }
        const ours = placeholders(text).names.join(",");
        const theirs = placeholders(english).names.join(",");
        if (ours !== theirs) {
          differ.push(`${key}: fr {${ours}} en {${theirs}}`);
        }
      }
      assert.deepEqual(differ, []);
    });
  }

  test("every French sentence of the command-line tool follows French typography", function (assert) {
    const problems = check(cliStrings("fr"), frenchTypographyProblems);
    assert.strictEqual(report(problems), "", "cli/strings.ts");
  });

  test("every English sentence of the command-line tool uses English quotes", function (assert) {
    const problems = check(cliStrings("en"), englishTypographyProblems);
    assert.strictEqual(report(problems), "", "cli/strings.ts");
  });
});
