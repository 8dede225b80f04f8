// The shape of a posting and of everything parse/validate report about it.
// Field names are those of the wire contract (DESIGN.md) without the `job_`
// prefix, so the composer, the CLI's JSON and the server speak one language.

import type { PostingStatus } from "../posting-status.ts";

export const REMOTE_MODES = ["none", "partial", "full"] as const;
export type RemoteMode = (typeof REMOTE_MODES)[number];

/** What a pay amount is counted per: a salary's year or month, a freelance day (« TJM »). */
export const PAY_PERIODS = ["year", "month", "day"] as const;
export type PayPeriod = (typeof PAY_PERIODS)[number];

/** The structured fields, as they travel to Discourse. */
export interface PostingFields {
  /** One role family code from the vocabulary. */
  role: string;
  /** Contract codes, in the order the text names them, without duplicates. */
  contracts: string[];
  team: string | null;
  /** Where, as written (« Lyon ou à distance »). */
  location: string | null;
  /**
   * Where, as a code members filter on: `dep-33` (a département), `reg-76`
   * (a région) or `abroad` (places.ts).
   */
  place: string | null;
  remote: RemoteMode | null;
  /** ISO days (YYYY-MM-DD), Europe/Paris. */
  opens_at: string | null;
  closes_at: string | null;
  /** The moderator's decision; "open" unless the file says otherwise. */
  status: PostingStatus;
  contact: string | null;
  apply_url: string | null;
  junior: boolean;
  /** Pay in whole euros (gross), either end optional; a period when either is given. */
  pay_min: number | null;
  pay_max: number | null;
  pay_period: PayPeriod | null;
}

export interface Posting extends PostingFields {
  /** For display: no leading article, no emoji. */
  title: string;
  /** The Markdown description, LF line endings, trimmed. */
  body: string;
}

export type PostingField = keyof Posting;

/** The structured fields of the wire contract, in the order forms and files list them. */
export const POSTING_FIELD_NAMES = [
  "role",
  "contracts",
  "team",
  "location",
  "place",
  "remote",
  "opens_at",
  "closes_at",
  "status",
  "contact",
  "apply_url",
  "junior",
  "pay_min",
  "pay_max",
  "pay_period",
] as const satisfies ReadonlyArray<keyof PostingFields>;

export type IssueParams = Record<string, string | number>;

/**
 * One thing to tell the user. `code` picks the message
 * (js.discourse_job_board.posting.{errors,warnings}.<code>); `field` and
 * `params` fill it in; `line` is 1-based in the file when known.
 */
export interface PostingIssue {
  code: string;
  field?: PostingField | null;
  line?: number | null;
  params?: IssueParams;
}

/** A parse error always has a line, and an English message for logs. */
export interface ParseError extends PostingIssue {
  line: number;
  message: string;
}

/** A value as the file held it, for moderators to check what was understood. */
export interface SourceValue {
  /** The key as written in the file (or "body" when guessed from the text). */
  key: string;
  /** The raw value, as text. */
  value: string;
  line: number | null;
}

export type SchemaName =
  | "incubateur"
  | "beta.gouv.fr"
  | "canonical"
  | "mixed"
  | "unknown";

export interface PostingSource {
  schema: SchemaName;
  fields: Partial<Record<PostingField, SourceValue[]>>;
  /** Keys that mean nothing for a posting (techno, domaines, …). */
  ignored: SourceValue[];
}

export interface ParseSuccess {
  ok: true;
  posting: Posting;
  source: PostingSource;
  warnings: PostingIssue[];
}

export interface ParseFailure {
  ok: false;
  errors: ParseError[];
  warnings: PostingIssue[];
}

export type ParseResult = ParseSuccess | ParseFailure;

export interface ParseOptions {
  /** Used in messages only. */
  fileName?: string;
  vocabularies?: Vocabularies;
}

export interface RoleEntry {
  code: string;
  fr: string;
  en: string;
}

export interface ContractEntry extends RoleEntry {
  /** schema.org JobPosting employmentType. */
  employmentType: string;
}

export interface Vocabularies {
  roles: RoleEntry[];
  contracts: ContractEntry[];
}

/** A problem found by validate(): the same rules the server applies. */
export interface ValidationIssue {
  field: PostingField;
  code: string;
  params: IssueParams;
}

export interface ValidationResult {
  valid: boolean;
  errors: ValidationIssue[];
  warnings: ValidationIssue[];
}
