// size: the plugin's front-end code as Discourse ships it, minified and
// gzipped. Built like Discourse's asset processor builds a plugin: one
// bundler run (Vite 8's rolldown) over an entry that imports every module
// Discourse loads, Babel type stripping and template compilation, every
// module core provides at run time left external, minified by terser with
// Discourse's options. The Markdown import's parser must stay behind its
// dynamic import(), in a chunk of its own: the main bundle holding it is a
// failure, not a figure. Target: main bundle at most 25 KB gzipped.
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
const PARSER_MODULES = [
  "lib/posting/parse.ts",
  "lib/posting/parse-yaml.ts",
  "lib/posting/normalise.ts",
];

export interface SizeFigures {
  mainGzipKb: number;
  importChunkGzipKb: number;
  mainChunks: string[];
  importChunks: string[];
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
 * The modules the entry imports. Discourse looks initializers, connectors,
 * services and components up by name, so all of those are entries; `lib/`
 * holds plain modules, bundled only as far as something imports them, which
 * is what lets the parser wait behind the import component's import().
 */
export function entryModules(): string[] {
  return filesUnder(`${PLUGIN_JS}discourse/`).filter(
    (file) => !relative(`${PLUGIN_JS}discourse`, file).startsWith("lib/")
  );
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

export async function benchSize(): Promise<SizeFigures> {
  const chunks = await bundle();
  const loaded = staticallyLoaded(chunks);
  const main = chunks.filter((chunk) => loaded.has(chunk.fileName));
  const lazy = chunks.filter((chunk) => !loaded.has(chunk.fileName));

  const misplaced = main.flatMap((chunk) =>
    chunk.moduleIds.filter((id) =>
      PARSER_MODULES.some((module) => id === `${PLUGIN_JS}discourse/${module}`)
    )
  );
  if (misplaced.length > 0 || main.some((c) => c.imports.includes("js-yaml"))) {
    throw new Error(
      `the Markdown import's parser is in the main bundle: ${misplaced.join(", ") || "js-yaml"}`
    );
  }
  if (lazy.length === 0) {
    throw new Error("no chunk behind the Markdown import's import()");
  }
  return {
    mainGzipKb: gzipKb(main),
    importChunkGzipKb: gzipKb(lazy),
    mainChunks: main.map((chunk) => chunk.fileName),
    importChunks: lazy.map((chunk) => chunk.fileName),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const figures = await benchSize();
  console.log(
    `main_gzip_kb=${figures.mainGzipKb} import_chunk_gzip_kb=${figures.importChunkGzipKb} (main: ${figures.mainChunks.join(", ")}; import: ${figures.importChunks.join(", ")})`
  );
}
