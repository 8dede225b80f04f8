// The board's postings as of a day, with the moderator decisions taken in
// the demo. Remembered for the last inputs: a filter change moves the URL
// but neither the day nor the decisions, and handing the board the very
// same posting objects lets Glimmer update only the rows that come and go
// instead of re-rendering every row shown.
import { i18n } from "discourse-i18n";
import { currentLocale } from "../assets/javascripts/discourse/helpers/job-board-locale.ts";
import { searchIndex } from "../assets/javascripts/discourse/lib/board-search.ts";
import type { SortKeys } from "../assets/javascripts/discourse/lib/board-sort.ts";
import { placeEntry } from "../assets/javascripts/discourse/lib/posting/places.ts";
import { formatDay } from "../assets/javascripts/discourse/lib/posting-display.ts";
import {
  type PostingStatus,
  type PostingStatusResult,
  statusOfJob,
} from "../assets/javascripts/discourse/lib/posting-status.ts";
import type { DemoPosting } from "./data.ts";
import { formatCount } from "./format.ts";

/** A posting as the board shows it, with the rule applied on the demo's day. */
export interface BoardPosting extends DemoPosting {
  status: PostingStatusResult;
  role: string | null;
  contracts: string[];
  state: PostingStatusResult["state"];
  closingSoon: boolean;
  place: string | null;
  remote: DemoPosting["job"]["remote"];
  /**
   * When it was published, as a topic's `created_at` (the board's
   * « Publiée » column reads it): the samples carry no publication date,
   * so their opening day stands in, as for the sort.
   */
  created_at?: string;
  /** Its words for the search, made on the first search (board-search.ts). */
  readonly searchIndex: string;
}

// A posting's words: title, team, place (as written, and its département
// and région names) and description, as the server searches them. Made
// once per sample, and only when a search asks.
const SEARCH_INDEXES = new WeakMap<DemoPosting, string>();

function searchIndexOf(posting: DemoPosting): string {
  let index = SEARCH_INDEXES.get(posting);
  if (index === undefined) {
    const place = placeEntry(posting.job.place);
    const region = placeEntry(place?.region ?? null);
    index = searchIndex([
      posting.title,
      posting.job.team,
      posting.job.location,
      place?.kind === "abroad" ? null : place?.name,
      region && region !== place ? region.name : null,
      posting.body,
    ]);
    SEARCH_INDEXES.set(posting, index);
  }
  return index;
}

/** What the board's orders read of a posting (board-sort.ts). */
export function sortKeysOf(posting: BoardPosting): SortKeys {
  return {
    id: posting.id,
    // The samples carry no publication date: they open when published.
    publishedAt: posting.job.opens_at,
    closesAt: posting.job.closes_at,
    questions: posting.replies,
  };
}

export type Decisions = Map<number, PostingStatus>;

/** The board's postings with the rule applied on `today`, after the decisions. */
export function toBoardPostings(
  source: DemoPosting[],
  decisions: Decisions,
  today: string
): BoardPosting[] {
  return source.map((posting) => {
    const job = {
      ...posting.job,
      status: decisions.get(posting.id) ?? posting.job.status,
    };
    const status = statusOfJob(job, posting.topicClosed, today);
    return {
      ...posting,
      job,
      status,
      role: job.role,
      contracts: job.contracts,
      state: status.state,
      closingSoon: status.closingSoon,
      place: job.place,
      remote: job.remote,
      created_at: job.opens_at ?? undefined,
      get searchIndex() {
        return searchIndexOf(posting);
      },
    };
  });
}

/** toBoardPostings, answering again with its last result for the same inputs. */
export function boardPostingsOf() {
  let last: {
    source: DemoPosting[];
    decisions: Decisions;
    today: string;
    postings: BoardPosting[];
  } | null = null;
  return (
    source: DemoPosting[],
    decisions: Decisions,
    today: string
  ): BoardPosting[] => {
    if (
      last?.source !== source ||
      last.decisions !== decisions ||
      last.today !== today
    ) {
      last = {
        source,
        decisions,
        today,
        postings: toBoardPostings(source, decisions, today),
      };
    }
    return last.postings;
  };
}

/** What a board row shows beyond the posting's own fields. */
export interface RowView {
  className: string;
  href: string;
  /** The number of replies, which are the community's questions. */
  questions: string;
  /** The same number alone, for the replies column. */
  replies: string;
  /** The day the posting opened, for the activity column. */
  activity: string;
}

/**
 * A row's class, link and question count from one helper call: a board
 * renders every row with them, and each helper a template invokes costs
 * Glimmer far more than the property reads that replace it. Postings that
 * are not open are muted, as in Discourse's lists (`--job-not-open`).
 */
export function rowView(
  posting: BoardPosting,
  postingLink: (id: number) => string
): RowView {
  const muted = posting.state === "open" ? "" : " --job-not-open";
  const locale = currentLocale();
  return {
    className: `topic-list-item job-board-demo-row --${posting.state}${muted}`,
    href: postingLink(posting.id),
    questions: i18n("discourse_job_board.board.questions", {
      count: posting.replies,
    }),
    replies: formatCount(posting.replies, locale),
    activity: formatDay(posting.job.opens_at, locale, "medium") ?? "",
  };
}
