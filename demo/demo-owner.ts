// What the demo's components look up in place of Discourse's container:
// the job-board service's vocabularies, which the plugin's role cell reads
// (core: the topic list renders the `topic-list-columns` cells inside the
// app, where `@service jobBoard` resolves), the feed link's service
// (components/job-board-feed-link.gts), the follow button's store, and the
// chunk the list's cells draw their content from, which the demo bundles
// with itself (already loaded). Nothing else is looked up.
import { i18n } from "discourse-i18n";
import * as cells from "../assets/javascripts/discourse/components/job-board-list/cells.gts";
import type { Vocabularies } from "../assets/javascripts/discourse/lib/posting/types.ts";
import type { FeedLink } from "../assets/javascripts/discourse/services/job-board-feed.ts";
import { DemoFollows } from "./demo-follows.ts";

// The board's feed is built by the forum (FeedController, from Discourse's
// topics as a visitor sees them): the demo shows its link, with nothing to
// open and a note that says so, rather than a static file that would carry
// one set of filters whatever the reader chose.
const feed = {
  linkFor: (): FeedLink => ({
    href: null,
    note: i18n("discourse_job_board.feed.demo_unavailable"),
  }),
};

export function demoOwner(vocabularies: Vocabularies): object {
  const services: Record<string, unknown> = {
    "service:job-board": { vocabularies },
    "service:job-board-feed": feed,
    // « Suivre ces filtres », kept in localStorage (demo-follows.ts).
    "service:job-board-follows": new DemoFollows(),
    "service:job-board-chunks": {
      listCells: { module: cells, load: () => Promise.resolve(cells) },
    },
  };
  // `@service jobBoard` asks for "service:jobBoard": Ember's resolver
  // dasherizes the name before looking it up, and so does this owner.
  return {
    lookup: (name: string) =>
      services[name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)],
  };
}
