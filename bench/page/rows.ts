// The board's rows as the demo computes them (demo/demo-app.gts): the
// bundled samples repeated with new ids to the wanted count, each with the
// open/closed rule applied on the demo's day. Both renderings and the
// filter benchmark start from these.
import { DEFAULT_VOCABULARIES } from "../../assets/javascripts/discourse/lib/posting/vocabularies.ts";
import { statusOfJob } from "../../assets/javascripts/discourse/lib/posting-display.ts";
import type { PostingStatusResult } from "../../assets/javascripts/discourse/lib/posting-status.ts";
import { type DemoPosting, loadPostings } from "../../demo/data.ts";
import { DEFAULT_TODAY } from "../../demo/url-state.ts";

export const VOCABULARIES = DEFAULT_VOCABULARIES;

export interface RowPosting extends DemoPosting {
  status: PostingStatusResult;
  role: string | null;
  contracts: string[];
  state: PostingStatusResult["state"];
}

/** The samples, repeated with fresh ids until there are `count` postings. */
export function manyPostings(count: number): DemoPosting[] {
  const samples = loadPostings();
  return Array.from({ length: count }, (_, index) => {
    const sample = samples[index % samples.length];
    return { ...sample, id: index + 1, file: `${index}/${sample.file}` };
  });
}

export function boardRows(postings: DemoPosting[]): RowPosting[] {
  return postings.map((posting) => {
    const status = statusOfJob(posting.job, posting.topicClosed, DEFAULT_TODAY);
    return {
      ...posting,
      status,
      role: posting.job.role,
      contracts: posting.job.contracts,
      state: status.state,
    };
  });
}

// The page's own address, without query or fragment, read once.
const PAGE_ADDRESS = window.location.href.split(/[?#]/)[0];

/**
 * The posting page's address, as the demo's title links give it: absolute,
 * as the demo writes them, since Ember's href sanitising (`protocolForUrl`)
 * parses each link with `new URL()`, which throws, and is caught, for every
 * relative one.
 */
export function postingHref(id: number): string {
  return `${PAGE_ADDRESS}?posting=${id}`;
}

export function rowClass(state: PostingStatusResult["state"]): string {
  return state === "open" ? "" : "--job-not-open";
}
