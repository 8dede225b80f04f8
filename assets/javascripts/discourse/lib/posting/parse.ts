// parse(text) → a posting or located errors; never throws.
//
// The front matter's YAML is read by parse-yaml.ts (dates stay text: dates.ts
// turns every form into an ISO day in Europe/Paris), its keys become field
// entries in parse-entries.ts, and normalise.ts makes them a posting.

import {
  MAX_FILE_LENGTH,
  normaliseBody,
  normaliseNewlines,
  splitFrontMatter,
} from "./front-matter.ts";
import { detectSchema } from "./keys.ts";
import { normaliseEntries } from "./normalise.ts";
import { collectEntries } from "./parse-entries.ts";
import { isMapping, loadYaml } from "./parse-yaml.ts";
import type {
  ParseError,
  ParseOptions,
  ParseResult,
  PostingIssue,
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

  const { entries, ignored } = collectEntries(data, frontMatter, warnings);

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
