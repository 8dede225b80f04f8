// The fields the CLI prints and the demo shows, with the open/closed state
// as of a given day (the rule of ../posting-status.ts, not a copy of it).

import { type PostingState, postingStatus } from "../posting-status.ts";
import type { Posting, PostingFields } from "./types.ts";

export interface PostingSummary extends Omit<PostingFields, never> {
  title: string;
  state: PostingState;
}

export function postingSummary(
  posting: Posting,
  today: string
): PostingSummary {
  const { state } = postingStatus({
    status: posting.status,
    opensAt: posting.opens_at,
    closesAt: posting.closes_at,
    today,
  });
  return {
    title: posting.title,
    role: posting.role,
    contracts: [...posting.contracts],
    team: posting.team,
    location: posting.location,
    place: posting.place,
    remote: posting.remote,
    opens_at: posting.opens_at,
    closes_at: posting.closes_at,
    status: posting.status,
    state,
    contact: posting.contact,
    apply_url: posting.apply_url,
    junior: posting.junior,
    pay_min: posting.pay_min,
    pay_max: posting.pay_max,
    pay_period: posting.pay_period,
  };
}
