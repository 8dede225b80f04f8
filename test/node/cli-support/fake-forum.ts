// The in-memory forum behind FakeDiscourse, answering as Discourse does for
// the operations the importer uses (shapes from Discourse's controllers and
// serializers, trimmed to what matters). Titles follow core's rules with its
// default settings (./fake-titles.ts).

import { emptyJobFields } from "../../../assets/javascripts/discourse/lib/job-fields.ts";
import { POSTING_FIELD_NAMES } from "../../../assets/javascripts/discourse/lib/posting/types.ts";
import { clean, titleError } from "./fake-titles.ts";

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface FakeTopic {
  id: number;
  title: string;
  slug: string;
  category_id: number;
  external_id: string | null;
  first_post_id: number;
  raw: string;
  job: Record<string, unknown>;
}

export interface Forum {
  categories: Array<{
    id: number;
    slug: string;
    name: string;
    subcategory_list?: Array<{ id: number; slug: string; name: string }>;
  }>;
  topics: Map<number, FakeTopic>;
  nextId: number;
  /** Not allow_duplicate_topic_titles (core's default: false, so titles are unique). */
  uniqueTitles: boolean;
  /** min_topic_title_length (core's default). */
  minTitleLength: number;
  /** title_prettify (core's default: on). */
  prettify: boolean;
  /**
   * Whether the API user is an admin: then it may read
   * /admin/site_settings.json and, as core's
   * lib/validators/topic_title_length_validator.rb does, is exempt from
   * the minimum title length. Off by default: a moderator's key.
   */
  admin: boolean;
}

export const JOB_KEYS: readonly string[] = POSTING_FIELD_NAMES;

export function newForum(): Forum {
  return {
    categories: [
      { id: 3, slug: "general", name: "General" },
      {
        id: 7,
        slug: "emplois",
        name: "Emplois",
        subcategory_list: [{ id: 8, slug: "archives", name: "Archives" }],
      },
    ],
    topics: new Map(),
    nextId: 100,
    uniqueTitles: true,
    minTitleLength: 15,
    prettify: true,
    admin: false,
  };
}

export const notFound: Reply = {
  status: 404,
  body: {
    errors: ["The requested URL or resource could not be found."],
    error_type: "not_found",
  },
};
// core: lib/json_error.rb — a record's errors are {"errors": full_messages},
// with no error_type (only 403, 404, 429 and the like name one).
export const unprocessable = (message: string): Reply => ({
  status: 422,
  body: { errors: [message] },
});

function emptyJob(): Record<string, unknown> {
  // As the plugin answers for a topic with no fields yet: no status either.
  return { ...emptyJobFields(), status: null };
}

export function topicByPost(
  forum: Forum,
  postId: number
): FakeTopic | undefined {
  return [...forum.topics.values()].find(
    (topic) => topic.first_post_id === postId
  );
}

export function createTopic(
  forum: Forum,
  body: Record<string, unknown>,
  violation: (problem: string) => void
): Reply {
  const externalId = body.external_id as string | undefined;
  if (
    externalId !== undefined &&
    (!/^[\w-]+$/.test(externalId) || externalId.length > 50)
  ) {
    return unprocessable("External ID is invalid");
  }
  const all = [...forum.topics.values()];
  if (
    externalId &&
    all.some(
      (topic) => topic.external_id?.toLowerCase() === externalId.toLowerCase()
    )
  ) {
    return unprocessable("External ID has already been taken");
  }
  const title = clean(forum, String(body.title ?? ""));
  const refused = titleError(forum, title, null);
  if (refused) {
    return unprocessable(refused);
  }
  const job = emptyJob();
  for (const [key, value] of Object.entries(
    (body.topic_custom_fields ?? {}) as Record<string, unknown>
  )) {
    if (!key.startsWith("job_") || !JOB_KEYS.includes(key.slice(4))) {
      violation(
        `topic_custom_fields: ${key} is not a registered job-board field`
      );
      return { status: 400, body: { errors: [`unpermitted: ${key}`] } };
    }
    job[key.slice(4)] = value;
  }
  const id = forum.nextId++;
  const topic: FakeTopic = {
    id,
    title,
    slug:
      title
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-|-$/g, "") || "topic",
    category_id: Number(body.category),
    external_id: externalId ?? null,
    first_post_id: id + 10_000,
    raw: String(body.raw),
    job,
  };
  forum.topics.set(id, topic);
  return {
    status: 200,
    body: {
      id: topic.first_post_id,
      topic_id: id,
      topic_slug: topic.slug,
      post_number: 1,
      raw: topic.raw,
    },
  };
}
