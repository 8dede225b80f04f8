// Brings one file's topic in step with the file: find it by external_id,
// create it when missing, otherwise update only what differs (title, first
// post, fields). The steps are ordered so that a crash between any two of
// them is repaired by the next run: the topic is found again by external_id
// and whatever is still out of step is sent again.

import type { Posting } from "../../assets/javascripts/discourse/lib/posting/index.ts";
import {
  changedFields,
  contentHash,
  jobFieldsOf,
  sameRaw,
  sameTitle,
  topicCustomFields,
} from "./compare.ts";
import type { DiscourseSite, JobFields, TopicRef } from "./discourse.ts";
import type { Journal } from "./journal.ts";

export interface SyncItem {
  file: string;
  externalId: string;
  posting: Posting;
}

export interface SyncContext {
  site: DiscourseSite;
  categoryId: number;
  journal: Journal;
  dryRun: boolean;
  /** Ask Discourse even when the journal says the file was already sent. */
  recheck: boolean;
}

export interface SyncOutcome {
  kind: "created" | "updated" | "unchanged";
  topicId: number | null;
  /** What differed: "title", "body", or field names. */
  changes: string[];
  /** Known from the journal alone, without asking Discourse. */
  fromJournal: boolean;
}

export async function syncPosting(
  item: SyncItem,
  context: SyncContext
): Promise<SyncOutcome> {
  const { site, journal, dryRun } = context;
  const title = item.posting.title;
  const raw = item.posting.body;
  const job = jobFieldsOf(item.posting);
  const hash = contentHash({ title, raw, job, category: context.categoryId });

  const known = journal.get(item.externalId);
  if (known && known.hash === hash && !context.recheck) {
    return {
      kind: "unchanged",
      topicId: known.topic_id,
      changes: [],
      fromJournal: true,
    };
  }

  let topic = await site.findTopic(item.externalId);
  if (topic === null) {
    if (dryRun) {
      return {
        kind: "created",
        topicId: null,
        changes: [],
        fromJournal: false,
      };
    }
    topic = await site.createTopic(
      {
        title,
        raw,
        category: context.categoryId,
        external_id: item.externalId,
      },
      topicCustomFields(job)
    );
    // Recorded before the fields are checked: a crash now costs one lookup.
    journal.record(item.externalId, {
      file: item.file,
      topic_id: topic.topicId,
      hash: null,
    });
    journal.save();
    await syncFields(context, topic.topicId, job);
    journal.record(item.externalId, {
      file: item.file,
      topic_id: topic.topicId,
      hash,
    });
    return {
      kind: "created",
      topicId: topic.topicId,
      changes: [],
      fromJournal: false,
    };
  }

  const changes = await syncContent(context, topic, title, raw);
  changes.push(...(await syncFields(context, topic.topicId, job)));
  if (!dryRun) {
    journal.record(item.externalId, {
      file: item.file,
      topic_id: topic.topicId,
      hash,
    });
  }
  return {
    kind: changes.length > 0 ? "updated" : "unchanged",
    topicId: topic.topicId,
    changes,
    fromJournal: false,
  };
}

async function syncContent(
  context: SyncContext,
  topic: TopicRef,
  title: string,
  raw: string
): Promise<string[]> {
  const changes: string[] = [];
  if (!sameTitle(topic.title, title)) {
    changes.push("title");
    if (!context.dryRun) {
      await context.site.updateTitle(topic.topicId, title);
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
