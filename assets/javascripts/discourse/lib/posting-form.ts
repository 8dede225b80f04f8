// What the composer's posting form needs, kept pure so that Node tests cover
// it and the composer connector can block saving with the same rules the form
// shows. It imports validate and messages directly, not the posting core's
// index: the index also carries the parser and its YAML library, which only
// the Markdown import loads, on demand.

import { emptyJobFields, jobFieldsOf } from "./job-fields.ts";
import { formatIssue, type Translate } from "./posting/messages.ts";
import type {
  Posting,
  PostingField,
  PostingIssue,
  RoleEntry,
  ValidationIssue,
  Vocabularies,
} from "./posting/types.ts";
import { POSTING_FIELD_NAMES, REMOTE_MODES } from "./posting/types.ts";
import { validate } from "./posting/validate.ts";
import { type JobFields, labelOf } from "./posting-display.ts";
import { POSTING_STATUSES } from "./posting-status.ts";

/** The fields the form edits, in the order it shows them. */
export const FORM_FIELDS = POSTING_FIELD_NAMES;

export type FormField = (typeof FORM_FIELDS)[number];

export type IssuesByField = Partial<Record<PostingField, ValidationIssue[]>>;

export interface FormIssues {
  /** False when any error would make the server refuse the posting. */
  valid: boolean;
  errors: IssuesByField;
  warnings: IssuesByField;
}

/** The posting validate() checks; a status not yet chosen counts as open. */
export function postingOf(
  fields: JobFields,
  title: string | null | undefined,
  body: string | null | undefined
): Posting {
  return {
    title: title ?? "",
    body: body ?? "",
    role: fields.role ?? "",
    contracts: Array.isArray(fields.contracts) ? fields.contracts : [],
    team: fields.team ?? null,
    location: fields.location ?? null,
    place: fields.place ?? null,
    remote: fields.remote ?? null,
    opens_at: fields.opens_at || null,
    closes_at: fields.closes_at || null,
    status: fields.status ?? "open",
    contact: fields.contact ?? null,
    apply_url: fields.apply_url ?? null,
    junior: fields.junior ?? false,
    pay_min: fields.pay_min ?? null,
    pay_max: fields.pay_max ?? null,
    pay_period: fields.pay_period ?? null,
  };
}

function groupByField(issues: ValidationIssue[]): IssuesByField {
  const grouped: IssuesByField = {};
  for (const issue of issues) {
    (grouped[issue.field] ??= []).push(issue);
  }
  return grouped;
}

/**
 * The shared rules applied to what the composer holds, grouped by field. A
 * role not chosen yet is « obligatoire » rather than « "" n'est pas dans la
 * liste », which is what validate() would say of an empty code.
 */
export function formIssues(
  fields: JobFields,
  title: string | null | undefined,
  body: string | null | undefined,
  vocabularies: Vocabularies
): FormIssues {
  const result = validate(postingOf(fields, title, body), vocabularies);
  const roleMissing = !fields.role;
  const errors = result.errors.filter(
    (issue) => !(roleMissing && issue.field === "role")
  );
  if (roleMissing) {
    errors.push({ field: "role", code: "required", params: {} });
  }
  return {
    valid: errors.length === 0,
    errors: groupByField(errors),
    warnings: groupByField(result.warnings),
  };
}

/** The fields with one of them changed: a new object, the old one untouched. */
export function withField<Name extends FormField>(
  fields: JobFields,
  name: Name,
  value: JobFields[Name]
): JobFields {
  return { ...fields, contracts: [...fields.contracts], [name]: value };
}

/** Contract codes with one code ticked or unticked, keeping their order. */
export function toggledContracts(
  contracts: readonly string[],
  code: string,
  checked: boolean
): string[] {
  const others = contracts.filter((candidate) => candidate !== code);
  return checked ? [...others, code] : others;
}

/** What a text input holds, as a field value: nothing typed is null. */
export function textValue(text: string, trim = false): string | null {
  const value = trim ? text.trim() : text;
  return value.trim() === "" ? null : value;
}

