// The rules a posting must meet before it is published; the server applies
// the same ones (lib/discourse_job_board/ on the Ruby side). Problems carry
// codes and params, never sentences: messages.ts turns them into text.

import { isIsoDay, isoDayNumber, POSTING_STATUSES } from "../posting-status.ts";
import { isPlaceCode } from "./places.ts";
import type {
  Posting,
  ValidationIssue,
  ValidationResult,
  Vocabularies,
} from "./types.ts";
import { REMOTE_MODES } from "./types.ts";
import { checkPay } from "./validate-pay.ts";
import {
  checkApplyUrl,
  checkContact,
  checkLength,
  checkText,
  isAbsent,
  type Report,
  shown,
} from "./validate-text.ts";
import { DEFAULT_VOCABULARIES, hasContract, hasRole } from "./vocabularies.ts";
import { UNSAFE_TEXT } from "./wire-text.ts";

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
  report: Report
) => void;

const isBlank = (value: unknown) =>
  typeof value !== "string" || value.trim() === "";

/** Absent, or only the whitespace Ruby's String#strip drops. */
const isMissing = (value: unknown) =>
  value === null ||
  value === undefined ||
  (typeof value === "string" && /^[\0\t\n\v\f\r ]*$/.test(value));

const checks: Check[] = [
  (posting, _vocabularies, report) => {
    if (isBlank(posting.title)) {
      report("title", "required");
    }
    checkLength(report, "title", posting.title, MAX_TITLE_LENGTH);
    // As the server does (core checks a title's length, not what it holds).
    if (typeof posting.title === "string" && UNSAFE_TEXT.test(posting.title)) {
      report("title", "invalid_characters");
    }
    checkLength(report, "body", posting.body, MAX_BODY_LENGTH);
    checkText(report, "team", posting.team, MAX_TEAM_LENGTH);
    checkText(report, "location", posting.location, MAX_LOCATION_LENGTH);
  },
  (posting, vocabularies, report) => {
    const role: unknown = posting.role;
    if (isMissing(role)) {
      report("role", "required");
    } else if (typeof role !== "string" || !hasRole(vocabularies, role)) {
      report("role", "unknown_role", { value: shown(role) });
    }
  },
  (posting, vocabularies, report) => {
    const contracts: unknown = posting.contracts;
    if (isAbsent(contracts)) {
      return;
    }
    if (!Array.isArray(contracts)) {
      report("contracts", "invalid_list", { value: shown(contracts) });
      return;
    }
    for (const code of contracts as unknown[]) {
      if (typeof code !== "string" || !hasContract(vocabularies, code)) {
        report("contracts", "unknown_contract", { value: shown(code) });
      }
    }
    // Compared by value, as the server's Array#uniq does.
    const keys = (contracts as unknown[]).map((code) =>
      typeof code === "string" ? `"${code}` : shown(code)
    );
    if (new Set(keys).size !== keys.length) {
      report("contracts", "duplicate_contract");
    }
  },
  (posting, _vocabularies, report) => {
    for (const field of ["opens_at", "closes_at"] as const) {
      const value: unknown = posting[field];
      if (!isAbsent(value) && !isIsoDay(value)) {
        report(field, "invalid_date", { value: shown(value) });
      }
    }
    const { opens_at: opensAt, closes_at: closesAt } = posting;
    const opens = isIsoDay(opensAt) ? isoDayNumber(opensAt) : null;
    const closes = isIsoDay(closesAt) ? isoDayNumber(closesAt) : null;
    if (opens !== null && closes !== null && closes < opens) {
      report("closes_at", "closes_before_opens", {
        opens_at: String(opensAt),
        closes_at: String(closesAt),
      });
    }
  },
  (posting, _vocabularies, report) => {
    if (!(POSTING_STATUSES as readonly unknown[]).includes(posting.status)) {
      report("status", "invalid_status", { value: shown(posting.status) });
    }
    if (
      !isAbsent(posting.remote) &&
      !(REMOTE_MODES as readonly unknown[]).includes(posting.remote)
    ) {
      report("remote", "invalid_remote", { value: shown(posting.remote) });
    }
    if (!isAbsent(posting.place) && !isPlaceCode(posting.place)) {
      report("place", "unknown_place", { value: shown(posting.place) });
    }
    if (typeof posting.junior !== "boolean") {
      report("junior", "invalid_boolean", { value: shown(posting.junior) });
    }
  },
  (posting, _vocabularies, report) => {
    checkContact(report, posting.contact, MAX_CONTACT_LENGTH);
    checkApplyUrl(report, posting.apply_url, MAX_APPLY_URL_LENGTH);
  },
  (posting, _vocabularies, report) => checkPay(report, posting),
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
