// size: the plugin's front-end code as Discourse ships it, minified and
// gzipped. Built like Discourse's asset processor builds a plugin: one
// bundler run (Vite 8's rolldown) over an entry that imports what
// Discourse's virtual entrypoint imports, Babel type stripping and template
// compilation, every module core provides at run time left external,
// minified by terser with Discourse's options. Target: main bundle at most
// 10 KB gzipped (issue 15).
//
// How core splits a plugin, read in its source:
// - lib/plugin/js_manager.rb compile_js_bundle hands every file under
//   assets/javascripts to one rollup run (lib/plugin/js_compiler.rb,
//   frontend/asset-processor/asset-processor-rollup.js) and writes every
//   chunk it emits, entries and `chunk.[hash]` files alike, beside each
//   other in js/plugins/; the manifest lists an entry's static imports. So
//   a dynamic import() becomes a file that the browser fetches on demand.
// - But frontend/asset-processor/rollup-virtual-imports.js imports EVERY
//   module into the entry unless the plugin's about.json sets
//   `frontend.staticModules` (PR #41698, 2026-07-14): a module the entry
//   already holds cannot be split off, whatever import() says. With the
//   flag, the entry holds only what core looks up by name (connectors,
//   services, models, adapters, routes, controllers, templates and
//   discourse-markdown at the top level; initializers at any depth; route
//   maps) and the `sharedModules` that other bundles import; components and
//   lib are bundled only as far as those import them. This plugin sets it
//   (about.json), and this bench reads the same file, so its figure stays
//   honest if the flag is ever dropped (then nothing is lazy and it fails).
// - It lists no `sharedModules`: those are for OTHER plugins and themes,
//   which reach a plugin's modules through its entry's default export
//   (babel-resolve-plugin-imports.js). The plugin's own tests do not: core
//   compiles the "test" entrypoint in the same rollup run as "main"
//   (js_manager.rb compile_js_bundle), where discourse-external-loader.js
//   resolves `discourse/plugins/discourse-job-board/…` to our files, so a
//   test shares main's chunks whatever the entry exports.
// What must stay lazy: the composer's form and the Markdown import (a chunk
// loaded when a publisher opens the composer in a board category), and
// behind it the parser (loaded when a file is imported).
import { babel } from "@rollup/plugin-babel";
import { Preprocessor } from "content-tag";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { build, type Plugin, type Rollup } from "vite";
import {
  isProvidedAtRuntime,
  parseRuntimeModules,
} from "../script/lib/runtime-modules.ts";
import { round } from "./lib/stats.ts";

const require = createRequire(import.meta.url);
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const PLUGIN_JS = `${ROOT}assets/javascripts/`;
const ENTRY = "virtual:job-board-entry";
const ENTRY_ID = "\0job-board-entry";
const MODULE_PREFIX = "discourse/plugins/discourse-job-board/";
// Added by Babel's decorator transform; core ships the runtime to plugins.
const BABEL_RUNTIME_MODULES = ["decorator-transforms/runtime"];
// What must only ever load with the Markdown import: the parser's reading
// and normalising code (front-matter.ts lends the composer one constant).
export const PARSER_MODULES = [
  "lib/posting/parse.ts",
  "lib/posting/parse-yaml.ts",
  "lib/posting/normalise.ts",
];
// What must only load when a publisher opens the composer in a board
// category: the posting's form, the import panel and the form's rules.
export const COMPOSER_MODULES = [
  "components/job-board-composer-fields.gts",
  "components/job-posting-form.gts",
  "components/job-posting-form/field.gts",
  "components/job-posting-import.gts",
  "lib/posting-form.ts",
];
// Publishers' alone, loaded above a board's list for them only.
export const PUBLISHER_MODULES = ["components/job-board-attention.gts"];
// The board's parts members see on its pages only, each loaded by its
// connector (services/job-board-chunks.ts): what the list's cells and mobile
// summary show (the columns themselves are drawn empty until it arrives),
// the filter bar and empty state,
// the posting's card, the follows in the preferences, the changed fields in
// a post's history.
export const BOARD_MODULES = [
  "components/job-board-list/cells.gts",
  "components/job-board-list/row-texts.ts",
  "components/job-posting-chips.gts",
  "components/job-posting-summary.gts",
  "lib/board-filters.ts",
  "lib/pay-display.ts",
  "lib/posting/places.ts",
  "components/job-board-discovery.gts",
  "components/job-board-filter-bar.gts",
  "components/job-board-filter-bar/choices.ts",
  "components/job-board-filter-bar/option-list.gts",
  "components/job-board-empty-state.gts",
  "components/job-board-follow-button.gts",
  "components/job-board-feed-link.gts",
  "components/job-board-topic-card.gts",
  "components/job-posting-card.gts",
  "components/job-posting-banner.gts",
  "components/job-apply-button.gts",
  "components/job-board-follows-list.gts",
  "components/job-revision-fields.gts",
  "lib/revision-fields.ts",
  // Labels, days and the apply link: the cells', the card's and the
  // composer's, never the badge's (which reads posting-status.ts alone).
  "lib/posting-display.ts",
  "lib/posting/normalise-values.ts",
  // Whether filters are followed: the follow button's, not the service's.
  "lib/board-follow-match.ts",
];
// rollup-virtual-imports.js EAGER_DIRECTORIES, anchored at the top level.
const EAGER_DIRECTORY =
  /^[^/]+\/(connectors|services|models|adapters|routes|controllers|templates|discourse-markdown)\//;
