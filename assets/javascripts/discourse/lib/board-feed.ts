// Where a filtered board's RSS feed lives: the plugin's
// GET /job-board/feed.rss (FeedController) with the board's own query
// parameters, so that the feed carries what the board shows. Pure: no
// Discourse import.
import {
  type BoardFilters,
  filtersToQuery,
  QUERY_PARAMS,
} from "./board-query.ts";

export const FEED_PATH = "/job-board/feed.rss";

/**
 * The feed's path (without the forum's subfolder) for a board category and
 * its filters, parameters in the server's order (FeedQuery::PARAMS), the
 * defaults (open postings, newest first) left out as the board's URL does.
 */
export function feedPath(categoryId: number, filters: BoardFilters): string {
  const query = filtersToQuery(filters);
  const params = new URLSearchParams({ category_id: String(categoryId) });
  for (const key of [
    QUERY_PARAMS.role,
    QUERY_PARAMS.contract,
    QUERY_PARAMS.status,
    QUERY_PARAMS.place,
    QUERY_PARAMS.remote,
    QUERY_PARAMS.q,
    QUERY_PARAMS.sort,
  ]) {
    const value = query[key];
    if (value) {
      params.append(key, value);
    }
  }
  return `${FEED_PATH}?${params.toString()}`;
}

/** What a board category must be for its feed to carry anything. */
export interface FeedCategory {
  id: number;
  /** Core's Category#read_restricted: only some groups may read it. */
  read_restricted?: boolean;
}

/**
 * Whether the board has a feed: the feed shows what a visitor without an
 * account sees, which is nothing on a read-restricted category or on a
 * forum that requires logging in (the server answers 404 there).
 */
export function hasFeed(
  category: FeedCategory | null | undefined,
  loginRequired: boolean
): category is FeedCategory {
  return Boolean(category && !category.read_restricted && !loginRequired);
}
