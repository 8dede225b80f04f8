// A small Discourse around the plugin for the browser tests: the services
// the plugin looks up (settings, current user, app events, the composer,
// its own job-board service), the plugin's pre-initializer and api
// initializers run against the plugin-api stand-in, and a posting topic.
import type Owner from "@ember/owner";
import { settled } from "@ember/test-helpers";
import composerInitializer from "discourse/plugins/discourse-job-board/discourse/api-initializers/job-board-composer";
import topicListInitializer from "discourse/plugins/discourse-job-board/discourse/api-initializers/job-board-topic-list";
import type { JobFields } from "discourse/plugins/discourse-job-board/discourse/lib/posting-display";
import composerModelInitializer from "discourse/plugins/discourse-job-board/discourse/pre-initializers/job-board-composer-model";
import JobBoard from "discourse/plugins/discourse-job-board/discourse/services/job-board";
import JobBoardChunks from "discourse/plugins/discourse-job-board/discourse/services/job-board-chunks";
import JobBoardComposerForm from "discourse/plugins/discourse-job-board/discourse/services/job-board-composer-form";
import { resetAjaxStandIn } from "../../../sandbox/stand-ins/ajax.ts";
import { resetAjaxErrors } from "../../../sandbox/stand-ins/ajax-error.ts";
import {
  type ComposerTopic,
  resetComposerSerializers,
} from "../../../sandbox/stand-ins/composer-model.ts";
import { resetModelExtensions } from "../../../sandbox/stand-ins/model-extensions.ts";
import { usePluginApiOwner } from "../../../sandbox/stand-ins/plugin-api.ts";
import {
  createTopic,
  SandboxAppEvents,
  SandboxComposerService,
} from "../../../sandbox/stand-ins/services.ts";

export const BOARD_ID = 7;
export const OTHER_CATEGORY_ID = 3;

/** Registers the services and runs the plugin's initializers, as Discourse boots it. */
export function bootPlugin(owner: Owner) {
  resetAjaxStandIn();
  resetAjaxErrors();
  resetModelExtensions();
  resetComposerSerializers();
  usePluginApiOwner(owner);
  owner.register(
    "service:site-settings",
    {
      job_board_enabled: true,
      job_board_categories: String(BOARD_ID),
      job_board_roles: "",
      job_board_contracts: "",
    },
    { instantiate: false }
  );
  owner.register(
    "service:current-user",
    { can_publish_job_postings: true },
    { instantiate: false }
  );
  owner.register("service:app-events", SandboxAppEvents);
  owner.register("service:composer", SandboxComposerService);
  owner.register("service:job-board", JobBoard);
  owner.register("service:job-board-composer-form", JobBoardComposerForm);
  owner.register("service:job-board-chunks", JobBoardChunks);
  composerModelInitializer.initialize();
  composerInitializer.initialize();
  topicListInitializer.initialize();
}

/** An open posting that its viewer may edit, as the topic view sends it. */
export function postingJob(changes: Partial<JobFields> = {}): JobFields {
  return {
    role: "coach",
    contracts: ["freelance", "cdd"],
    team: "ANCT",
    location: "Paris",
    place: "dep-75",
    remote: "partial",
    opens_at: "2026-11-02",
    closes_at: "2099-12-31",
    status: "open",
    contact: "rh@anct.gouv.fr",
    apply_url: null,
    junior: false,
    pay_min: null,
    pay_max: null,
    pay_period: null,
    can_edit: true,
    ...changes,
  };
}

export const POSTING_TOPIC_URL = "/t/coach-en-mesure-d-impact/280";

/** Topic 280, a posting in the board, with its first post. */
export function postingTopic(job: JobFields = postingJob()): ComposerTopic {
  return createTopic({
    id: 280,
    slug: "coach-en-mesure-d-impact",
    title: "Coach en mesure d'impact",
    category_id: BOARD_ID,
    closed: false,
    details: { can_edit: true },
    job,
  });
}

export const FIRST_POST = {
  id: 398,
  post_number: 1,
  firstPost: true,
  raw: "Vous accompagnerez les équipes dans la mesure de leur impact.",
};

/**
 * Waits for the composer form's chunk, as a publisher waits for the form
 * to replace the spinner: the first import() of a chunk can outlast
 * render()'s settling in this build.
 */
export async function composerFormLoaded(owner: Owner): Promise<void> {
  const form = owner.lookup(
    "service:job-board-composer-form"
  ) as JobBoardComposerForm;
  await form.load();
  await settled();
}
