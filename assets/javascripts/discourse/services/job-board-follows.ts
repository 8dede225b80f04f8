// The member's follows of the board's filters (issue 13): loaded once per
// page load, changed through the plugin's endpoints
// (DiscourseJobBoard::FollowsController). Errors are shown with core's
// popupAjaxError, which reads the server's message (« Vous suivez déjà 20
// filtres… »).
import { tracked } from "@glimmer/tracking";
import Service, { service } from "@ember/service";
import { ajax } from "discourse/lib/ajax";
import { popupAjaxError } from "discourse/lib/ajax-error";
import {
  type Follow,
  type FollowedFilters,
  followFromJson,
  type FollowJson,
  type FollowsStore,
  followToQuery,
} from "../lib/board-follows.ts";

/** What GET /job-board/follows.json answers. */
interface FollowsResponse {
  follows: FollowJson[];
  max: number;
}

export default class JobBoardFollows extends Service implements FollowsStore {
  @service declare currentUser: object | null;

  @tracked follows: readonly Follow[] | null = null;
  @tracked max = 20;
  #loading: Promise<readonly Follow[]> | null = null;

  get canFollow(): boolean {
    return Boolean(this.currentUser);
  }

  load(): Promise<readonly Follow[]> {
    if (!this.canFollow) {
      return Promise.resolve([]);
    }
    this.#loading ??= this.#fetch();
    return this.#loading;
  }

  async follow(filters: FollowedFilters): Promise<void> {
    try {
      const { follow } = (await ajax("/job-board/follows.json", {
        type: "POST",
        data: followToQuery(filters),
      })) as { follow: FollowJson };
      const added = followFromJson(follow);
      const others = (this.follows ?? []).filter(
        (known) => known.id !== added.id
      );
      this.follows = [...others, added];
    } catch (error) {
      popupAjaxError(error);
    }
  }

  async unfollow(follow: Follow): Promise<void> {
    try {
      await ajax(`/job-board/follows/${follow.id}.json`, { type: "DELETE" });
      this.follows = (this.follows ?? []).filter(
        (known) => known.id !== follow.id
      );
    } catch (error) {
      popupAjaxError(error);
    }
  }

  async #fetch(): Promise<readonly Follow[]> {
    try {
      const response = (await ajax(
        "/job-board/follows.json"
      )) as FollowsResponse;
      this.max = response.max;
      this.follows = response.follows.map(followFromJson);
    } catch (error) {
      this.#loading = null;
      popupAjaxError(error);
    }
    return this.follows ?? [];
  }
}
