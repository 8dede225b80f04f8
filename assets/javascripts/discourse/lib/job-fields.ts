// A posting's structured fields as the client holds them (JobFields: the
// wire contract's names without the `job_` prefix): a new posting's empty
// fields, a copy of any source's, and their shape on the way to Discourse,
// as topic_custom_fields when a topic is created and as tracked topic fields
// (job_role, …), only those that changed, when its first post is edited. Pure.

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
    pay_min: null,
    pay_max: null,
    pay_period: null,
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
    } else if (typeof value === "boolean" || typeof value === "number") {
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

/** A field as PUT /t/:id.json carries it (a JSON body): contracts a list, junior a boolean. */
export type TopicFieldValue = JobFields[JobFieldName];

/**
 * A value as the server stores it, for comparison: PostingParams (lib/
 * discourse_job_board/posting_params.rb) strips text and stores empty text
 * as none, drops empty contracts and reads junior as a boolean.
 */
function storedForm(name: JobFieldName, value: unknown): string {
  const text = (item: unknown) =>
    typeof item === "string" ? item.trim() : item == null ? "" : String(item);
  if (name === "contracts") {
    const items = Array.isArray(value) ? value : [];
    return JSON.stringify(items.map(text).filter(Boolean));
  }
  if (name === "junior") {
    return String(Boolean(value));
  }
  return JSON.stringify(text(value));
}

/**
 * The tracked topic fields (job_role, …) an edit changes, with their new
 * values; unchanged fields are left out. Core's PostRevisor counts any
 * tracked field present in PUT /t/:id as a change (core:
 * lib/post_revisor.rb topic_changed?), so an unchanged key would still make
 * a revision.
 */
export function changedTopicFields(
  original: JobFields,
  edited: JobFields
): Record<string, TopicFieldValue> {
  const changed: Record<string, TopicFieldValue> = {};
  for (const name of JOB_FIELD_NAMES) {
    if (storedForm(name, original[name]) !== storedForm(name, edited[name])) {
      changed[customFieldName(name)] = edited[name];
    }
  }
  return changed;
}
