// The open/closed rule of a posting (DESIGN.md, "Open or closed"). Pure: no
// Discourse import, so the board, the composer, the demo, the CLI and the
// tests all run this one implementation. The Ruby twin is
// lib/discourse_job_board/posting_status.rb; both are checked against
// test/fixtures/posting-status-cases.json.

export const POSTING_STATUSES = ["open", "filled", "closed"] as const;
/** What a moderator decided. */
export type PostingStatus = (typeof POSTING_STATUSES)[number];

export const POSTING_STATES = [
  "open",
  "upcoming",
  "expired",
  "filled",
  "closed",
] as const;
/** What the rule concludes, as of a given day. */
export type PostingState = (typeof POSTING_STATES)[number];

export const BADGE_KINDS = [
  "open",
  "closing_soon",
  "upcoming",
  "expired",
  "filled",
  "closed",
] as const;
/** What the badge shows: the state, with "closing soon" split out of open. */
export type BadgeKind = (typeof BADGE_KINDS)[number];

/**
 * What members can filter the board on: each state, "closing_soon" (open
 * postings closing within CLOSING_SOON_DAYS, a part of "open"), and "all".
 * The closed choices are listed apart (expired, filled, closed) so that a
 * member sees why a posting no longer takes applications.
 */
export const STATE_FILTERS = [
  "open",
  "closing_soon",
  "upcoming",
  "expired",
  "filled",
  "closed",
  "all",
] as const;
export type StateFilter = (typeof STATE_FILTERS)[number];

/** An open posting whose closing date is at most this many days away is closing soon. */
export const CLOSING_SOON_DAYS = 7;

export const POSTING_TIME_ZONE = "Europe/Paris";

export interface PostingStatusInput {
  /** The moderator's status; null or undefined when none was set. */
  status?: PostingStatus | null;
  /** First day the posting takes applications, as an ISO day (YYYY-MM-DD). */
  opensAt?: string | null;
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
  /** Days from today to the opening date (positive while upcoming); null without one. */
  daysToOpen: number | null;
  /** Open or upcoming, yet nobody set a closing date or a decision: tell the moderator. */
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
  daysToOpen: number | null,
  daysLeft: number | null
): PostingState {
  if (status === "filled") {
    return "filled";
  }
  if (status === "closed" || topicClosed) {
    return "closed";
  }
  // Before expired: a posting cannot close before it opens (validate.ts),
  // and one that has not opened yet has not expired either.
  if (daysToOpen !== null && daysToOpen > 0) {
    return "upcoming";
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
  const opensAt = input.opensAt ? isoDayNumber(input.opensAt) : null;
  const closesAt = input.closesAt ? isoDayNumber(input.closesAt) : null;
  const daysToOpen = opensAt === null ? null : opensAt - today;
  const daysLeft = closesAt === null ? null : closesAt - today;
  const state = stateOf(
    status,
    input.topicClosed ?? false,
    daysToOpen,
    daysLeft
  );
  const closingSoon =
    state === "open" && daysLeft !== null && daysLeft <= CLOSING_SOON_DAYS;

  return {
    state,
    badge: closingSoon ? "closing_soon" : state,
    closingSoon,
    daysLeft,
    daysToOpen,
    missingClosingDate:
      (state === "open" || state === "upcoming") && closesAt === null,
  };
}

/** Whether a posting with this result is listed under a state filter. */
export function matchesStateFilter(
  result: Pick<PostingStatusResult, "state" | "closingSoon">,
  filter: StateFilter
): boolean {
  if (filter === "all") {
    return true;
  }
  if (filter === "closing_soon") {
    return result.closingSoon;
  }
  return result.state === filter;
}

/** Every state filter a result is listed under, in STATE_FILTERS order. */
export function stateFiltersOf(
  result: Pick<PostingStatusResult, "state" | "closingSoon">
): StateFilter[] {
  return STATE_FILTERS.filter((filter) => matchesStateFilter(result, filter));
}

/** The fields the rule reads, as the server sends them under a topic's `job` (posting-display.ts JobFields). */
export interface JobStatusFields {
  status: PostingStatus | null;
  closes_at: string | null;
  opens_at?: string | null;
}

/**
 * The rule for a topic's posting. Here rather than beside JobFields in
 * posting-display.ts: the badge on every topic list needs it, and
 * posting-display's link checks would bring the parser's value rules into
 * the bundle every page loads (bench/size.ts).
 */
export function statusOfJob(
  job: JobStatusFields,
  topicClosed: boolean,
  today: string
): PostingStatusResult {
  return postingStatus({
    status: job.status,
    opensAt: job.opens_at,
    closesAt: job.closes_at,
    topicClosed,
    today,
  });
}
