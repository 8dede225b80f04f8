// The RSS feed of the board on screen, for the filter bar's link
// (components/job-board-feed-link.gts).
import Service, { service } from "@ember/service";
import getURL from "discourse/lib/get-url";
import { type FeedCategory, feedPath, hasFeed } from "../lib/board-feed.ts";
import type { BoardFilters } from "../lib/board-query.ts";

/** A feed to link to; href null: a feed exists but is not served here (the demo). */
export interface FeedLink {
  href: string | null;
  /** Why there is no href, for the reader. */
  note?: string;
}

export default class JobBoardFeed extends Service {
  // core: services/discovery.js, "a stable way to learn information about
  // the current route" for plugins: the category of the list on screen.
  @service declare discovery: { category?: FeedCategory | null };
  @service declare siteSettings: { login_required?: boolean };

  /** The feed with these filters, or null when the board on screen has none. */
  linkFor(filters: BoardFilters): FeedLink | null {
    const category = this.discovery.category;
    if (!hasFeed(category, Boolean(this.siteSettings.login_required))) {
      return null;
    }
    // The forum may live in a subfolder (core: lib/get-url.js).
    return { href: getURL(feedPath(category.id, filters)) as string };
  }
}