/** Whether the composer holds anything that an import would replace. */
export function hasContent(
  title: string | null | undefined,
  body: string | null | undefined,
  fields: JobFields | null | undefined
): boolean {
  if ((title ?? "").trim() !== "" || (body ?? "").trim() !== "") {
    return true;
  }
  if (!fields) {
    return false;
  }
  const empty = emptyJobFields();
  return FORM_FIELDS.some((name) =>
    name === "contracts"
      ? fields.contracts.length > 0
      : (fields[name] ?? empty[name]) !== empty[name]
  );
}

/** One refusal from the server, for one field (wire name or not) or none. */
export interface ServerError {
  field?: string | null;
  message: string;
}

/** The server's refusal: one message, or one per field as its JSON gives them. */
export type ServerErrors = string | readonly ServerError[];

export interface SortedServerErrors {
  byField: Partial<Record<FormField, string[]>>;
  /** Messages that name no field of the form: shown above it. */
  general: string[];
}

/** Server messages beside the field they name; `job_role` is `role`. */
export function sortServerErrors(
  errors: ServerErrors | null | undefined
): SortedServerErrors {
  const sorted: SortedServerErrors = { byField: {}, general: [] };
  if (typeof errors === "string") {
    if (errors.trim() !== "") {
      sorted.general.push(errors);
    }
    return sorted;
  }
  for (const error of errors ?? []) {
    const name = (error.field ?? "").replace(/^job_/, "");
    if ((FORM_FIELDS as readonly string[]).includes(name)) {
      (sorted.byField[name as FormField] ??= []).push(error.message);
    } else {
      sorted.general.push(error.message);
    }
  }
  return sorted;
}

/**
 * Issue codes whose message already names its line (« Ligne 3 : … »). The
 * others get the line put in front; a Node test keeps this list in step with
 * the locale files.
 */
export const CODES_NAMING_THEIR_LINE: ReadonlySet<string> = new Set([
  "invalid_yaml",
  "unclosed_front_matter",
  "front_matter_not_mapping",
  "missing_title",
]);

/** An issue's message, with the line of the file it was found on. */
export function locatedMessage(
  issue: PostingIssue,
  kind: "errors" | "warnings",
  translate: Translate
): string {
  const message = formatIssue(issue, kind, translate);
  if (
    typeof issue.line !== "number" ||
    CODES_NAMING_THEIR_LINE.has(issue.code)
  ) {
    return message;
  }
  return translate("discourse_job_board.composer.import.at_line", {
    line: issue.line,
    message,
  });
}

const IMPORTABLE_NAME = /(\.(md|markdown|txt)|^[^.]+)$/i;

/** .md, .markdown, .txt, or no extension at all (as some exports are named). */
export function isImportableFileName(name: string): boolean {
  return IMPORTABLE_NAME.test(name);
}

/** One choice of a select or checkbox group, labelled in the user's language. */
export interface FormOption {
  value: string;
  label: string;
  /** Selected (select) or checked (checkbox). */
  selected: boolean;
}

/**
 * The vocabulary's entries, then any chosen code it no longer has (removed
 * from the settings): shown as itself, so that it is seen, not silently lost.
 */
export function vocabularyOptions(
  entries: readonly RoleEntry[],
  chosen: readonly string[],
  locale: string
): FormOption[] {
  const codes = entries.map((entry) => entry.code);
  const extra = chosen.filter((code) => code && !codes.includes(code));
  return [...codes, ...new Set(extra)].map((code) => ({
    value: code,
    label: labelOf(entries, code, locale) ?? code,
    selected: chosen.includes(code),
  }));
}

const COMPOSER_SCOPE = "discourse_job_board.composer";

/** Not specified, then none / partial / full. */
export function remoteOptions(
  current: string | null,
  translate: Translate
): FormOption[] {
  return ["", ...REMOTE_MODES].map((mode) => ({
    value: mode,
    label: translate(
      mode
        ? `${COMPOSER_SCOPE}.fields.remote.values.${mode}`
        : `${COMPOSER_SCOPE}.fields.remote.unset`
    ),
    selected: mode === (current ?? ""),
  }));
}

/** Open, filled, closed, with the badge's words; no status yet reads as open. */
export function statusOptions(
  current: string | null,
  translate: Translate
): FormOption[] {
  return POSTING_STATUSES.map((status) => ({
    value: status,
    label: translate(`discourse_job_board.status.${status}`),
    selected: status === (current ?? "open"),
  }));
}

// Shared with the composer glue, so the form and the composer build fields alike.
export { emptyJobFields, jobFieldsOf };
