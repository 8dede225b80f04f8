// When the composer carries a posting's fields, and when it must not save.
// Pure, so Node tests cover the rule the composer initializer applies.

import {
  changedTopicFields,
  hasJobFields,
  jobFieldsOf,
  type TopicFieldValue,
} from "./job-fields.ts";
import type { Vocabularies } from "./posting/types.ts";
import type { JobFields } from "./posting-display.ts";
// Type only: the rules come with the form's chunk, loaded on demand
// (services/job-board-composer-form.ts), so that members never load them.
import type { formIssues } from "./posting-form.ts";

/** The form's rules, as the form's chunk hands them over. */
export type FormRules = typeof formIssues;

/** What the rule needs of Discourse's composer model. */
export interface ComposerState {
  /** Creating a topic or editing its first post. */
  topicFirstPost: boolean;
  categoryId: number | null;
  title: string | null;
  reply: string | null;
  jobFields: JobFields | null;
}

export interface BoardContext {
  canPublish: boolean;
  isBoardCategoryId(categoryId: number | null): boolean;
  vocabularies: Vocabularies;
}

/** The composer shows the posting form: a publisher, a topic's first post, a board category. */
export function showsJobFields(
  composer: ComposerState,
  board: BoardContext
): boolean {
  return (
    board.canPublish &&
    composer.topicFirstPost &&
    board.isBoardCategoryId(composer.categoryId)
  );
}

/**
 * The fields to send, or null: a publisher who leaves every field empty
 * publishes an ordinary topic (a guide for applicants, say) in the board.
 */
export function jobFieldsToSend(
  composer: ComposerState,
  board: BoardContext
): JobFields | null {
  if (!showsJobFields(composer, board) || !composer.jobFields) {
    return null;
  }
  return hasJobFields(composer.jobFields) ? composer.jobFields : null;
}

/**
 * Saving waits until the posting meets the shared rules. Core's composer asks
 * this through `composer-service-cannot-submit-post` (api-initializers/
 * job-board-composer.ts) and, when refused, sets `lastValidatedAt` (core:
 * frontend/discourse/app/services/composer.js save), which the form turns
 * into the focus on the first error and a count of them.
 *
 * Until the form's chunk has arrived (`rules` null) a posting with fields
 * cannot be checked, so it waits too, rather than being published unchecked:
 * the form shows its messages once it loads, and the next « Publier » goes
 * through. A topic without posting fields is never held back.
 */
export function blocksSaving(
  composer: ComposerState,
  board: BoardContext,
  rules: FormRules | null
): boolean {
  const fields = jobFieldsToSend(composer, board);
  if (!fields) {
    return false;
  }
  if (!rules) {
    return true;
  }
  return !rules(fields, composer.title, composer.reply, board.vocabularies)
    .valid;
}

/** What an edit of a topic's first post adds to the composer's state. */
export interface EditState extends ComposerState {
  /** The topic's fields to compare with: as they were when the form was first changed, else its `job`. */
  topicJob: JobFields | null | undefined;
}

/**
 * The tracked topic fields an edit of the first post sends with PUT
 * /t/:id: those the form changed, and none when the form was not touched,
 * when the topic leaves the board (its new category is not a board: what
 * happens to its fields then is the server's call), or for anyone who does
 * not get the form.
 */
export function topicFieldsToSend(
  composer: EditState,
  board: BoardContext
): Record<string, TopicFieldValue> {
  if (!composer.jobFields || !showsJobFields(composer, board)) {
    return {};
  }
  return changedTopicFields(jobFieldsOf(composer.topicJob), composer.jobFields);
}
