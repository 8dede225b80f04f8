// The rules a posting must meet before it is published; the server applies
// the same ones (lib/discourse_job_board/ on the Ruby side). Problems carry
// codes and params, never sentences: messages.ts turns them into text.

import { isIsoDay, isoDayNumber, POSTING_STATUSES } from "../posting-status.ts";
import { EMAIL_SYNTAX, isHttpUrl } from "./normalise-values.ts";
import type {
  Posting,
  PostingField,
  ValidationIssue,
  ValidationResult,
  Vocabularies,
} from "./types.ts";
import { REMOTE_MODES } from "./types.ts";
import { DEFAULT_VOCABULARIES } from "./vocabularies.ts";

export const MAX_TITLE_LENGTH = 255;
export const MAX_TEAM_LENGTH = 100;
export const MAX_LOCATION_LENGTH = 100;
/** RFC 5321's limit on a forward path. */
export const MAX_CONTACT_LENGTH = 254;
export const MAX_APPLY_URL_LENGTH = 1000;
export const MAX_BODY_LENGTH = 100_000;

type Check = (
  posting: Posting,
  vocabularies: Vocabularies,
  report: (
    field: PostingField,
    code: string,
    params?: ValidationIssue["params"]
  ) => void
) => void;

const isBlank = (value: unknown) =>
  typeof value !== "string" || value.trim() === "";

function checkLength(
  report: Parameters<Check>[2],
  field: PostingField,
  value: string | null,
  max: number
): void {
  if (typeof value === "string" && [...value].length > max) {
    report(field, "too_long", { max, length: [...value].length });
  }
}

const checks: Check[] = [
  (posting, _vocabularies, report) => {
    if (isBlank(posting.title)) {
      report("title", "required");
    }
    checkLength(report, "title", posting.title, MAX_TITLE_LENGTH);
    checkLength(report, "team", posting.team, MAX_TEAM_LENGTH);
    checkLength(report, "location", posting.location, MAX_LOCATION_LENGTH);
    checkLength(report, "contact", posting.contact, MAX_CONTACT_LENGTH);
    checkLength(report, "apply_url", posting.apply_url, MAX_APPLY_URL_LENGTH);
    checkLength(report, "body", posting.body, MAX_BODY_LENGTH);
  },
  (posting, vocabularies, report) => {
    if (!vocabularies.roles.some((entry) => entry.code === posting.role)) {
      report("role", "unknown_role", { value: String(posting.role) });
    }
    const contracts = Array.isArray(posting.contracts) ? posting.contracts : [];
    for (const code of contracts) {
      if (!vocabularies.contracts.some((entry) => entry.code === code)) {
        report("contracts", "unknown_contract", { value: String(code) });
      }
    }
    if (new Set(contracts).size !== contracts.length) {
      report("contracts", "duplicate_contract");
    }
  },
  (posting, _vocabularies, report) => {
    for (const field of ["opens_at", "closes_at"] as const) {
      const value = posting[field];
      if (value !== null && value !== undefined && !isIsoDay(value)) {
        report(field, "invalid_date", { value: String(value) });
      }
    }
    const opens = posting.opens_at ? isoDayNumber(posting.opens_at) : null;
    const closes = posting.closes_at ? isoDayNumber(posting.closes_at) : null;
    if (opens !== null && closes !== null && closes < opens) {
      report("closes_at", "closes_before_opens", {
        opens_at: String(posting.opens_at),
        closes_at: String(posting.closes_at),
      });
    }
  },
  (posting, _vocabularies, report) => {
    if (!(POSTING_STATUSES as readonly unknown[]).includes(posting.status)) {
      report("status", "invalid_status", { value: String(posting.status) });
    }
    if (
      posting.remote !== null &&
      posting.remote !== undefined &&
      !(REMOTE_MODES as readonly unknown[]).includes(posting.remote)
    ) {
      report("remote", "invalid_remote", { value: String(posting.remote) });
    }
    if (typeof posting.junior !== "boolean") {
      report("junior", "invalid_boolean", { value: String(posting.junior) });
    }
  },
  (posting, _vocabularies, report) => {
    if (
      posting.contact !== null &&
      posting.contact !== undefined &&
      !EMAIL_SYNTAX.test(posting.contact)
    ) {
      report("contact", "invalid_email", { value: String(posting.contact) });
    }
    const url = posting.apply_url;
    if (url !== null && url !== undefined) {
      // A scheme other than http(s) (javascript:, data:, vbscript:, …) would
      // run or load something where the « Candidater » button points.
      const scheme = /^[\s\u0000-\u001f]*([a-z][a-z0-9+.\-\s]*):/i.exec(
        url
      )?.[1];
      if (scheme !== undefined && !/^https?$/i.test(scheme)) {
        report("apply_url", "unsafe_url", {
          value: url,
          scheme: scheme.replace(/\s/g, "").toLowerCase(),
        });
      } else if (!isHttpUrl(url)) {
        report("apply_url", "invalid_url", { value: url });
      }
    }
  },
];

/** Errors block publishing; warnings are shown to the moderator. */
export function validate(
  posting: Posting,
  vocabularies: Vocabularies = DEFAULT_VOCABULARIES
): ValidationResult {
  const errors: ValidationIssue[] = [];
  for (const check of checks) {
    check(posting, vocabularies, (field, code, params = {}) =>
      errors.push({ field, code, params })
    );
  }
  const warnings: ValidationIssue[] = [];
  if (posting.status === "open" && !posting.closes_at) {
    warnings.push({ field: "closes_at", code: "no_closing_date", params: {} });
  }
  if (Array.isArray(posting.contracts) && posting.contracts.length === 0) {
    warnings.push({ field: "contracts", code: "no_contract", params: {} });
  }
  return { valid: errors.length === 0, errors, warnings };
}
