// Before the first file is sent: how many files will be, how many requests
// they should cost, and how long that takes at the rate limit.

import type { Language } from "../i18n.ts";
import type { Journal } from "./journal.ts";
import { estimatedMs, type RateLimit } from "./pacer.ts";
import type { Prepared } from "./prepare.ts";
import { reportStrings } from "./report-strings.ts";

/** Requests a new file costs (one create), and one that changed (read topic, post, fields; write). */
const REQUESTS_NEW = 1;
const REQUESTS_CHANGED = 4;

/** What the announcement reads of the import's options (run.ts). */
export interface AnnounceOptions {
  language?: Language;
  recheck: boolean;
}

/** Says how many files will be sent and how long it will take. */
export function announce(
  prepared: Prepared[],
  journal: Journal,
  options: AnnounceOptions,
  limit: RateLimit,
  say: (line: string) => void
): void {
  const strings = reportStrings(options.language ?? "en");
  let requests = 0;
  let files = 0;
  for (const entry of prepared) {
    if (!("item" in entry)) {
      continue;
    }
    const known = journal.get(entry.item.externalId);
    if (!known || options.recheck) {
      files++;
      requests += known ? REQUESTS_CHANGED : REQUESTS_NEW;
    }
  }
  const minutes = (estimatedMs(requests, limit) / 60_000).toFixed(1);
  const perMinute = Math.round((limit.requests * 60_000) / limit.windowMs);
  say(strings.estimate(files, requests, minutes, perMinute));
}