const INITIALIZER =
  /\/(pre-initializers|initializers|api-initializers|instance-initializers)\//;

export interface SizeFigures {
  mainGzipKb: number;
  /** The composer's chunk(s), loaded when a publisher opens the composer. */
  composerChunkGzipKb: number;
  /** The attention list's chunk (and any the lazy parts share), for publishers above a board. */
  publisherChunkGzipKb: number;
  publisherChunks: string[];
  /** The parser's chunk(s), loaded when a file is imported. */
  importChunkGzipKb: number;
  mainChunks: string[];
  composerChunks: string[];
  importChunks: string[];
}

/** The plugin's about.json `frontend` block, as core reads it. */
interface FrontendConfig {
  staticModules?: boolean;
  sharedModules?: string[];
}

export function frontendConfig(): FrontendConfig {
  const about = JSON.parse(readFileSync(`${ROOT}about.json`, "utf8")) as {
    frontend?: FrontendConfig;
  };
  return about.frontend ?? {};
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter(
      (file) => /\.(js|gjs|ts|gts)$/.test(file) && !file.endsWith(".d.ts")
    )
    .map((file) => `${folder}${file}`)
    .sort();
}

/**
 * The modules the entry imports, chosen as core's virtual entrypoint chooses
 * them (rollup-virtual-imports.js): every module without
 * `frontend.staticModules`; with it, what core looks up by name and the
 * shared modules, the rest left to static imports and import().
 */
export function entryModules(config = frontendConfig()): string[] {
  const all = filesUnder(`${PLUGIN_JS}discourse/`);
  if (!config.staticModules) {
    return all;
  }
  const stripped = (path: string) => path.replace(/\.[^./]+$/, "");
  const shared = new Set((config.sharedModules ?? []).map(stripped));
  return all.filter((file) => {
    const name = stripped(relative(PLUGIN_JS, file));
    return (
      EAGER_DIRECTORY.test(name) ||
      INITIALIZER.test(name) ||
      /route-map$/.test(name) ||
      shared.has(name)
    );
  });
}

// Like Discourse's virtual entrypoint: every module imported as a namespace
// and kept in a map, so no export is tree-shaken away.
function entryPlugin(files: string[]): Plugin {
  return {
    name: "job-board-entry",
    // Library mode hands the entry over as a path below the root.
    resolveId: (id) => (id.endsWith(ENTRY) ? ENTRY_ID : null),
    load(id) {
      if (id !== ENTRY_ID) {
        return null;
      }
      const lines = files.map(
        (file, index) => `import * as m${index} from ${JSON.stringify(file)};`
      );
      const names = files.map((file, index) => {
        const name = MODULE_PREFIX + relative(PLUGIN_JS, file);
        return `  ${JSON.stringify(name.replace(/\.[^.]+$/, ""))}: m${index},`;
      });
      return [...lines, "export default {", ...names, "};"].join("\n");
    },
  };
}

