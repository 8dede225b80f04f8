// The board's orders (`?job_sort=`), as the server sorts: newest first by
// default, then the closing date soonest first (postings without one last),
// then the most questions (replies). Ties go to the newest, then the
// highest id, so the order is stable. Pure: the demo sorts with it.

export const SORT_ORDERS = ["newest", "closing", "questions"] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];
export const DEFAULT_SORT: SortOrder = "newest";

/** What sorting needs of a posting. */
export interface SortKeys {
  id: number;
  /** When it was published, as an ISO date or day; null when unknown. */
  publishedAt: string | null;
  /** Its last day to apply, YYYY-MM-DD; null without one. */
  closesAt: string | null;
  questions: number;
}

export function isSortOrder(value: unknown): value is SortOrder {
  return (SORT_ORDERS as readonly unknown[]).includes(value);
}

function newestFirst(a: SortKeys, b: SortKeys): number {
  return (
    (b.publishedAt ?? "").localeCompare(a.publishedAt ?? "") || b.id - a.id
  );
}

function closingFirst(a: SortKeys, b: SortKeys): number {
  if (a.closesAt === b.closesAt) {
    return 0;
  }
  if (a.closesAt === null || b.closesAt === null) {
    return a.closesAt === null ? 1 : -1;
  }
  return a.closesAt.localeCompare(b.closesAt);
}

const COMPARE: Record<SortOrder, (a: SortKeys, b: SortKeys) => number> = {
  newest: newestFirst,
  closing: (a, b) => closingFirst(a, b) || newestFirst(a, b),
  questions: (a, b) => b.questions - a.questions || newestFirst(a, b),
};

/** A sorted copy of `postings`. */
export function sortPostings<T>(
  postings: readonly T[],
  order: SortOrder,
  keys: (posting: T) => SortKeys
): T[] {
  const keyed = postings.map((posting) => ({ posting, keys: keys(posting) }));
  keyed.sort((a, b) => COMPARE[order](a.keys, b.keys));
  return keyed.map((entry) => entry.posting);
}
