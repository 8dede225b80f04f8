// What the forum holds against what the file says. Discourse rewrites some
// things it is given (TextCleaner capitalises and trims titles, posts lose
// trailing blanks), so comparisons forgive exactly those differences;
// otherwise every run would "update" postings nobody touched.

import { createHash } from "node:crypto";
import {
  JOB_FIELD_NAMES,
  jobFieldsOf as copyJobFields,
} from "../../assets/javascripts/discourse/lib/job-fields.ts";
import type { JobFields } from "./discourse.ts";

export { JOB_FIELD_NAMES };

/** Only a parsed posting's fields (not its title or body), as the plugin endpoint takes them. */
export function jobFieldsOf(source: JobFields): JobFields {
  // A parsed posting's fields are all set, so the copy keeps their types.
  return copyJobFields(source) as JobFields;
}

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

export function contentHash(parts: unknown): string {
  return createHash("sha256").update(JSON.stringify(parts)).digest("hex");
}