// .gts → .ts with template() calls, as Discourse's own content-tag step.
function templateTagPlugin(): Plugin {
  const preprocessor = new Preprocessor();
  return {
    name: "job-board-template-tag",
    transform(code, id) {
      if (!id.endsWith(".gts") && !id.endsWith(".gjs")) {
        return null;
      }
      return preprocessor.process(code, { filename: id });
    },
  };
}

function externals(unknown: Set<string>) {
  const modules = parseRuntimeModules(
    readFileSync(`${ROOT}script/discourse-runtime-modules.txt`, "utf8")
  );
  return (id: string): boolean => {
    if (id.startsWith(".") || id.startsWith("/") || id.startsWith("\0")) {
      return false;
    }
    if (
      isProvidedAtRuntime(id, modules) ||
      BABEL_RUNTIME_MODULES.includes(id)
    ) {
      return true;
    }
    // Bundling a package core lacks would hide what fails inside Discourse.
    unknown.add(id);
    return true;
  };
}

export async function bundle(): Promise<Rollup.OutputChunk[]> {
  const unknown = new Set<string>();
  const output = await build({
    configFile: false,
    root: ROOT,
    logLevel: "warn",
    // Babel alone strips the types, as in Discourse (Vite's own TypeScript
    // transform would also rewrite the decorators its way).
    oxc: false,
    plugins: [
      entryPlugin(entryModules()),
      templateTagPlugin(),
      babel({
        babelHelpers: "bundled",
        extensions: [".js", ".gjs", ".ts", ".gts"],
        configFile: false,
        babelrc: false,
        plugins: [
          [
            require.resolve("@babel/plugin-transform-typescript"),
            {
              allExtensions: true,
              onlyRemoveTypeImports: true,
              allowDeclareFields: true,
            },
          ],
          require.resolve("babel-plugin-ember-template-compilation"),
          [
            require.resolve("decorator-transforms"),
            { runtime: { import: "decorator-transforms/runtime" } },
          ],
        ],
      }),
    ],
    build: {
      write: false,
      // Library mode: no preload helper wrapped around import(), which
      // Vite adds to apps and Discourse's rollup run does not.
      lib: { entry: ENTRY, formats: ["es"], fileName: "main" },
      reportCompressedSize: false,
      minify: "terser",
      // Discourse's asset processor runs terser with these.
      terserOptions: {
        module: true,
        compress: { negate_iife: false, sequences: 30, drop_debugger: false },
        format: { semicolons: false },
      },
      rollupOptions: {
        external: externals(unknown),
        preserveEntrySignatures: "strict",
      },
    },
  });
  if (unknown.size > 0) {
    throw new Error(
      `imports that Discourse does not provide: ${[...unknown].join(", ")}`
    );
  }
  const results = Array.isArray(output) ? output : [output];
  return results.flatMap((result) =>
    "output" in result
      ? result.output.filter(
          (item): item is Rollup.OutputChunk => item.type === "chunk"
        )
      : []
  );
}

/** Chunks loaded with the page: the entry and what it imports statically. */
function staticallyLoaded(chunks: Rollup.OutputChunk[]): Set<string> {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const loaded = new Set<string>();
  const visit = (name: string) => {
    const chunk = byName.get(name);
    if (!chunk || loaded.has(name)) {
      return;
    }
    loaded.add(name);
    chunk.imports.forEach(visit);
  };
  chunks.filter((chunk) => chunk.isEntry).forEach((c) => visit(c.fileName));
  return loaded;
}

const gzipKb = (chunks: Rollup.OutputChunk[]) =>
  round(
    chunks.reduce(
      (total, chunk) => total + gzipSync(chunk.code, { level: 9 }).length,
      0
    ) / 1024,
    1
  );

const moduleIdsOf = (chunks: Rollup.OutputChunk[], modules: string[]) =>
  chunks.flatMap((chunk) =>
    chunk.moduleIds.filter((id) =>
      modules.some((module) => id === `${PLUGIN_JS}discourse/${module}`)
    )
  );

