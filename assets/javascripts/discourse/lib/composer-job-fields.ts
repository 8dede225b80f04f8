// The posting's fields on Discourse's composer: one `jobFields` object that
// the form edits and drafts keep, sent as topic_custom_fields when a topic
// is created and as tracked topic fields (job_role, …) when its first post
// is edited. Pure.

import type { JobFields } from "./posting-display.ts";

export const JOB_FIELD_NAMES = [
  "role",
  "contracts",
  "team",
  "location",
  "remote",
  "opens_at",
  "closes_at",
  "status",
  "contact",
  "apply_url",
  "junior",
] as const satisfies readonly (keyof JobFields)[];

export type JobFieldName = (typeof JOB_FIELD_NAMES)[number];

export const EMPTY_JOB_FIELDS: Readonly<JobFields> = Object.freeze({
  role: null,
  contracts: [],
  team: null,
  location: null,
  remote: null,
  opens_at: null,
  closes_at: null,
  status: "open",
  contact: null,
  apply_url: null,
  junior: false,
});

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

/** The fields a topic's `job` carries, with anything missing filled in. */
export function jobFieldsOf(
  job: Partial<JobFields> | null | undefined
): JobFields {
  const fields: JobFields = { ...EMPTY_JOB_FIELDS, contracts: [] };
  if (!job) {
    return fields;
  }
  for (const name of JOB_FIELD_NAMES) {
    if (job[name] !== undefined) {
      (fields as unknown as Record<string, unknown>)[name] = job[name];
    }
  }
  fields.contracts = Array.isArray(job.contracts) ? [...job.contracts] : [];
  return fields;
}

/** Whether a moderator has filled in anything yet (to confirm before an import replaces it). */
export function hasJobFields(fields: JobFields): boolean {
  return JOB_FIELD_NAMES.some((name) => {
    const value = fields[name];
    if (name === "status") {
      return value !== "open";
    }
    return Array.isArray(value) ? value.length > 0 : Boolean(value);
  });
}
