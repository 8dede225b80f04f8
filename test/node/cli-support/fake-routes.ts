// How the fake forum answers each operation, as Discourse's controllers do
// for what the importer uses (shapes trimmed to what matters):
// - GET /categories.json: core: app/controllers/categories_controller.rb#index
//   renders a CategoryList under `category_list` (subcategories with
//   include_subcategories=true);
// - GET /t/external_id/{id}.json: core: app/controllers/topics_controller.rb
//   #show_by_external_id → redirect_to_correct_topic, a 301 to the topic's
//   own URL, /t/{slug}/{id}.json; 404 not_found when there is none;
// - GET /posts/{id}.json: core: app/controllers/posts_controller.rb#show sets
//   post_serializer.add_raw = true, so `raw` is there;
// - errors: core: lib/json_error.rb, {"errors": [...]} plus `error_type`
//   for the ones that name a type (403 invalid_access, 404 not_found,
//   429 rate_limit).

import {
  createTopic,
  type Forum,
  JOB_KEYS,
  notFound,
  type Reply,
  topicByPost,
  unprocessable,
} from "./fake-forum.ts";
import { clean, titleError } from "./fake-titles.ts";

export function handleCore(
  forum: Forum,
  operationId: string,
  params: Record<string, string>,
  url: URL,
  body: unknown,
  violation: (problem: string) => void
): Reply {
  const data = (body ?? {}) as Record<string, unknown>;
  switch (operationId) {
    case "listCategories":
      return {
        status: 200,
        body: {
          category_list: {
            can_create_category: true,
            categories: forum.categories,
          },
        },
      };
    case "getTopicByExternalId": {
      const wanted = decodeURIComponent(params.external_id).toLowerCase();
      const topic = [...forum.topics.values()].find(
        (t) => t.external_id?.toLowerCase() === wanted
      );
      // TopicsController#show_by_external_id redirects to the topic's own URL.
      return topic
        ? {
            status: 301,
            headers: {
              Location: `${url.origin}/t/${topic.slug}/${topic.id}.json`,
            },
          }
        : notFound;
    }
    case "getTopic": {
      const topic = forum.topics.get(Number(params.id));
      if (!topic) {
        return notFound;
      }
      const post = {
        id: topic.first_post_id,
        post_number: 1,
        topic_id: topic.id,
        cooked: `<p>${topic.raw.slice(0, 20)}</p>`,
      };
      return {
        status: 200,
        body: {
          id: topic.id,
          title: topic.title,
          slug: topic.slug,
          category_id: topic.category_id,
          post_stream: { posts: [post], stream: [post.id] },
        },
      };
    }
    case "getPost": {
      const topic = topicByPost(forum, Number(params.id));
      return topic
        ? {
            status: 200,
            body: {
              id: topic.first_post_id,
              topic_id: topic.id,
              post_number: 1,
              raw: topic.raw,
            },
          }
        : notFound;
    }
    case "createTopicPostPM":
      return createTopic(forum, data, violation);
    case "updatePost": {
      const topic = topicByPost(forum, Number(params.id));
      if (!topic) {
        return notFound;
      }
      topic.raw = String((data.post as { raw: string }).raw);
      return {
        status: 200,
        body: { post: { id: topic.first_post_id, raw: topic.raw } },
      };
    }
    case "updateTopic": {
      const topic = forum.topics.get(Number(params.id));
      if (!topic) {
        return notFound;
      }
      // Like TopicsController#update: only the top-level `title` is read,
      // and the topic's validations run on it (app/models/topic.rb).
      if (typeof data.title === "string") {
        const title = clean(forum, data.title);
        const refused = titleError(forum, title, topic);
        if (refused) {
          return unprocessable(refused);
        }
        topic.title = title;
      }
      return {
        status: 200,
        body: {
          basic_topic: {
            id: topic.id,
            title: topic.title,
            slug: topic.slug,
            posts_count: 1,
          },
        },
      };
    }
    default:
      violation(
        `the fake forum does not serve ${operationId}: the importer should not need it`
      );
      return { status: 400, body: { errors: ["not served"] } };
  }
}

/**
 * GET /admin/site_settings.json, which is not in the spec: core's
 * Admin::SiteSettingsController#index renders {"site_settings": [...]} with
 * one {setting, value, …} per setting, for admins only (Admin::AdminController
 * answers anyone else 403 invalid_access). Only the title settings are served.
 */
export function handleSiteSettings(forum: Forum): Reply {
  if (!forum.admin) {
    return {
      status: 403,
      body: {
        errors: ["You are not permitted to view the requested resource."],
        error_type: "invalid_access",
      },
    };
  }
  const settings: Array<[string, unknown]> = [
    ["min_topic_title_length", forum.minTitleLength],
    ["max_topic_title_length", 255],
    ["title_min_entropy", 10],
    ["allow_duplicate_topic_titles", !forum.uniqueTitles],
    ["title_prettify", forum.prettify],
    ["allow_uppercase_posts", false],
  ];
  return {
    status: 200,
    body: {
      site_settings: settings.map(([setting, value]) => ({
        setting,
        value,
        category: "posting",
      })),
    },
  };
}

export function handlePlugin(
  forum: Forum,
  method: string,
  topicId: number,
  body: unknown,
  violation: (problem: string) => void
): Reply {
  const topic = forum.topics.get(topicId);
  if (!topic) {
    return notFound;
  }
  if (method === "GET") {
    return { status: 200, body: { job: topic.job } };
  }
  const job = (body as { job?: Record<string, unknown> } | undefined)?.job;
  const keys = job ? Object.keys(job).sort() : [];
  if (method !== "PUT" || !job || keys.join() !== [...JOB_KEYS].sort().join()) {
    violation(
      `${method} /job-board/postings/${topicId}.json: expected {"job": {${JOB_KEYS.join(", ")}}}, got ${JSON.stringify(body)}`
    );
    return { status: 400, body: { errors: ["bad request"] } };
  }
  topic.job = { ...job };
  return { status: 200, body: { job: topic.job } };
}
