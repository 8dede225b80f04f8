// A posting's structured fields as the client holds them (JobFields: the
// wire contract's names without the `job_` prefix): a new posting's empty
// fields, a copy of any source's, and their shape on the way to Discourse,
// as topic_custom_fields when a topic is created and as tracked topic fields
// (job_role, …) when its first post is edited. Pure.

import { POSTING_FIELD_NAMES } from "./posting/types.ts";
import type { JobFields } from "./posting-display.ts";

export const JOB_FIELD_NAMES = POSTING_FIELD_NAMES;

export type JobFieldName = (typeof JOB_FIELD_NAMES)[number];

/** A new posting's fields: open, nothing else decided. */
export function emptyJobFields(): JobFields {
  return {
    role: null,
    contracts: [],
    team: null,
    location: null,
    place: null,
    remote: null,
    opens_at: null,
    closes_at: null,
    status: "open",
    contact: null,
    apply_url: null,
    junior: false,
  };
}

/**
 * The fields of a topic's `job`, a parsed posting or any object holding
 * them: only those fields (not `can_edit`, `title`…), with anything missing
 * taken from an empty posting, and a list of its own.
 */
export function jobFieldsOf(
  source: Partial<JobFields> | null | undefined
): JobFields {
  const fields = emptyJobFields();
  if (!source) {
    return fields;
  }
  for (const name of JOB_FIELD_NAMES) {
    if (source[name] !== undefined) {
      (fields as unknown as Record<string, unknown>)[name] = source[name];
    }
  }
  fields.contracts = Array.isArray(source.contracts)
    ? [...source.contracts]
    : [];
  return fields;
}

export function customFieldName(name: JobFieldName): string {
  return `job_${name}`;
}

/**
 * The fields as POST /posts.json's topic_custom_fields: core keeps only
 * scalar values there, so contracts travel as "cdd,freelance" and junior as
 * "true"/"false"; empty fields are sent empty so the server can tell them apart.
 */
export function toCreateCustomFields(
  fields: JobFields
): Record<string, string> {
  const custom: Record<string, string> = {};
  for (const name of JOB_FIELD_NAMES) {
    const value = fields[name];
    let text: string;
    if (Array.isArray(value)) {
      text = value.join(",");
    } else if (typeof value === "boolean") {
      text = String(value);
    } else {
      text = value ?? "";
    }
    custom[customFieldName(name)] = text;
  }
  return custom;
}

/** Whether a moderator has filled in anything yet. */
export function hasJobFields(fields: JobFields): boolean {
  return JOB_FIELD_NAMES.some((name) => {
    const value = fields[name];
    if (name === "status") {
      return value !== "open" && value !== null;
    }
    return Array.isArray(value) ? value.length > 0 : Boolean(value);
  });
}
