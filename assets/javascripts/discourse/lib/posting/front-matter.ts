// Finds the YAML front matter of a Markdown file and where its keys are.
// It does not parse YAML (js-yaml does): it only splits the file and keeps
// line numbers so that every message can point at a line of the file.

import type { ParseError, PostingIssue } from "./types.ts";

/** A posting's file has no business being bigger; beyond this we stop. */
export const MAX_FILE_LENGTH = 1_000_000;

/** How far into the file an opening `---` is still looked for. */
const MAX_LEADING_LINES = 10;

export interface FrontMatter {
  /** The YAML text between the fences. */
  yaml: string;
  /** 1-based line of the opening fence. */
  openLine: number;
  /** 1-based line of the closing fence. */
  closeLine: number;
  body: string;
  warnings: PostingIssue[];
}

export type SplitResult =
  | { ok: true; frontMatter: FrontMatter }
  | { ok: false; error: ParseError };

const FENCE = /^---[ \t]*$/;
const CLOSING_FENCE = /^(?:---|\.\.\.)[ \t]*$/;

/** LF line endings, no BOM: line numbers stay those an editor shows. */
export function normaliseNewlines(text: string): string {
  const unmarked = text.startsWith("\uFEFF") ? text.slice(1) : text;
  // Split and join, not a global replace: see inLineChunks (text.ts).
  return unmarked.includes("\r")
    ? unmarked.split("\r\n").join("\n").split("\r").join("\n")
    : unmarked;
}

function findOpening(lines: string[]): number {
  const firstContent = lines.findIndex((line) => line.trim() !== "");
  if (firstContent >= 0 && FENCE.test(lines[firstContent])) {
    return firstContent;
  }
  const limit = Math.min(lines.length, MAX_LEADING_LINES);
  for (let index = 0; index < limit; index++) {
    if (FENCE.test(lines[index])) {
      return index;
    }
  }
  return -1;
}

function error(code: string, line: number, message: string): SplitResult {
  return { ok: false, error: { code, line, message } };
}

export function splitFrontMatter(text: string): SplitResult {
  const lines = text.split("\n");
  const open = findOpening(lines);
  if (open < 0) {
    return error(
      "missing_front_matter",
      1,
      "No front matter: the file must start with a line `---`, the YAML fields, and a closing `---`."
    );
  }
  let close = -1;
  for (let index = open + 1; index < lines.length; index++) {
    if (CLOSING_FENCE.test(lines[index])) {
      close = index;
      break;
    }
  }
  if (close < 0) {
    return error(
      "unclosed_front_matter",
      open + 1,
      `The front matter opened on line ${open + 1} is never closed by a line \`---\`.`
    );
  }
  const warnings: PostingIssue[] = [];
  const leading = lines.slice(0, open).filter((line) => line.trim() !== "");
  if (leading.length > 0) {
    warnings.push({
      code: "text_before_front_matter",
      line: 1,
      params: { lines: open, text: leading.join(" ").slice(0, 120) },
    });
  }
  return {
    ok: true,
    frontMatter: {
      yaml: lines.slice(open + 1, close).join("\n"),
      openLine: open + 1,
      closeLine: close + 1,
      body: lines.slice(close + 1).join("\n"),
      warnings,
    },
  };
}

/** A body as parse() keeps it: no leading blank lines, no trailing space. */
export function normaliseBody(body: string): string {
  return normaliseNewlines(body)
    .replace(/^\s*\n/, "")
    .trimEnd();
}

export interface KeyLocation {
  key: string;
  line: number;
}

// A key is the text before the line's first colon that a space or the line's
// end follows. Its classes never overlap where one quantifier meets the
// next, so a failed line costs one pass (with `[^:#]*?` then `[ \t]*`, a
// word and a long run of spaces took seconds).
const TOP_LEVEL_KEY =
  /^(?:"([^"]*)"[ \t]*|'([^']*)'[ \t]*|([^\s#\-?:[{][^:#]*)):(?:[ \t]|$)/;

/**
 * How much of a line the key locator reads: a key longer than
 * MAX_KEY_LENGTH (keys.ts) is not located, whatever follows it.
 */
const MAX_KEY_SCAN = 120;

/**
 * Top-level keys of the front matter with their file lines, in order and
 * with repeats. Only a locator for messages: values come from js-yaml.
 */
export function locateKeys(frontMatter: FrontMatter): KeyLocation[] {
  const locations: KeyLocation[] = [];
  frontMatter.yaml.split("\n").forEach((line, index) => {
    const head =
      line.length > MAX_KEY_SCAN ? line.slice(0, MAX_KEY_SCAN + 1) : line;
    const match = TOP_LEVEL_KEY.exec(head);
    if (match && match[0].length <= MAX_KEY_SCAN) {
      const key = match[1] ?? match[2] ?? match[3];
      locations.push({
        key: key.trim(),
        line: frontMatter.openLine + 1 + index,
      });
    }
  });
  return locations;
}
