// Brings one file's topic in step with the file, with as few requests as
// Discourse allows: a file the journal has not seen is created at once with
// its external_id and fields (one request); only when Discourse answers
// that the external_id is taken is the topic looked up and compared. A file
// the journal knows is asked for by topic id. The steps are ordered so that
// a crash between any two of them is repaired by the next run: the topic is
// found again by external_id and whatever is still out of step is sent again.

import type { Posting } from "../../assets/javascripts/discourse/lib/posting/index.ts";
import {
  changedFields,
  contentHash,
  jobFieldsOf,
  sameRaw,
  topicCustomFields,
} from "./compare.ts";
import type { DiscourseSite, JobFields, TopicRef } from "./discourse.ts";
import { ApiError } from "./errors.ts";
import type { Journal } from "./journal.ts";
import { titleFits } from "./titles.ts";

export interface SyncItem {
  file: string;
  externalId: string;
  posting: Posting;
  /** The title to send (./titles.ts) and every title the topic may carry. */
  title: string;
  ladder: string[];
}

export interface SyncContext {
  site: DiscourseSite;
  categoryId: number;
  journal: Journal;
  dryRun: boolean;
  /** Ask Discourse even when the journal says the file was already sent. */
  recheck: boolean;
  /**
   * Whether a topic created with topic_custom_fields was seen holding them.
   * The first creation of a run is checked (a forum without the plugin, or
   * an older one, drops unknown fields); once one was, the others are trusted.
   */
  createdFieldsChecked: boolean;
}

export interface SyncOutcome {
  kind: "created" | "updated" | "unchanged";
  topicId: number | null;
  /** What differed: "title", "body", or field names. */
  changes: string[];
  /** Known from the journal alone, without asking Discourse. */
  fromJournal: boolean;
}

/** The title's next rungs tried when Discourse refuses a title (a topic outside the run has it). */
const TITLE_RETRIES = 2;

export async function syncPosting(
  item: SyncItem,
  context: SyncContext
): Promise<SyncOutcome> {
  const { site, journal } = context;
  const raw = item.posting.body;
  const job = jobFieldsOf(item.posting);
  const hash = contentHash({
    title: item.title,
    raw,
    job,
    category: context.categoryId,
  });
  const outcome = (
    kind: SyncOutcome["kind"],
    topicId: number | null,
    changes: string[] = [],
    fromJournal = false
  ): SyncOutcome => ({ kind, topicId, changes, fromJournal });

  const known = journal.get(item.externalId);
  if (known && known.hash === hash && !context.recheck) {
    return outcome("unchanged", known.topic_id, [], true);
  }

  let topic: TopicRef | null = known
    ? await site.getTopic(known.topic_id)
    : null;
  if (topic === null && (context.dryRun || known)) {
    topic = await site.findTopic(item.externalId);
  }
  if (topic === null && context.dryRun) {
    return outcome("created", null);
  }
  if (topic === null) {
    const made = await create(item, context, job);
    topic = made.topic;
    if (made.created) {
      // Recorded before the fields are checked: a crash now costs one lookup.
      journal.record(item.externalId, {
        file: item.file,
        topic_id: topic.topicId,
        hash: null,
      });
      journal.save();
      if (!context.createdFieldsChecked) {
        await syncFields(context, topic.topicId, job);
        context.createdFieldsChecked = true;
      }
      journal.record(item.externalId, {
        file: item.file,
        topic_id: topic.topicId,
        hash,
      });
      return outcome("created", topic.topicId);
    }
  }

  const changes = await syncContent(context, topic, item, raw);
  changes.push(...(await syncFields(context, topic.topicId, job)));
  if (!context.dryRun) {
    journal.record(item.externalId, {
      file: item.file,
      topic_id: topic.topicId,
      hash,
    });
  }
  return outcome(
    changes.length > 0 ? "updated" : "unchanged",
    topic.topicId,
    changes
  );
}

/**
 * Creates the topic; when Discourse refuses its title (only a topic outside
 * this run can hold it, ./titles.ts made the run's titles distinct), the
 * next titles of the file's ladder are tried.
 */
async function create(
  item: SyncItem,
  context: SyncContext,
  job: JobFields
): Promise<{ topic: TopicRef; created: boolean }> {
  const start = Math.max(0, item.ladder.indexOf(item.title));
  const titles = [item.title, ...item.ladder.slice(start + 1)].slice(
    0,
    1 + TITLE_RETRIES
  );
  for (const [index, title] of titles.entries()) {
    try {
      return await context.site.createTopic(
        {
          title,
          raw: item.posting.body,
          category: context.categoryId,
          external_id: item.externalId,
        },
        topicCustomFields(job)
      );
    } catch (error) {
      const titleRefused =
        error instanceof ApiError &&
        error.status === 422 &&
        /title|titre/i.test(error.detail);
      if (!titleRefused || index === titles.length - 1) {
        throw error;
      }
    }
  }
  throw new Error("unreachable: no title to try");
}

async function syncContent(
  context: SyncContext,
  topic: TopicRef,
  item: SyncItem,
  raw: string
): Promise<string[]> {
  const changes: string[] = [];
  if (!titleFits(topic.title, item.ladder)) {
    changes.push("title");
    if (!context.dryRun) {
      await context.site.updateTitle(topic.topicId, item.title);
    }
  }
  if (!sameRaw(await context.site.firstPostRaw(topic.firstPostId), raw)) {
    changes.push("body");
    if (!context.dryRun) {
      await context.site.updateFirstPost(topic.firstPostId, raw);
    }
  }
  return changes;
}

/** Reads the fields through the plugin's endpoint and writes them when any differs. */
async function syncFields(
  context: SyncContext,
  topicId: number,
  job: JobFields
): Promise<string[]> {
  const changes = changedFields(await context.site.getFields(topicId), job);
  if (changes.length > 0 && !context.dryRun) {
    await context.site.putFields(topicId, job);
  }
  return changes;
}
