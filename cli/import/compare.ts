// What the forum holds against what the file says. Discourse rewrites some
// things it is given (TextCleaner capitalises and trims titles, posts lose
// trailing blanks), so comparisons forgive exactly those differences;
// otherwise every run would "update" postings nobody touched.

import { createHash } from "node:crypto";
import type { JobFields } from "./discourse.ts";

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
] as const satisfies ReadonlyArray<keyof JobFields>;

export function sameTitle(forum: string, file: string): boolean {
  const canonical = (text: string) =>
    text.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
  return canonical(forum) === canonical(file);
}

export function sameRaw(forum: string, file: string): boolean {
  const canonical = (text: string) =>
    text
      .replace(/\r\n?/g, "\n")
      .replace(/[ \t]+$/gm, "")
      .trim();
  return canonical(forum) === canonical(file);
}

function canonicalValue(value: unknown): string {
  if (value === null || value === undefined || value === "") {
    return "";
  }
  return Array.isArray(value)
    ? JSON.stringify(value.map(String))
    : String(value);
}

/** The names of the fields whose values differ. */
export function changedFields(
  forum: Partial<JobFields>,
  file: JobFields
): string[] {
  return JOB_FIELD_NAMES.filter(
    (name) => canonicalValue(forum[name]) !== canonicalValue(file[name])
  );
}

/** The wire contract's topic custom fields (`job_*`), for POST /posts.json; empty values left out. */
export function topicCustomFields(job: JobFields): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const name of JOB_FIELD_NAMES) {
    const value = job[name];
    if (
      value !== null &&
      value !== undefined &&
      !(Array.isArray(value) && value.length === 0)
    ) {
      fields[`job_${name}`] = value;
    }
  }
  return fields;
}

export function jobFieldsOf(source: JobFields): JobFields {
  const job = {} as Record<string, unknown>;
  for (const name of JOB_FIELD_NAMES) {
    job[name] = Array.isArray(source[name])
      ? [...(source[name] as string[])]
      : source[name];
  }
  return job as unknown as JobFields;
}

export function contentHash(parts: unknown): string {
  return createHash("sha256").update(JSON.stringify(parts)).digest("hex");
}
