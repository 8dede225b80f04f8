// The main bundle, built as core builds it (bench/size.ts), never reaches
// the composer's form or the Markdown import's parser, so that a later
// static import cannot pull them back into every page of the forum
// unnoticed; and they do come, in chunks of their own.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import QUnit from "qunit";
import {
  BOARD_MODULES,
  type ChunkModules,
  COMPOSER_MODULES,
  entryModules,
  PARSER_MODULES,
  PUBLISHER_MODULES,
} from "../../bench/size.ts";

const SIZE = fileURLToPath(new URL("../../bench/size.ts", import.meta.url));
const PLUGIN = "assets/javascripts/discourse/";

// Built in a process of its own: Vite's workers do not survive the
// CommonJS transform this runner loads files through.
function builtChunks(): ChunkModules {
  const run = spawnSync(
    process.execPath,
    ["--import", "tsx", SIZE, "--modules"],
    {
      encoding: "utf8",
    }
  );
  const line = run.stdout.trim().split("\n").at(-1) ?? "";
  if (run.status !== 0 || !line.startsWith("{")) {
    throw new Error(`bench/size.ts --modules failed: ${run.stderr}`);
  }
  return JSON.parse(line) as ChunkModules;
}

QUnit.module("lazy bundle", (hooks) => {
  let chunks: ChunkModules;

  hooks.before(() => {
    chunks = builtChunks();
  });

  QUnit.test(
    "the entry holds what core looks up by name, not the components",
    (assert) => {
      const entry = entryModules().map((file) =>
        file.slice(file.indexOf(PLUGIN) + PLUGIN.length)
      );
      assert.true(
        entry.includes("connectors/composer-fields/job-board-fields.gts")
      );
      assert.true(entry.includes("api-initializers/job-board-composer.ts"));
      assert.true(entry.includes("services/job-board-composer-form.ts"));
      assert.false(
        entry.some((file) => file.startsWith("components/job-posting-form")),
        "the form is reached only through import()"
      );
    }
  );

  QUnit.test(
    "the main bundle reaches neither the form, the parser nor the attention list",
    (assert) => {
      for (const module of [
        ...COMPOSER_MODULES,
        ...PARSER_MODULES,
        ...PUBLISHER_MODULES,
      ]) {
        assert.false(
          chunks.main.includes(module),
          `${module} is not in the main bundle`
        );
      }
      assert.true(
        chunks.main.includes("components/job-board-composer-loader.gts"),
        "the loader is"
      );
    }
  );

  QUnit.test(
    "the board's list cells, filter bar, card, follows and revision fields stay out of the main bundle",
    (assert) => {
      for (const module of BOARD_MODULES) {
        assert.false(
          chunks.main.includes(module),
          `${module} is not in the main bundle`
        );
      }
      for (const connector of [
        "connectors/discovery-list-container-top/job-board-filters.gts",
        "connectors/topic-title/job-board-posting-card.gts",
        "connectors/user-preferences-notifications/job-board-follows.gts",
        "connectors/post-revisions/job-board-revision-fields.gts",
      ]) {
        assert.true(
          chunks.main.includes(connector),
          `${connector}, which decides whether to render, is`
        );
      }
    }
  );

  QUnit.test(
    "the form comes in the composer's chunk, the parser in another behind it",
    (assert) => {
      for (const module of COMPOSER_MODULES) {
        assert.true(chunks.composer.includes(module), module);
      }
      for (const module of PARSER_MODULES) {
        assert.true(chunks.parser.includes(module), module);
      }
      assert.true(
        chunks.parserBehindComposer,
        "the parser loads from the composer's chunk, on import"
      );
    }
  );
});
