// The open/closed rule of a posting (DESIGN.md, "Open or closed"). Pure: no
// Discourse import, so the board, the composer, the demo, the CLI and the
// tests all run this one implementation. The Ruby twin is
// lib/discourse_job_board/posting_status.rb; both are checked against
// test/fixtures/posting-status-cases.json.

export const POSTING_STATUSES = ["open", "filled", "closed"] as const;
/** What a moderator decided. */
export type PostingStatus = (typeof POSTING_STATUSES)[number];

export const POSTING_STATES = ["open", "expired", "filled", "closed"] as const;
/** What the rule concludes, as of a given day. */
export type PostingState = (typeof POSTING_STATES)[number];

export const BADGE_KINDS = [
  "open",
  "closing_soon",
  "expired",
  "filled",
  "closed",
] as const;
/** What the badge shows: the state, with "closing soon" split out of open. */
export type BadgeKind = (typeof BADGE_KINDS)[number];

/** An open posting whose closing date is at most this many days away is closing soon. */
export const CLOSING_SOON_DAYS = 7;

export const POSTING_TIME_ZONE = "Europe/Paris";

export interface PostingStatusInput {
  /** The moderator's status; null or undefined when none was set. */
  status?: PostingStatus | null;
  /** Last day to apply, as an ISO day (YYYY-MM-DD). */
  closesAt?: string | null;
  /** Whether Discourse's topic is closed. */
  topicClosed?: boolean;
  /** The day to judge on, as an ISO day in Europe/Paris. */
  today: string;
}

export interface PostingStatusResult {
  state: PostingState;
  badge: BadgeKind;
  closingSoon: boolean;
  /** Days from today to the closing date (negative once past); null without one. */
  daysLeft: number | null;
  /** Open, yet nobody set a closing date or a decision: tell the moderator. */
  missingClosingDate: boolean;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Days since the epoch of a valid ISO day, or null when it is not one. */
export function isoDayNumber(day: string): number | null {
  const match = ISO_DAY.exec(day);
  if (!match) {
    return null;
  }
  const [year, month, date] = [match[1], match[2], match[3]].map(Number);
  // setUTCFullYear, unlike Date.UTC, does not read years 0-99 as 1900-1999.
  const back = new Date(0);
  back.setUTCFullYear(year, month - 1, date);
  const time = back.getTime();
  if (
    back.getUTCFullYear() !== year ||
    back.getUTCMonth() !== month - 1 ||
    back.getUTCDate() !== date
  ) {
    return null;
  }
  return time / MS_PER_DAY;
}

export function isIsoDay(value: unknown): value is string {
  return typeof value === "string" && isoDayNumber(value) !== null;
}

// Built once: creating an Intl.DateTimeFormat costs far more than using one,
// and the parser reads every timestamp of every file through it.
const PARIS_DAY_FORMAT = new Intl.DateTimeFormat("en-CA", {
  timeZone: POSTING_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The calendar day of an instant in Europe/Paris, as YYYY-MM-DD. */
export function todayInParis(now: Date = new Date()): string {
  const parts = PARIS_DAY_FORMAT.formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value;
  return `${part("year")}-${part("month")}-${part("day")}`;
}

function stateOf(
  status: PostingStatus | null,
  topicClosed: boolean,
  daysLeft: number | null
): PostingState {
  if (status === "filled") {
    return "filled";
  }
  if (status === "closed" || topicClosed) {
    return "closed";
  }
  if (daysLeft !== null && daysLeft < 0) {
    return "expired";
  }
  return "open";
}

export function postingStatus(input: PostingStatusInput): PostingStatusResult {
  const today = isoDayNumber(input.today);
  if (today === null) {
    throw new RangeError(`today must be an ISO day, got ${input.today}`);
  }
  const status = input.status ?? null;
  const closesAt = input.closesAt ? isoDayNumber(input.closesAt) : null;
  const daysLeft = closesAt === null ? null : closesAt - today;
  const state = stateOf(status, input.topicClosed ?? false, daysLeft);
  const closingSoon =
    state === "open" && daysLeft !== null && daysLeft <= CLOSING_SOON_DAYS;

  return {
    state,
    badge: closingSoon ? "closing_soon" : state,
    closingSoon,
    daysLeft,
    missingClosingDate: state === "open" && closesAt === null,
  };
}
