// The demo's descriptions are cooked from the samples' Markdown, some of it
// pasted from word processors (`<!--StartFragment-->`): what reaches the
// page is Markdown's HTML, never the source's own HTML or a script link.
import { readdirSync, readFileSync } from "node:fs";
import QUnit from "qunit";
import { parse } from "../../assets/javascripts/discourse/lib/posting/index.ts";
import { cook } from "../../demo/cook.ts";

const { module, test } = QUnit;

const POSTINGS = new URL("../fixtures/postings/", import.meta.url);

module("Node | demo | cook", function () {
  test("Markdown becomes the forum's HTML", function (assert) {
    assert.strictEqual(
      cook("## Missions\n\nUne **équipe** et\nune ligne"),
      "<h2>Missions</h2>\n<p>Une <strong>équipe</strong> et<br>\nune ligne</p>\n"
    );
    assert.strictEqual(
      cook("* un\n* deux"),
      "<ul>\n<li>un</li>\n<li>deux</li>\n</ul>\n"
    );
  });

  test("addresses become links that leave the forum", function (assert) {
    assert.strictEqual(
      cook("Voir https://beta.gouv.fr et [écrire](mailto:a@b.fr)"),
      '<p>Voir <a href="https://beta.gouv.fr" rel="nofollow ugc noopener">https://beta.gouv.fr</a> et <a href="mailto:a@b.fr">écrire</a></p>\n'
    );
  });

  test("pasted fragments and raw HTML neither show nor run", function (assert) {
    const cooked = cook(
      [
        "<!--StartFragment-->",
        "",
        "## Le poste",
        "",
        "<script>alert(1)</script>",
        "",
        'Texte <img src=x onerror="alert(2)"> et <b onclick="alert(3)">gras</b>',
        "",
        "<!--EndFragment-->",
      ].join("\n")
    );
    assert.strictEqual(
      cooked,
      "<h2>Le poste</h2>\n<p>Texte  et gras</p>\n",
      "the source's HTML is dropped, its text kept"
    );
  });

  test("only web and e-mail links are links", function (assert) {
    for (const href of [
      // eslint-disable-next-line no-script-url -- the very links to refuse
      "javascript:alert(1)",
      // eslint-disable-next-line no-script-url -- idem, in mixed case
      "JaVaScRiPt:alert(1)",
      "vbscript:msgbox(1)",
      "data:text/html,<script>alert(1)</script>",
      "file:///etc/passwd",
      "//evil.example/x",
    ]) {
      const cooked = cook(`[clic](${href}) <${href}>`);
      assert.false(cooked.includes("<a"), `${href}: ${cooked}`);
    }
    assert.false(cook("![x](javascript:alert(1))").includes("<img"));
  });

  test("no sample's description shows HTML source", function (assert) {
    let files = 0;
    const folders = readdirSync(POSTINGS, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    for (const folder of folders) {
      for (const file of readdirSync(new URL(`${folder}/`, POSTINGS))) {
        const source = readFileSync(
          new URL(`${folder}/${file}`, POSTINGS),
          "utf8"
        );
        const result = parse(source, { fileName: file });
        const cooked = cook(result.ok ? result.posting.body : source);
        files++;
        assert.false(
          /&lt;!--|<!--|<script|<(?:div|span|font)\b/i.test(cooked),
          `${folder}/${file}`
        );
      }
    }
    assert.true(files > 50, `${files} sample files`);
  });
});
