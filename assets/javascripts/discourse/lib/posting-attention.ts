// What a moderator should complete before a posting goes out (issue 13):
// a way to apply and a closing date. Neither blocks publishing: a posting
// with no link nor contact still gets « Poser une question », and one with no
// closing date stays open until someone decides. The server lists the same
// gaps for publishers (lib/discourse_job_board/attention.rb); both read
// test/fixtures/attention-cases.json. Pure.

import { applyTarget, type JobFields } from "./posting-display.ts";
import { isIsoDay } from "./posting-status.ts";

export const ATTENTION_REASONS = [
  "no_way_to_apply",
  "no_closing_date",
] as const;

export type AttentionReason = (typeof ATTENTION_REASONS)[number];

/** The gaps of a posting's fields, in a fixed order. */
export function attentionReasons(
  job: Pick<JobFields, "apply_url" | "contact" | "closes_at">
): AttentionReason[] {
  const reasons: AttentionReason[] = [];
  if (!applyTarget(job)) {
    reasons.push("no_way_to_apply");
  }
  // A value that is not a real day closes nothing (as the status rule reads it).
  if (!isIsoDay(job.closes_at)) {
    reasons.push("no_closing_date");
  }
  return reasons;
}
