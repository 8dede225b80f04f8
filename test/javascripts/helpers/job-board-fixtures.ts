// What the plugin's server sends, for the acceptance tests: a posting's
// `job` as the topic list and topic view serializers write it, the filter
// bar's counts, and core's list and topic fixtures with postings in them.
import type Pretender from "pretender";
import type { ResponseData } from "pretender";
import { cloneJSON } from "discourse/lib/object";
import discoveryFixtures from "discourse/tests/fixtures/discovery-fixtures";
import topicFixtures from "discourse/tests/fixtures/topic";
import pretender, {
  type pretenderHelpers,
  response,
} from "discourse/tests/helpers/create-pretender";
import { todayInParis } from "discourse/plugins/discourse-job-board/discourse/lib/posting-status";

/** A topic's `job`, as DiscourseJobBoard::Posting.as_json writes it. */
export interface JobJson {
  role: string | null;
  contracts: string[];
  team: string | null;
  location: string | null;
  /** A place code: `dep-75`, `reg-11` or `abroad`. */
  place: string | null;
  remote: "none" | "partial" | "full" | null;
  opens_at: string | null;
  closes_at: string | null;
  status: "open" | "filled" | "closed" | null;
  contact: string | null;
  apply_url: string | null;
  junior: boolean;
  /** Whole euros, and the period they count. */
  pay_min: number | null;
  pay_max: number | null;
  pay_period: "year" | "month" | "day" | null;
  state: "open" | "upcoming" | "expired" | "filled" | "closed";
  badge: "open" | "closing_soon" | "upcoming" | "expired" | "filled" | "closed";
  closing_soon: boolean;
  days_left: number | null;
  missing_closing_date: boolean;
  can_edit: boolean;
}

/** GET /job-board/counts.json (issue 12's contract). */
export interface CountsJson {
  counts: {
    roles: Record<string, number>;
    contracts: Record<string, number>;
    states: {
      open: number;
      closing_soon: number;
      upcoming: number;
      expired: number;
      filled: number;
      closed: number;
      all: number;
    };
    /** By région code (`reg-11`) and `abroad`. */
    places: Record<string, number>;
    /** By the postings' own remote mode. */
    remote: { none: number; partial: number; full: number };
    total: number;
  };
}

/** The part of a topic (in a list or a topic view) the board reads. */
export interface TopicJson {
  id: number;
  title: string;
  closed: boolean;
  created_at?: string;
  /** Core's « new » state for the current user (TopicListItemSerializer). */
  unseen?: boolean;
  job?: JobJson;
}

export interface TopicListJson {
  topic_list: { can_create_topic: boolean; topics: TopicJson[] };
}

export type PretenderHelpers = ReturnType<typeof pretenderHelpers>;

/** What `acceptance()` from qunit-helpers hands its callback. */
export interface AcceptanceNeeds {
  user(changes?: Record<string, unknown>): void;
  settings(changes: Record<string, unknown>): void;
  site(changes: Record<string, unknown>): void;
  pretender(
    callback: (server: Pretender, helper: PretenderHelpers) => void
  ): void;
  mobileView(): void;
  /** The module's QUnit hooks. */
  hooks: { beforeEach(callback: () => void): void };
}

/** The board category of these tests: core's fixture category « bug » (id 1). */
export const BOARD = { id: 1, slug: "bug", url: "/c/bug/1" } as const;

/** The board's settings, as an admin sets them. */
export const BOARD_SETTINGS = {
  job_board_enabled: true,
  job_board_categories: String(BOARD.id),
} as const;

