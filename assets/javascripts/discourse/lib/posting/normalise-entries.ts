// What normalise.ts and normalise-guesses.ts share: the front matter's
// entries per field, and the record of where each value came from.

import type { KeyTarget } from "./keys.ts";
import { describeValue, scalarText } from "./text.ts";
import type {
  PostingField,
  PostingIssue,
  SourceValue,
  Vocabularies,
} from "./types.ts";

export interface FieldEntry {
  key: string;
  value: unknown;
  line: number | null;
}

export type FieldEntries = Partial<Record<KeyTarget, FieldEntry[]>>;

export type TextEntry = FieldEntry & { text: string };

/** The entries holding text (a list's first item counts), in order. */
export function texts(entries: FieldEntry[] | undefined): TextEntry[] {
  return (entries ?? []).flatMap((entry) => {
    const value = Array.isArray(entry.value) ? entry.value[0] : entry.value;
    const text = scalarText(value);
    return text === null ? [] : [{ ...entry, text }];
  });
}

/**
 * A value the file holds but that could not be understood: `code` at its
 * line, quoting it bounded (describeValue), so the moderator sees what to fix.
 */
export function valueIssue(
  code: string,
  field: PostingField,
  entry: FieldEntry,
  params: Record<string, string> = {}
): PostingIssue {
  return {
    code,
    field,
    line: entry.line,
    params: { value: describeValue(entry.value), ...params },
  };
}

/** One normalising run: its input and what it records along the way. */
export interface NormaliseContext {
  entries: FieldEntries;
  body: string;
  /** File line of the body's first line, to locate guesses. */
  bodyLine: number;
  vocabularies: Vocabularies;
  fields: Partial<Record<PostingField, SourceValue[]>>;
  warnings: PostingIssue[];
  /** Records a value guessed from line `line` (0-based) of the body. */
  guessed: (field: PostingField, value: string, line: number) => void;
  /**
   * The body in plain text (Markdown emphasis, escapes and link targets
   * out), and the fold() of its lines: what the guesses from the body match
   * on, each made once per posting, on first use.
   */
  plainBody: () => string;
  bodyLines: () => readonly string[];
}
