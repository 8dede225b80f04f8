// A posting's fields in the first post's edit history, as people read them.
// core: app/serializers/post_revision_serializer.rb gives each tracked topic
// field a `<field>_changes: { previous, current }` attribute, only when the
// value changed between the two versions shown; the values are the stored
// topic custom fields (plugin.rb adds the Topic readers core needs), so a
// list may come as an array or as "cdi,cdd", a boolean as true or "t". Pure:
// labels and days through posting-display's helpers, words through the
// `translate` the caller passes.

import type { Vocabularies } from "./posting/types.ts";
import { POSTING_FIELD_NAMES } from "./posting/types.ts";
import { formatDay, labelOf } from "./posting-display.ts";

export type RevisionFieldName = (typeof POSTING_FIELD_NAMES)[number];

/** One changed field: its name and both values as the card would show them. */
export interface RevisionFieldChange {
  name: RevisionFieldName;
  /** null when the field was empty on that side. */
  previous: string | null;
  current: string | null;
}

/** Translates a key under js.discourse_job_board. */
export type Translate = (key: string) => string;

interface Changes {
  previous?: unknown;
  current?: unknown;
}

const TRUE_WORDS = ["true", "t", "1", "on"];

function list(value: unknown): string[] {
  if (Array.isArray(value)) {
    return value.map(String).filter((item) => item !== "");
  }
  if (typeof value !== "string" || value.trim() === "") {
    return [];
  }
  const trimmed = value.trim();
  if (trimmed.startsWith("[")) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      if (Array.isArray(parsed)) {
        return list(parsed);
      }
    } catch {
      // Not JSON after all: read it as "cdi,cdd".
    }
  }
  return trimmed
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

function text(value: unknown): string | null {
  if (value === null || value === undefined) {
    return null;
  }
  const shown = String(value).trim();
  return shown === "" ? null : shown;
}

function display(
  name: RevisionFieldName,
  value: unknown,
  vocabularies: Vocabularies,
  locale: string,
  translate: Translate
): string | null {
  switch (name) {
    case "role":
      return labelOf(vocabularies.roles, text(value), locale);
    case "contracts": {
      const labels = list(value).map(
        (code) => labelOf(vocabularies.contracts, code, locale) ?? code
      );
      return labels.length ? labels.join(", ") : null;
    }
    case "opens_at":
    case "closes_at":
      // A stored day that is not an ISO day is shown as it was stored.
      return formatDay(text(value), locale) ?? text(value);
    case "remote": {
      const mode = text(value);
      return mode ? translate(`card.remote_values.${mode}`) : null;
    }
    case "status": {
      const status = text(value);
      return status ? translate(`status.${status}`) : null;
    }
    case "pay_period": {
      const period = text(value);
      return period ? translate(`pay.period_values.${period}`) : null;
    }
    case "junior":
      if (value === null || value === undefined || value === "") {
        return null;
      }
      return translate(
        value === true || TRUE_WORDS.includes(String(value).toLowerCase())
          ? "history.junior_yes"
          : "history.junior_no"
      );
    default:
      return text(value);
  }
}

/** The posting fields a revision changed, in the card's order. */
export function revisionFieldChanges(
  revision: Record<string, unknown> | null | undefined,
  vocabularies: Vocabularies,
  locale: string,
  translate: Translate
): RevisionFieldChange[] {
  if (!revision) {
    return [];
  }
  const changes: RevisionFieldChange[] = [];
  for (const name of POSTING_FIELD_NAMES) {
    const change = revision[`job_${name}_changes`] as Changes | undefined;
    if (!change || typeof change !== "object") {
      continue;
    }
    const previous = display(
      name,
      change.previous,
      vocabularies,
      locale,
      translate
    );
    const current = display(
      name,
      change.current,
      vocabularies,
      locale,
      translate
    );
    if (previous !== current) {
      changes.push({ name, previous, current });
    }
  }
  return changes;
}

// The connector's gate, in a module of its own (it stays in the main bundle).
export { hasRevisionFieldChanges } from "./revision-field-gate.ts";