/** Core's JSON response, typed for pretender's handlers. */
export function jsonResponse(body: object, status = 200): ResponseData {
  return response(status, body) as ResponseData;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The day `days` away from today, counted as the board counts (Europe/Paris). */
export function dayFromToday(days: number): string {
  return todayInParis(new Date(Date.now() + days * DAY_MS));
}

/** An open posting with every field, closing in two months. */
export function openJob(changes: Partial<JobJson> = {}): JobJson {
  return {
    role: "coach",
    contracts: ["freelance", "cdd"],
    team: "ANCT",
    location: "Paris",
    place: "dep-75",
    remote: "partial",
    opens_at: dayFromToday(-10),
    closes_at: dayFromToday(60),
    status: "open",
    contact: "rh@anct.gouv.fr",
    apply_url: "https://incubateur.anct.gouv.fr/postes/coach",
    junior: false,
    pay_min: null,
    pay_max: null,
    pay_period: null,
    state: "open",
    badge: "open",
    closing_soon: false,
    days_left: 60,
    missing_closing_date: false,
    can_edit: false,
    ...changes,
  };
}

/** Postings in each state the badge shows, as the server would send them. */
export const JOBS = {
  open: (changes: Partial<JobJson> = {}) => openJob(changes),
  closingSoon: (changes: Partial<JobJson> = {}) =>
    openJob({
      closes_at: dayFromToday(3),
      badge: "closing_soon",
      closing_soon: true,
      days_left: 3,
      ...changes,
    }),
  expired: (changes: Partial<JobJson> = {}) =>
    openJob({
      closes_at: "2024-01-31",
      state: "expired",
      badge: "expired",
      days_left: null,
      ...changes,
    }),
  filled: (changes: Partial<JobJson> = {}) =>
    openJob({ status: "filled", state: "filled", badge: "filled", ...changes }),
  closed: (changes: Partial<JobJson> = {}) =>
    openJob({ status: "closed", state: "closed", badge: "closed", ...changes }),
};

/** The board category's list: core's fixture for « bug », no posting in it yet. */
export function boardTopicList(): TopicListJson {
  return cloneJSON(
    discoveryFixtures["/c/bug/1/l/latest.json"]
  ) as TopicListJson;
}

/** Core's topic 280 (« Internationalization / localization ») as a posting. */
export function postingTopic(job: JobJson): TopicJson {
  const topic = cloneJSON(topicFixtures["/t/280/1.json"]) as TopicJson;
  topic.closed = job.status !== "open";
  topic.job = job;
  return topic;
}

/**
 * Counts for the filter bar: three open postings (one closing soon), one
 * upcoming and one closed, two of them in Île-de-France.
 */
export function boardCounts(changes: Partial<CountsJson["counts"]> = {}) {
  const counts: CountsJson = {
    counts: {
      roles: { coach: 2, design: 1 },
      contracts: { freelance: 2, cdd: 1 },
      states: {
        open: 3,
        closing_soon: 1,
        upcoming: 1,
        expired: 0,
        filled: 0,
        closed: 1,
        all: 5,
      },
      places: { "reg-11": 2, "reg-28": 1, abroad: 0 },
      remote: { none: 1, partial: 1, full: 1 },
      total: 5,
      ...changes,
    },
  };
  return counts;
}

/** The query a request to the board's list or counts carried. */
export type Query = Record<string, unknown>;

/**
 * Serves the board's list (one open posting) and its counts, and records
 * what each request asked, newest last, as the filter bar's tests read it.
 */
export function recordBoardRequests(needs: AcceptanceNeeds) {
  let listQueries: Query[] = [];
  let countsQueries: Query[] = [];

  needs.hooks.beforeEach(() => {
    listQueries = [];
    countsQueries = [];
  });
  needs.pretender((server) => {
    server.get(`${BOARD.url}/l/latest.json`, (request) => {
      listQueries.push({ ...request.queryParams });
      const list = boardTopicList();
      list.topic_list.topics[0].job = openJob();
      return jsonResponse(list);
    });
    server.get("/job-board/counts.json", (request) => {
      countsQueries.push({ ...request.queryParams });
      return jsonResponse(boardCounts());
    });
  });

  return {
    listQueries: () => listQueries,
    countsQueries: () => countsQueries,
    lastListQuery: () => listQueries[listQueries.length - 1],
    lastCountsQuery: () => countsQueries[countsQueries.length - 1],
  };
}

/** From now on in this test, the board lists nothing and counts `counts`. */
export function serveEmptyBoard(counts: Partial<CountsJson["counts"]>) {
  pretender.get(`${BOARD.url}/l/latest.json`, () => {
    const list = boardTopicList();
    list.topic_list.topics = [];
    return jsonResponse(list);
  });
  pretender.get("/job-board/counts.json", () =>
    jsonResponse(boardCounts(counts))
  );
}
