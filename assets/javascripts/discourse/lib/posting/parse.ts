// parse(text) → a posting or located errors; never throws.
//
// YAML is read by js-yaml 4 (the YAML library Discourse exposes to plugins)
// with its CORE schema: timestamps stay text, so that « 2021-02-30 » is
// reported instead of silently becoming 2 March (js-yaml's Date rolls over),
// and dates.ts turns every form into an ISO day in Europe/Paris. `json: true`
// lets a repeated key override the earlier one instead of throwing; the
// repeats are reported from the key locator.

import { CORE_SCHEMA, load } from "js-yaml";
import type { FrontMatter } from "./front-matter.ts";
import {
  locateKeys,
  MAX_FILE_LENGTH,
  normaliseBody,
  normaliseNewlines,
  splitFrontMatter,
} from "./front-matter.ts";
import {
  canonicalKey,
  detectSchema,
  KEY_ALIASES,
  type KeyTarget,
  readKey,
} from "./keys.ts";
import { type FieldEntries, normaliseEntries } from "./normalise.ts";
import { describeValue } from "./text.ts";
import type {
  ParseError,
  ParseOptions,
  ParseResult,
  PostingIssue,
  SourceValue,
} from "./types.ts";
import { DEFAULT_VOCABULARIES } from "./vocabularies.ts";

function failure(
  error: ParseError,
  warnings: PostingIssue[] = []
): ParseResult {
  return { ok: false, errors: [error], warnings };
}

function decode(input: unknown): string | null {
  if (typeof input === "string") {
    return input;
  }
  if (input instanceof Uint8Array || input instanceof ArrayBuffer) {
    try {
      return new TextDecoder("utf-8").decode(input);
    } catch {
      return null;
    }
  }
  return null;
}

interface YamlMark {
  line?: number;
  column?: number;
}

function loadYaml(
  frontMatter: FrontMatter
): { ok: true; data: unknown } | { ok: false; error: ParseError } {
  try {
    return {
      ok: true,
      data: load(frontMatter.yaml, { schema: CORE_SCHEMA, json: true }),
    };
  } catch (caught) {
    const exception = caught as {
      reason?: unknown;
      mark?: YamlMark;
      message?: unknown;
    };
    const markLine =
      typeof exception.mark?.line === "number" ? exception.mark.line : 0;
    const line = Math.min(
      frontMatter.openLine + 1 + markLine,
      frontMatter.closeLine
    );
    const reason = String(
      exception.reason ?? exception.message ?? "unreadable YAML"
    );
    return {
      ok: false,
      error: {
        code: "invalid_yaml",
        line,
        message: `The front matter is not valid YAML (line ${line}): ${reason}.`,
        params: { reason, column: (exception.mark?.column ?? 0) + 1 },
      },
    };
  }
}

function isMapping(data: unknown): data is Record<string, unknown> {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}

const TARGET_ORDER = Object.keys(KEY_ALIASES) as KeyTarget[];

function aliasRank(target: KeyTarget, key: string): number {
  const aliases: readonly string[] = KEY_ALIASES[target];
  const index = aliases.indexOf(key);
  return index < 0 ? aliases.length : index;
}

function parseText(text: string, options: ParseOptions): ParseResult {
  if (text.length > MAX_FILE_LENGTH) {
    return failure({
      code: "file_too_large",
      line: 1,
      message: `The file is larger than ${MAX_FILE_LENGTH} characters.`,
      params: { limit: MAX_FILE_LENGTH },
    });
  }
  const split = splitFrontMatter(normaliseNewlines(text));
  if (!split.ok) {
    return failure(split.error);
  }
  const frontMatter = split.frontMatter;
  const warnings: PostingIssue[] = [...frontMatter.warnings];
  const loaded = loadYaml(frontMatter);
  if (!loaded.ok) {
    return failure(loaded.error, warnings);
  }
  const data =
    loaded.data === null || loaded.data === undefined ? {} : loaded.data;
  if (!isMapping(data)) {
    return failure(
      {
        code: "front_matter_not_mapping",
        line: frontMatter.openLine,
        message: `The front matter (line ${frontMatter.openLine}) must be a list of \`key: value\` fields.`,
      },
      warnings
    );
  }

  const locations = locateKeys(frontMatter);
  const lineOf = (key: string) => {
    const found = locations.filter((location) => location.key === key);
    return found.length > 0 ? found[found.length - 1].line : null;
  };
  const seen = new Set<string>();
  for (const location of locations) {
    if (seen.has(location.key)) {
      warnings.push({
        code: "duplicate_key",
        line: location.line,
        params: { key: location.key },
      });
    }
    seen.add(location.key);
  }

  const entries: FieldEntries = {};
  const ignored: SourceValue[] = [];
  for (const [key, value] of Object.entries(data)) {
    const line = lineOf(key);
    const reading = readKey(key);
    if (reading.target === null) {
      ignored.push({ key, value: describeValue(value), line });
      if (!reading.ignored) {
        warnings.push({ code: "unknown_key", line, params: { key } });
      }
      continue;
    }
    if (reading.guessedFrom) {
      warnings.push({
        code: "key_variant",
        line,
        params: { key, understood: reading.guessedFrom },
      });
    }
    const list = (entries[reading.target] ??= []);
    list.push({ key, value, line });
  }
  for (const target of TARGET_ORDER) {
    entries[target]?.sort(
      (a, b) =>
        aliasRank(target, readKeyAlias(a.key)) -
        aliasRank(target, readKeyAlias(b.key))
    );
  }

  const normalised = normaliseEntries({
    entries,
    body: normaliseBody(frontMatter.body),
    bodyLine: frontMatter.closeLine + 1 + leadingBlankLines(frontMatter.body),
    vocabularies: options.vocabularies ?? DEFAULT_VOCABULARIES,
  });
  warnings.push(...normalised.warnings);
  if (normalised.posting === null) {
    return failure(
      {
        code: "missing_title",
        line: frontMatter.openLine,
        message: `The front matter (line ${frontMatter.openLine}) has no title or role: the posting cannot be named.`,
      },
      warnings
    );
  }
  return {
    ok: true,
    posting: normalised.posting,
    source: {
      schema: detectSchema(Object.keys(data)),
      fields: normalised.fields,
      ignored,
    },
    warnings,
  };
}

function leadingBlankLines(body: string): number {
  const match = /^\s*\n/.exec(body);
  return match ? match[0].split("\n").length - 1 : 0;
}

function readKeyAlias(key: string): string {
  return readKey(key).guessedFrom ?? canonicalKey(key);
}

/** Reads one posting file. Never throws, whatever the input. */
export function parse(input: unknown, options: ParseOptions = {}): ParseResult {
  try {
    const text = decode(input);
    if (text === null) {
      return failure({
        code: "not_text",
        line: 1,
        message: "The file is not text.",
      });
    }
    const result = parseText(text, options);
    if (!result.ok && options.fileName) {
      result.errors = result.errors.map((error) => ({
        ...error,
        params: { ...error.params, file: options.fileName ?? "" },
      }));
    }
    return result;
  } catch (caught) {
    // A bug of ours must not take the composer or an import run down.
    return failure({
      code: "internal_error",
      line: 1,
      message: `Unexpected error while reading the file: ${String(caught)}`,
    });
  }
}
