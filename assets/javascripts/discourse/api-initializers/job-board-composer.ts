// The posting's fields in Discourse's composer: kept with drafts, sent as
// topic_custom_fields when a topic is created and, when its first post is
// edited, as the tracked topic fields that changed (job_role, …; the model
// side is pre-initializers/job-board-composer-model.ts); checked before
// saving; and the posting's card brought up to date once an edit is saved.
import { apiInitializer } from "discourse/lib/api";
import type { PluginApi } from "discourse/lib/plugin-api";
import { blocksSaving } from "../lib/composer-gate.ts";
import { customFieldName, JOB_FIELD_NAMES } from "../lib/job-fields.ts";
import type { JobBoardComposer } from "../pre-initializers/job-board-composer-model.ts";
import type JobBoard from "../services/job-board.ts";
import type { JobTopic } from "../services/job-board.ts";
import type JobBoardComposerForm from "../services/job-board-composer-form.ts";

function jobBoard(api: PluginApi): JobBoard {
  return api.container.lookup("service:job-board") as JobBoard;
}

function composerForm(api: PluginApi): JobBoardComposerForm {
  return api.container.lookup(
    "service:job-board-composer-form"
  ) as JobBoardComposerForm;
}

/** Held back while the posting is invalid, or while its rules are still loading (then load them). */
function blocksPosting(api: PluginApi, model: JobBoardComposer): boolean {
  const form = composerForm(api);
  const blocked = blocksSaving(model, jobBoard(api), form.rules);
  if (blocked && !form.rules) {
    void form.load();
  }
  return blocked;
}

function serializeFields(api: PluginApi) {
  api.serializeOnCreate("topic_custom_fields", "jobBoardCustomFields");
  api.serializeToDraft("jobFields", "jobFields");
  api.serializeToDraft("jobFieldsBaseline", "jobFieldsBaseline");
  // Core's editPost sends every serializeToTopic key of the model with
  // Topic.update, and JSON leaves out those that are undefined (core:
  // frontend/discourse/app/models/composer.js editPost, models/topic.js
  // update): each job_* key is undefined unless its field changed.
  for (const name of JOB_FIELD_NAMES) {
    const key = customFieldName(name);
    api.serializeToTopic(key, key);
  }
}

function checkBeforeSaving(api: PluginApi) {
  api.registerValueTransformer(
    "composer-service-cannot-submit-post",
    ({
      value,
      context,
    }: {
      value: boolean;
      context: { model: JobBoardComposer };
    }) => value || blocksPosting(api, context.model)
  );
}

interface SavedComposer extends JobBoardComposer {
  topic?: (JobTopic & { category_id?: number | null }) | null;
}

/**
 * Topic.update sets the flat job_* keys on the topic, never its `job`
 * (core: frontend/discourse/app/models/topic.js), so the card would keep the
 * old fields: it is refreshed from the server once the edit is saved.
 */
function refreshPostingAfterEdit(api: PluginApi) {
  api.onAppEvent("composer:edited-post", () => {
    // Core's composer service triggers this once the edit is saved and
    // before it closes, so its model is still the one that saved (core:
    // frontend/discourse/app/services/composer.js save).
    const composer = api.container.lookup("service:composer") as {
      model?: SavedComposer | null;
    };
    const topic = composer.model?.topic;
    if (topic) {
      jobBoard(api).refreshAfterEdit(topic, Boolean(composer.model?.jobFields));
    }
  });
}

export default apiInitializer((api: PluginApi) => {
  serializeFields(api);
  checkBeforeSaving(api);
  refreshPostingAfterEdit(api);
});
