// The posting's fields in Discourse's composer: kept with drafts, sent as
// topic_custom_fields when a topic is created and as tracked topic fields
// (job_role, …) when its first post is edited, and checked before saving.
import { apiInitializer } from "discourse/lib/api";
import type { PluginApi } from "discourse/lib/plugin-api";
import { blocksSaving, jobFieldsToSend } from "../lib/composer-gate.ts";
import {
  customFieldName,
  JOB_FIELD_NAMES,
  toCreateCustomFields,
} from "../lib/job-fields.ts";
import type { JobFields } from "../lib/posting-display.ts";
import type JobBoard from "../services/job-board.ts";

interface ComposerModel {
  topicFirstPost: boolean;
  categoryId: number | null;
  title: string | null;
  reply: string | null;
  jobFields: JobFields | null;
  topic?: { job?: JobFields | null } | null;
}

function jobBoard(api: PluginApi): JobBoard {
  return api.container.lookup("service:job-board") as JobBoard;
}

function extendComposerModel(api: PluginApi) {
  const board = () => jobBoard(api);
  api.modifyClass(
    "model:composer",
    (Superclass: new (...args: unknown[]) => ComposerModel) =>
      class extends Superclass {
        /** What POST /posts.json sends as topic_custom_fields; undefined sends nothing. */
        get jobBoardCustomFields(): Record<string, string> | undefined {
          const fields = jobFieldsToSend(this, board());
          return fields ? toCreateCustomFields(fields) : undefined;
        }

        /** The topic's fields when the user may edit them, for serializeToTopic. */
        get jobBoardTopicFields(): JobFields | undefined {
          const job = this.topic?.job as
            | (JobFields & { can_edit?: boolean })
            | undefined;
          return job?.can_edit ? job : undefined;
        }
      },
    {}
  );
}

function serializeFields(api: PluginApi) {
  api.serializeOnCreate("topic_custom_fields", "jobBoardCustomFields");
  api.serializeToDraft("jobFields", "jobFields");
  for (const name of JOB_FIELD_NAMES) {
    api.serializeToTopic(customFieldName(name), `jobBoardTopicFields.${name}`);
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
      context: { model: ComposerModel };
    }) => value || blocksSaving(context.model, jobBoard(api))
  );
}

export default apiInitializer((api: PluginApi) => {
  extendComposerModel(api);
  serializeFields(api);
  checkBeforeSaving(api);
});