/** Splits the chunks into main, the composer's and the parser's; throws when a lazy module is in main. */
export function sortChunks(chunks: Rollup.OutputChunk[]) {
  const loaded = staticallyLoaded(chunks);
  const main = chunks.filter((chunk) => loaded.has(chunk.fileName));
  const lazy = chunks.filter((chunk) => !loaded.has(chunk.fileName));

  const misplaced = moduleIdsOf(main, [
    ...PARSER_MODULES,
    ...COMPOSER_MODULES,
    ...PUBLISHER_MODULES,
    ...BOARD_MODULES,
  ]);
  if (misplaced.length > 0 || main.some((c) => c.imports.includes("js-yaml"))) {
    throw new Error(
      `lazily loaded code is in the main bundle: ${misplaced.join(", ") || "js-yaml"}`
    );
  }
  const parser = lazy.filter(
    (chunk) =>
      moduleIdsOf([chunk], PARSER_MODULES).length > 0 ||
      chunk.imports.includes("js-yaml")
  );
  const composer = lazy.filter(
    (chunk) =>
      !parser.includes(chunk) &&
      moduleIdsOf([chunk], COMPOSER_MODULES).length > 0
  );
  // The attention list, the board's parts, and any chunk they share.
  const publisher = lazy.filter(
    (chunk) => !parser.includes(chunk) && !composer.includes(chunk)
  );
  if (parser.length === 0 || composer.length === 0) {
    throw new Error(
      "no chunk behind the composer's or the Markdown import's import()"
    );
  }
  return { main, composer, parser, publisher };
}

export async function benchSize(): Promise<SizeFigures> {
  const { main, composer, parser, publisher } = sortChunks(await bundle());
  return {
    mainGzipKb: gzipKb(main),
    publisherChunkGzipKb: gzipKb(publisher),
    publisherChunks: publisher.map((chunk) => chunk.fileName),
    composerChunkGzipKb: gzipKb(composer),
    importChunkGzipKb: gzipKb(parser),
    mainChunks: main.map((chunk) => chunk.fileName),
    composerChunks: composer.map((chunk) => chunk.fileName),
    importChunks: parser.map((chunk) => chunk.fileName),
  };
}

/** Each lazy part's modules, below assets/javascripts/discourse/ (for test/node/lazy-bundle-test.ts). */
export interface ChunkModules {
  main: string[];
  composer: string[];
  parser: string[];
  /** The composer's chunk imports the parser's with import(). */
  parserBehindComposer: boolean;
}

export async function chunkModules(): Promise<ChunkModules> {
  const { main, composer, parser } = sortChunks(await bundle());
  const short = (chunks: Rollup.OutputChunk[]) =>
    chunks.flatMap((chunk) =>
      chunk.moduleIds
        .filter((id) => id.startsWith(`${PLUGIN_JS}discourse/`))
        .map((id) => relative(`${PLUGIN_JS}discourse`, id))
    );
  return {
    main: short(main),
    composer: short(composer),
    parser: short(parser),
    parserBehindComposer: composer.some((chunk) =>
      chunk.dynamicImports.some((name) =>
        parser.some((p) => p.fileName === name)
      )
    ),
  };
}

// No top-level await: the Node tests load this file through a CommonJS
// transform. They run it in a process of their own (`--modules`), since
// Vite's workers do not survive that transform.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  if (process.argv.includes("--modules")) {
    void chunkModules().then((modules) =>
      process.stdout.write(`${JSON.stringify(modules)}\n`)
    );
  } else {
    void benchSize().then((figures) =>
      console.log(
        `main_gzip_kb=${figures.mainGzipKb} composer_chunk_gzip_kb=${figures.composerChunkGzipKb} publisher_chunk_gzip_kb=${figures.publisherChunkGzipKb} import_chunk_gzip_kb=${figures.importChunkGzipKb} (main: ${figures.mainChunks.join(", ")}; composer: ${figures.composerChunks.join(", ")}; publisher: ${figures.publisherChunks.join(", ")}; import: ${figures.importChunks.join(", ")})`
      )
    );
  }
}
