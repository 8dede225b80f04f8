// Turns issues into sentences with any translate(key, params) function:
// Discourse's i18n in the forum, a reader of the same locale files in the
// CLI and the tests. Keys live under js.discourse_job_board.posting.

import type { IssueParams, PostingIssue, ValidationIssue } from "./types.ts";

export type Translate = (
  key: string,
  params?: Record<string, string | number>
) => string;

export const MESSAGES_SCOPE = "discourse_job_board.posting";

export type IssueKind = "errors" | "warnings";

/** Discourse's `%{name}` interpolation; unknown names are left as written. */
export function interpolate(
  template: string,
  params: IssueParams = {}
): string {
  return template.replace(/%\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name)
      ? String(params[name])
      : whole
  );
}

export function fieldLabel(field: string, translate: Translate): string {
  return translate(`${MESSAGES_SCOPE}.fields.${field}`);
}

/**
 * The message of one issue. `field` is passed translated (« date de
 * clôture »), and `line` when known, so every message can name both.
 */
export function formatIssue(
  issue: PostingIssue | ValidationIssue,
  kind: IssueKind,
  translate: Translate
): string {
  const params: IssueParams = { ...(issue.params ?? {}) };
  if (issue.field) {
    params.field = fieldLabel(issue.field, translate);
  }
  if ("line" in issue && typeof issue.line === "number") {
    params.line = issue.line;
  }
  return translate(`${MESSAGES_SCOPE}.${kind}.${issue.code}`, params);
}

/** A translate function over a parsed locale file (`{ fr: { js: { … } } }`). */
export function translatorFor(localeFile: unknown, locale: string): Translate {
  const root = (localeFile as Record<string, unknown> | null)?.[locale] as
    | Record<string, unknown>
    | undefined;
  const scope = root?.js;
  return (key, params) => {
    let node: unknown = scope;
    for (const part of key.split(".")) {
      node =
        typeof node === "object" && node !== null
          ? (node as Record<string, unknown>)[part]
          : undefined;
    }
    return typeof node === "string"
      ? interpolate(node, params)
      : `[${locale}.${key}]`;
  };
}
