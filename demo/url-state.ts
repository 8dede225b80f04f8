// The demo keeps all its state in the URL query, as the board does in
// Discourse: ?job_q=&job_role=&job_contract=&job_place=&job_remote=
// &job_status=&job_sort= for the filters, plus ?posting=ID or ?compose=1
// for the page, ?page=N for the board's pages shown (so that back returns
// to where « Voir plus » had led), ?locale=en and ?today=YYYY-MM-DD.
import {
  type BoardFilters,
  filtersFromQuery,
  filtersToQuery,
} from "../assets/javascripts/discourse/lib/board-filters.ts";
import type { Vocabularies } from "../assets/javascripts/discourse/lib/posting/types.ts";
import { isIsoDay } from "../assets/javascripts/discourse/lib/posting-status.ts";

/** Like Discourse's topic lists: a page of postings, then « Voir plus ». */
export const PAGE_SIZE = 30;

/** A day in February 2022, when several of the sample postings were open. */
export const DEFAULT_TODAY = "2022-02-16";

export type DemoView =
  | { name: "board"; pages?: number }
  | { name: "posting"; id: number }
  | { name: "compose" };

export interface DemoState {
  view: DemoView;
  filters: BoardFilters;
  locale: "fr" | "en";
  today: string;
}

export function readState(
  search: string,
  vocabularies: Vocabularies
): DemoState {
  const params = new URLSearchParams(search);
  const query = Object.fromEntries(params.entries());
  const postingId = Number(params.get("posting"));
  const pages = Number(params.get("page"));
  let view: DemoView = {
    name: "board",
    pages: Number.isInteger(pages) && pages > 1 ? pages : 1,
  };
  if (Number.isInteger(postingId) && postingId > 0) {
    view = { name: "posting", id: postingId };
  } else if (params.get("compose")) {
    view = { name: "compose" };
  }
  const today = params.get("today") ?? "";
  return {
    view,
    filters: filtersFromQuery(query, vocabularies).filters,
    locale: params.get("locale") === "en" ? "en" : "fr",
    today: isIsoDay(today) ? today : DEFAULT_TODAY,
  };
}

// A state's query in three parts, each a list of encoded "key=value":
// the filters, the page, then the locale and day, in the order URLs show them.
function filterParams(filters: BoardFilters): string[] {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filtersToQuery(filters))) {
    if (value) {
      params.set(key, value);
    }
  }
  return params.size > 0 ? [params.toString()] : [];
}

function viewParams(view: DemoView): string[] {
  if (view.name === "posting") {
    return [`posting=${encodeURIComponent(String(view.id))}`];
  }
  if (view.name === "board" && (view.pages ?? 1) > 1) {
    return [`page=${view.pages}`];
  }
  return view.name === "compose" ? ["compose=1"] : [];
}

function contextParams(state: DemoState): string[] {
  const params = new URLSearchParams();
  if (state.locale !== "fr") {
    params.set("locale", state.locale);
  }
  if (state.today !== DEFAULT_TODAY) {
    params.set("today", state.today);
  }
  return params.size > 0 ? [params.toString()] : [];
}

function queryOf(parts: string[]): string {
  return parts.length > 0 ? `?${parts.join("&")}` : "";
}

/** The query string of a state; defaults are left out to keep URLs short. */
export function writeState(state: DemoState): string {
  return queryOf([
    ...filterParams(state.filters),
    ...viewParams(state.view),
    ...contextParams(state),
  ]);
}

/**
 * The links to each posting's page from a state, as writeState gives them
 * (`writeState({ ...state, view: { name: "posting", id } })`), after
 * `base`: the parts that do not depend on the posting are written once,
 * since a board links every row it shows.
 */
export function postingLinks(
  state: DemoState,
  base = ""
): (id: number) => string {
  const before = filterParams(state.filters);
  const after = contextParams(state);
  return (id) =>
    `${base}${queryOf([...before, ...viewParams({ name: "posting", id }), ...after])}`;
}
