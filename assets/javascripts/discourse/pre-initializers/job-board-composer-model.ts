// The posting's part of Discourse's composer model: the form's fields (kept
// with drafts), what POST /posts.json sends as topic_custom_fields, and what
// an edit of the first post sends with PUT /t/:id as tracked topic fields
// (job_role, …): only those that changed. Through core's addModel* APIs,
// which must run in a pre-initializer, before the model is first looked up
// (plugin-api.d.ts; `modifyClass("model:…")` is deprecated there).
import { getOwner } from "@ember/owner";
import type { PluginApi } from "discourse/lib/plugin-api";
import { withPluginApi } from "discourse/lib/plugin-api";
import {
  type EditState,
  jobFieldsToSend,
  topicFieldsToSend,
} from "../lib/composer-gate.ts";
import {
  customFieldName,
  JOB_FIELD_NAMES,
  type JobFieldName,
  toCreateCustomFields,
} from "../lib/job-fields.ts";
import type { JobFields } from "../lib/posting-display.ts";
import type JobBoard from "../services/job-board.ts";

/** What the posting needs of core's composer model, with the fields added here. */
export interface JobBoardComposer extends EditState {
  topic?: { job?: JobFields | null } | null;
  /** The topic's fields when the form was first changed, to tell what the user changed. */
  jobFieldsBaseline: JobFields | null;
}

function jobBoardOf(model: object): JobBoard {
  return getOwner(model)!.lookup("service:job-board") as JobBoard;
}

function editState(model: JobBoardComposer): EditState {
  return {
    topicFirstPost: model.topicFirstPost,
    categoryId: model.categoryId,
    title: model.title,
    reply: model.reply,
    jobFields: model.jobFields,
    topicJob: model.jobFieldsBaseline ?? model.topic?.job,
  };
}

function addTopicField(api: PluginApi, name: JobFieldName) {
  const key = customFieldName(name);
  api.addModelAccessor("composer", key, {
    get(this: JobBoardComposer) {
      return topicFieldsToSend(editState(this), jobBoardOf(this))[key];
    },
    // Core's Composer#_open copies each serializeToTopic field from its
    // property back onto the model when an edit opens (core:
    // frontend/discourse/app/models/composer.js); this one is derived, so
    // that copy is dropped.
    set() {},
  });
}

export function extendComposerModel(api: PluginApi) {
  api.addModelField("composer", "jobFields", { defaultValue: null });
  api.addModelField("composer", "jobFieldsBaseline", { defaultValue: null });
  api.addModelGetter(
    "composer",
    "jobBoardTopicFields",
    function (this: JobBoardComposer) {
      return this.topic?.job ?? undefined;
    }
  );
  api.addModelGetter(
    "composer",
    "jobBoardCustomFields",
    function (this: JobBoardComposer) {
      const fields = jobFieldsToSend(this, jobBoardOf(this));
      return fields ? toCreateCustomFields(fields) : undefined;
    }
  );
  for (const name of JOB_FIELD_NAMES) {
    addTopicField(api, name);
  }
}

export default {
  name: "job-board-composer-model",
  before: "inject-discourse-objects",
  initialize() {
    withPluginApi(extendComposerModel);
  },
};
