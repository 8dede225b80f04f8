// The demo's follows: the same store as the Discourse service
// (services/job-board-follows.ts) kept in this browser's localStorage, since
// the demo has no server. The visitor counts as signed in. Leaves out what
// only a server does: notifications and e-mails, and the per-member limit's
// message (the limit itself is kept, with the same number).
import { tracked } from "@glimmer/tracking";
import { findFollow } from "../assets/javascripts/discourse/lib/board-follow-match.ts";
import type {
  Follow,
  FollowedFilters,
  FollowsStore,
} from "../assets/javascripts/discourse/lib/board-follows.ts";

export const STORAGE_KEY = "discourse-job-board-demo:follows";
const MAX = 20;

function read(storage: Storage | null): Follow[] {
  try {
    const value = JSON.parse(storage?.getItem(STORAGE_KEY) ?? "[]") as unknown;
    return Array.isArray(value) ? (value as Follow[]) : [];
  } catch {
    // A value another page wrote, or a hand edit: start again.
    return [];
  }
}

function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    // Storage refused (a private window's setting): follows last the visit.
    return null;
  }
}

export class DemoFollows implements FollowsStore {
  @tracked follows: readonly Follow[] | null = null;
  readonly canFollow = true;
  readonly max = MAX;

  #storage: Storage | null;

  // Read once, before any component renders: a tracked value read then
  // written in one render is an error in Glimmer.
  constructor(storage: Storage | null = browserStorage()) {
    this.#storage = storage;
    this.follows = read(storage);
  }

  load(): Promise<readonly Follow[]> {
    return Promise.resolve(this.follows ?? []);
  }

  follow(filters: FollowedFilters): Promise<void> {
    const follows = this.follows ?? [];
    if (!findFollow(follows, filters) && follows.length < MAX) {
      const id = Math.max(0, ...follows.map((follow) => follow.id)) + 1;
      this.#save([...follows, { ...filters, id }]);
    }
    return Promise.resolve();
  }

  unfollow(follow: Follow): Promise<void> {
    this.#save((this.follows ?? []).filter((known) => known.id !== follow.id));
    return Promise.resolve();
  }

  #save(follows: Follow[]) {
    this.follows = follows;
    try {
      this.#storage?.setItem(STORAGE_KEY, JSON.stringify(follows));
    } catch {
      // Full or refused: the follow still holds for this visit.
    }
  }
}
