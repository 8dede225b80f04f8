import { Preprocessor } from "content-tag";
import ts from "typescript";

export type ImportKind =
  | "import"
  | "export-from"
  // `import { type A } from "x"`: Babel with `onlyRemoveTypeImports` (our
  // build's setting) keeps it as `import "x"`, so the module still loads.
  | "inline-type-only"
  | "dynamic"
  | "require";

export interface ModuleReference {
  kind: ImportKind;
  /** The module name, or null when a dynamic import or require is computed. */
  specifier: string | null;
  /** 1-based line in the original file. */
  line: number;
}

export interface ImportListing {
  references: ModuleReference[];
  /** Syntax errors: a file that does not parse cannot be checked. */
  syntaxErrors: { line: number; message: string }[];
}

const TEMPLATE_FILE = /\.g[jt]s$/;
const TYPESCRIPT_FILE = /\.g?ts$/;

/**
 * Replaces each `<template>` with a placeholder of the same length and the
 * same line breaks. content-tag's own `process()` would also work, but it adds
 * an import line on top and folds templates, so reported lines would drift.
 */
function blankTemplates(fileName: string, source: string): string {
  const templates = new Preprocessor().parse(source, { filename: fileName });
  let result = source;
  for (const { type, range } of templates) {
    const start = range.startUtf16Codepoint;
    const end = range.endUtf16Codepoint;
    // `0` is a valid expression; `;` is a valid (empty) class member.
    const placeholder = type === "class-member" ? ";" : "0";
    const blanked = source
      .slice(start, end)
      .replace(/[^\n]/g, " ")
      .replace(/^ /, placeholder);
    result = result.slice(0, start) + blanked + result.slice(end);
  }
  return result;
}

function isTypeOnlyImport(node: ts.ImportDeclaration): boolean {
  return node.importClause?.isTypeOnly === true;
}

function hasOnlyInlineTypeSpecifiers(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  const bindings = clause?.namedBindings;
  return (
    clause !== undefined &&
    clause.name === undefined &&
    bindings !== undefined &&
    ts.isNamedImports(bindings) &&
    bindings.elements.length > 0 &&
    bindings.elements.every((element) => element.isTypeOnly)
  );
}

function isTypeOnlyExport(node: ts.ExportDeclaration): boolean {
  const clause = node.exportClause;
  // Babel drops `export { type A } from "x"` whatever its settings.
  const allInlineTypes =
    clause !== undefined &&
    ts.isNamedExports(clause) &&
    clause.elements.length > 0 &&
    clause.elements.every((element) => element.isTypeOnly);
  return node.isTypeOnly || allInlineTypes;
}

function stringArgument(call: ts.CallExpression): string | null {
  const [first] = call.arguments;
  return first !== undefined && ts.isStringLiteralLike(first)
    ? first.text
    : null;
}

function collectReferences(sourceFile: ts.SourceFile): ModuleReference[] {
  const references: ModuleReference[] = [];
  const lineOf = (node: ts.Node): number =>
    sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line +
    1;
  const add = (kind: ImportKind, specifier: string | null, node: ts.Node) =>
    references.push({ kind, specifier, line: lineOf(node) });

  const visit = (node: ts.Node): void => {
    if (
      ts.isImportDeclaration(node) &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      if (!isTypeOnlyImport(node)) {
        const kind = hasOnlyInlineTypeSpecifiers(node)
          ? "inline-type-only"
          : "import";
        add(kind, node.moduleSpecifier.text, node);
      }
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier !== undefined &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      if (!isTypeOnlyExport(node)) {
        add("export-from", node.moduleSpecifier.text, node);
      }
    } else if (ts.isImportEqualsDeclaration(node)) {
      // `import x = require("y")`: CommonJS, which Discourse's loader lacks.
      if (
        !node.isTypeOnly &&
        ts.isExternalModuleReference(node.moduleReference)
      ) {
        const expression = node.moduleReference.expression;
        add(
          "require",
          ts.isStringLiteral(expression) ? expression.text : null,
          node
        );
      }
    } else if (ts.isCallExpression(node)) {
      if (node.expression.kind === ts.SyntaxKind.ImportKeyword) {
        add("dynamic", stringArgument(node), node);
      } else if (
        ts.isIdentifier(node.expression) &&
        node.expression.text === "require"
      ) {
        add("require", stringArgument(node), node);
      }
    }
    // Type positions such as `import("x").T` are ImportTypeNodes, not calls,
    // so they are skipped here like any other type.
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return references;
}

function syntaxErrorsOf(
  fileName: string,
  code: string
): ImportListing["syntaxErrors"] {
  const { diagnostics = [] } = ts.transpileModule(code, {
    fileName,
    reportDiagnostics: true,
    compilerOptions: { allowJs: true },
  });
  return diagnostics.map((diagnostic) => ({
    line:
      diagnostic.file && diagnostic.start !== undefined
        ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line +
          1
        : 1,
    message: ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"),
  }));
}

/** Lists the modules a front-end file loads at run time. Pure. */
export function listImports(fileName: string, source: string): ImportListing {
  let code = source;
  if (TEMPLATE_FILE.test(fileName)) {
    try {
      code = blankTemplates(fileName, source);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const line = /:(\d+):\d+/.exec(message)?.[1];
      return {
        references: [],
        syntaxErrors: [{ line: line ? Number(line) : 1, message }],
      };
    }
  }
  // Parse as TypeScript only where types are allowed: types in a .js file
  // would break Discourse's build, and the parser should say so.
  const isTypeScript = TYPESCRIPT_FILE.test(fileName);
  const virtualName = `${fileName}.${isTypeScript ? "ts" : "js"}`;
  const sourceFile = ts.createSourceFile(
    virtualName,
    code,
    ts.ScriptTarget.Latest,
    true,
    isTypeScript ? ts.ScriptKind.TS : ts.ScriptKind.JS
  );
  return {
    references: collectReferences(sourceFile),
    syntaxErrors: syntaxErrorsOf(virtualName, code),
  };
}
