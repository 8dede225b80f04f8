// The job board's one door to Discourse: its settings, who may publish, and
// every request the board makes (counts, mark filled, reopen, a posting's
// fields after an edit). Components call it; they never call ajax themselves.
import { cached } from "@glimmer/tracking";
import Service, { service } from "@ember/service";
import { ajax } from "discourse/lib/ajax";
import { popupAjaxError } from "discourse/lib/ajax-error";
import type { FacetCounts } from "../lib/board-facets.ts";
import {
  type BoardFilters,
  filtersToQuery,
  QUERY_PARAMS,
} from "../lib/board-query.ts";
import {
  categoryIdsFromSetting,
  vocabulariesFromSettings,
} from "../lib/job-board-settings.ts";
import type { Vocabularies } from "../lib/posting/types.ts";
import type { AttentionReason } from "../lib/posting-attention.ts";
import type { JobFields } from "../lib/posting-display.ts";

/** The settings the client reads (all `client: true` in config/settings.yml). */
export interface JobBoardSiteSettings {
  job_board_enabled: boolean;
  job_board_categories: string;
  job_board_roles: string;
  job_board_contracts: string;
}

/** What the board needs of the signed-in user (from the current user serializer). */
export interface JobBoardUser {
  can_publish_job_postings?: boolean;
}

/** GET /job-board/counts.json (issue 12's contract). */
export interface CountsResponse {
  counts: {
    roles: Record<string, number>;
    contracts: Record<string, number>;
    states: FacetCounts["status"];
    /** By région code and `abroad`. */
    places: Record<string, number>;
    /** Each remote choice: what choosing it would list (partial holds full too). */
    remote: { none: number; partial: number; full: number };
    total: number;
  };
}

/** An open posting publishers should complete (GET /job-board/attention.json). */
export interface AttentionPosting {
  id: number;
  title: string;
  url: string;
  closes_at: string | null;
  reasons: AttentionReason[];
}

/**
 * The counts the filter bar shows, from the server's. The server counts
 * each remote choice as what choosing it would list
 * (DiscourseJobBoard::FacetCounts): « Télétravail possible »
 * (`job_remote=partial`) already holds partial and full remote work.
 */
export function facetCountsOf({ counts }: CountsResponse): FacetCounts {
  return {
    roles: counts.roles,
    contracts: counts.contracts,
    status: counts.states,
    places: counts.places ?? {},
    remote: {
      partial: counts.remote?.partial ?? 0,
      full: counts.remote?.full ?? 0,
    },
  };
}

/** A topic as the board uses it: its id, whether it is closed, and its fields. */
export interface JobTopic {
  id: number;
  category_id?: number | null;
  closed?: boolean;
  /** When the topic, and so the posting, was published (ISO date). */
  created_at?: string;
  job?: JobFields | null;
  set?: (key: string, value: unknown) => void;
}

export default class JobBoard extends Service {
  @service declare siteSettings: JobBoardSiteSettings;
  @service declare currentUser: JobBoardUser | null;

  get enabled(): boolean {
    return Boolean(this.siteSettings.job_board_enabled);
  }

  /** Parsed once per settings value (site settings are tracked), not on every render. */
  @cached
  get vocabularies(): Vocabularies {
    return vocabulariesFromSettings(
      this.siteSettings.job_board_roles,
      this.siteSettings.job_board_contracts
    );
  }

  get categoryIds(): number[] {
    return categoryIdsFromSetting(this.siteSettings.job_board_categories);
  }

  isBoardCategory(category: { id: number } | null | undefined): boolean {
    return Boolean(
      this.enabled && category && this.categoryIds.includes(category.id)
    );
  }

  isBoardCategoryId(categoryId: number | null | undefined): boolean {
    return Boolean(
      this.enabled && categoryId && this.categoryIds.includes(categoryId)
    );
  }

  get canPublish(): boolean {
    return Boolean(this.enabled && this.currentUser?.can_publish_job_postings);
  }

  /** How many postings each filter choice would show, for the filter bar. */
  async counts(
    categoryId: number,
    filters: BoardFilters
  ): Promise<FacetCounts> {
    // The order changes no count: counts are asked once per set of filters.
    const query: Record<string, string | null> = {
      ...filtersToQuery(filters),
      [QUERY_PARAMS.status]: filters.status,
    };
    delete query[QUERY_PARAMS.sort];
    const response = (await ajax("/job-board/counts.json", {
      data: {
        category_id: categoryId,
        ...Object.fromEntries(
          Object.entries(query).filter(([, value]) => value)
        ),
      },
    })) as CountsResponse;
    return facetCountsOf(response);
  }

  /** The open postings without a way to apply or a closing date; publishers only. */
  async attention(): Promise<AttentionPosting[]> {
    const { postings } = (await ajax("/job-board/attention.json")) as {
      postings: AttentionPosting[];
    };
    return postings;
  }

  /** Marks a posting filled (and closes its topic); errors are shown to the user. */
  async markPostingFilled(topic: JobTopic): Promise<void> {
    await this.#decide(topic, "fill");
  }

  /** Reopens a filled or closed posting (and its topic). */
  async reopenPosting(topic: JobTopic): Promise<void> {
    await this.#decide(topic, "reopen");
  }

  /**
   * Brings a topic's `job` up to date after its first post was edited: none
   * once it left the board, the server's fields when the form was changed.
   * Like the topic view's serializer (plugin.rb), a board topic without a
   * role is no posting.
   */
  async refreshAfterEdit(topic: JobTopic, fieldsChanged: boolean) {
    if (!this.isBoardCategoryId(topic.category_id)) {
      if (topic.job) {
        topic.set?.("job", null);
      }
      return;
    }
    if (!fieldsChanged) {
      return;
    }
    try {
      const { job } = (await ajax(`/job-board/postings/${topic.id}.json`)) as {
        job: JobFields;
      };
      topic.set?.("job", job.role ? job : null);
    } catch (error) {
      popupAjaxError(error);
    }
  }

  async #decide(topic: JobTopic, action: "fill" | "reopen") {
    try {
      const { job } = (await ajax(
        `/job-board/postings/${topic.id}/${action}.json`,
        { type: "POST" }
      )) as { job: JobFields };
      topic.set?.("job", job);
      topic.set?.("closed", action === "fill");
    } catch (error) {
      popupAjaxError(error);
    }
  }
}
