// The checks of a posting's free-text fields (team, location, contact,
// apply link) for validate.ts: type, length and what the text may hold,
// with the server's rules (wire-text.ts).

import { describeValue } from "./text.ts";
import type { PostingField, ValidationIssue } from "./types.ts";
import { isEmail, isHttpUrl, UNSAFE_TEXT, unsafeScheme } from "./wire-text.ts";

export type Report = (
  field: PostingField,
  code: string,
  params?: ValidationIssue["params"]
) => void;

export const isAbsent = (value: unknown): value is null | undefined =>
  value === null || value === undefined;

/** A wire value as text, for messages: bounded, whatever its shape. */
export const shown = (value: unknown): string =>
  typeof value === "object" && value !== null
    ? describeValue(value)
    : String(value);

export function checkLength(
  report: Report,
  field: PostingField,
  value: unknown,
  max: number
): void {
  // A string never has more code points than UTF-16 units, so only one
  // longer than `max` units needs counting (bodies run to 100,000 units).
  if (typeof value !== "string" || value.length <= max) {
    return;
  }
  const length = [...value].length;
  if (length > max) {
    report(field, "too_long", { max, length });
  }
}

/** Team and location: short, visible text. */
export function checkText(
  report: Report,
  field: "team" | "location",
  value: unknown,
  max: number
): void {
  if (isAbsent(value)) {
    return;
  }
  if (typeof value !== "string") {
    report(field, "invalid_text");
    return;
  }
  checkLength(report, field, value, max);
  if (UNSAFE_TEXT.test(value)) {
    report(field, "invalid_characters");
  }
}

export function checkContact(
  report: Report,
  contact: unknown,
  max: number
): void {
  if (isAbsent(contact)) {
    return;
  }
  checkLength(report, "contact", contact, max);
  if (!isEmail(contact)) {
    report("contact", "invalid_email", { value: shown(contact) });
  }
}

export function checkApplyUrl(report: Report, url: unknown, max: number): void {
  if (isAbsent(url)) {
    return;
  }
  if (typeof url !== "string") {
    report("apply_url", "invalid_url", { value: shown(url) });
    return;
  }
  checkLength(report, "apply_url", url, max);
  // A scheme other than http(s) (javascript:, data:, vbscript:, …) would
  // run or load something where the « Candidater » button points.
  const scheme = unsafeScheme(url);
  if (scheme !== null) {
    report("apply_url", "unsafe_url", { value: url, scheme });
  } else if (!isHttpUrl(url)) {
    report("apply_url", "invalid_url", { value: url });
  }
}
