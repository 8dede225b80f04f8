// Plugin front-end code is compiled by Discourse, which leaves bare imports
// external and resolves them against the modules core registers. A package
// core lacks works in our own tests and fails only inside Discourse, so this
// check refuses it before that.
//
//   node --import tsx script/check-imports.ts [plugin-root]
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, posix } from "node:path";
import { pathToFileURL } from "node:url";
import { listImports, type ModuleReference } from "./lib/list-imports.ts";
import {
  isProvidedAtRuntime,
  parseRuntimeModules,
  type RuntimeModules,
} from "./lib/runtime-modules.ts";

export const FRONTEND_ROOTS = [
  "assets/javascripts",
  "admin/assets/javascripts",
];
export const FRONTEND_EXTENSIONS = [".js", ".gjs", ".ts", ".gts"];
const RUNTIME_MODULES_FILE = new URL(
  "./discourse-runtime-modules.txt",
  import.meta.url
);

export interface ImportProblem {
  /** Path relative to the plugin root, with forward slashes. */
  file: string;
  line: number;
  message: string;
}

export interface ImportCheckContext {
  modules: RuntimeModules;
  /** Whether a plugin-relative path (forward slashes) is an existing file. */
  fileExists: (path: string) => boolean;
}

export function loadRuntimeModules(): RuntimeModules {
  return parseRuntimeModules(readFileSync(RUNTIME_MODULES_FILE, "utf8"));
}

const hasFrontendExtension = (path: string): boolean =>
  FRONTEND_EXTENSIONS.some((extension) => path.endsWith(extension));

function frontendRootOf(file: string): string | undefined {
  return FRONTEND_ROOTS.find((root) => file.startsWith(`${root}/`));
}

function relativeProblem(
  file: string,
  specifier: string,
  context: ImportCheckContext
): string | null {
  const target = posix.normalize(posix.join(posix.dirname(file), specifier));
  const root = frontendRootOf(file);
  if (root === undefined || !target.startsWith(`${root}/`)) {
    return `"${specifier}" points outside ${root ?? "the front-end folders"}, which Discourse does not compile with this file`;
  }
  if (!hasFrontendExtension(target)) {
    // Discourse core's own lint rule requires the extension on relative
    // imports; its loader does not guess it.
    const guess = FRONTEND_EXTENSIONS.find((extension) =>
      context.fileExists(target + extension)
    );
    const hint = guess ? ` (write "${specifier}${guess}")` : "";
    return `"${specifier}" needs its file extension (${FRONTEND_EXTENSIONS.join(", ")})${hint}`;
  }
  if (!context.fileExists(target)) {
    return `"${specifier}" does not resolve to a file`;
  }
  return null;
}

function referenceProblem(
  file: string,
  reference: ModuleReference,
  context: ImportCheckContext
): string | null {
  const { kind, specifier } = reference;
  if (kind === "require") {
    return `require(${specifier === null ? "…" : `"${specifier}"`}) is not available in Discourse's module loader: use import`;
  }
  if (specifier === null) {
    return "import() with a computed module name cannot be checked: use a string literal";
  }
  if (specifier.startsWith(".")) {
    return relativeProblem(file, specifier, context);
  }
  if (isProvidedAtRuntime(specifier, context.modules)) {
    return null;
  }
  const message = `"${specifier}" is not provided by Discourse at run time`;
  return kind === "inline-type-only"
    ? `${message} (import { type … } still loads it: write import type { … })`
    : message;
}

/** Checks one file's source. Pure, given `context.fileExists`. */
export function checkFileImports(
  file: string,
  source: string,
  context: ImportCheckContext
): ImportProblem[] {
  const { references, syntaxErrors } = listImports(file, source);
  const problems: ImportProblem[] = syntaxErrors.map(({ line, message }) => ({
    file,
    line,
    message: `does not parse, so its imports cannot be checked: ${message}`,
  }));
  for (const reference of references) {
    const message = referenceProblem(file, reference, context);
    if (message !== null) {
      problems.push({ file, line: reference.line, message });
    }
  }
  return problems;
}

function listFrontendFiles(pluginRoot: string, folder: string): string[] {
  const absolute = join(pluginRoot, folder);
  if (!existsSync(absolute)) {
    return [];
  }
  return readdirSync(absolute, { withFileTypes: true }).flatMap((entry) => {
    const path = `${folder}/${entry.name}`;
    if (entry.isDirectory()) {
      return listFrontendFiles(pluginRoot, path);
    }
    return hasFrontendExtension(entry.name) ? [path] : [];
  });
}

export interface ImportReport {
  problems: ImportProblem[];
  filesChecked: number;
}

/** Checks every front-end file of the plugin at `pluginRoot`. */
export function checkImports(
  pluginRoot: string,
  modules: RuntimeModules = loadRuntimeModules()
): ImportReport {
  const context: ImportCheckContext = {
    modules,
    fileExists: (path) => {
      const absolute = join(pluginRoot, path);
      return existsSync(absolute) && statSync(absolute).isFile();
    },
  };
  const files = FRONTEND_ROOTS.flatMap((root) =>
    listFrontendFiles(pluginRoot, root)
  ).sort();
  const problems = files.flatMap((file) =>
    checkFileImports(
      file,
      readFileSync(join(pluginRoot, file), "utf8"),
      context
    )
  );
  return { problems, filesChecked: files.length };
}

export function formatProblem({ file, line, message }: ImportProblem): string {
  return `${file}:${line}: ${message}`;
}

function main(): void {
  const root = process.argv[2] ?? process.cwd();
  const { problems, filesChecked } = checkImports(root);
  for (const problem of problems) {
    console.error(formatProblem(problem));
  }
  if (problems.length > 0) {
    console.error(
      `check-imports: ${problems.length} problem(s) in ${filesChecked} file(s)`
    );
    process.exitCode = 1;
    return;
  }
  console.log(`check-imports: OK (${filesChecked} file(s))`);
}

if (
  process.argv[1] &&
  import.meta.url === pathToFileURL(process.argv[1]).href
) {
  main();
}
