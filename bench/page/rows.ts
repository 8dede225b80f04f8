// The board's rows as the demo computes them (demo/demo-app.gts): the
// bundled samples repeated with new ids to the wanted count, each with the
// open/closed rule applied on the demo's day. Both renderings and the
// filter benchmark start from these.
import { DEFAULT_VOCABULARIES } from "../../assets/javascripts/discourse/lib/posting/vocabularies.ts";
import {
  type BoardPosting,
  toBoardPostings,
} from "../../demo/board-postings.ts";
import { type DemoPosting, loadPostings } from "../../demo/data.ts";
import { DEFAULT_TODAY } from "../../demo/url-state.ts";

export const VOCABULARIES = DEFAULT_VOCABULARIES;

/** The samples, repeated with fresh ids until there are `count` postings. */
export function manyPostings(count: number): DemoPosting[] {
  const samples = loadPostings();
  return Array.from({ length: count }, (_, index) => {
    const sample = samples[index % samples.length];
    return { ...sample, id: index + 1, file: `${index}/${sample.file}` };
  });
}

/** The board's postings as the demo shows them on its default day. */
export function boardRows(postings: DemoPosting[]): BoardPosting[] {
  return toBoardPostings(postings, new Map(), DEFAULT_TODAY);
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
