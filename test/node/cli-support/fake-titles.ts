// Core's title rules, for the fake forum, written from core's files (not
// shared with the importer's own copy in cli/import/title-rules.ts, so a
// mistake in one shows against the other):
// - core: lib/text_cleaner.rb TextCleaner.clean_title with title_prettify on
//   and allow_uppercase_posts off (config/site_settings.yml defaults); the
//   English-only remove_extraneous_space is left out (a French forum);
// - core: app/models/topic.rb validates the title: topic_title_length
//   (lib/validators/topic_title_length_validator.rb: min_topic_title_length
//   unless the user is an admin) and unique_among listable topics,
//   case-insensitively, unless allow_duplicate_topic_titles. Messages as
//   PostsController sends the record's full_messages. Left out: entropy,
//   censored and watched words, emojis.

import type { FakeTopic, Forum } from "./fake-forum.ts";

export function clean(forum: Pick<Forum, "prettify">, title: string): string {
  let text = title;
  if (forum.prettify) {
    text = text.replace(/!+/g, "!").replace(/\?+/g, "?");
    if (text === text.toUpperCase()) {
      text = text.toLowerCase();
    }
    const words = text.replace(/^[\t\n\v\f\r ]+/, "").split(/[\t\n\v\f\r ]+/);
    const first = words[0];
    if (first && first === first.toLowerCase()) {
      const rest = text
        .replace(/^[\t\n\v\f\r ]+/, "")
        .slice(first.length)
        .replace(/^[\t\n\v\f\r ]+/, "");
      text =
        first.charAt(0).toUpperCase() +
        first.slice(1) +
        (rest ? ` ${rest}` : "");
    }
    text = text.replace(/([^.])\.+([\t\n\v\f\r ]*)$/, "$1$2");
  }
  return text
    .replace(/ +/g, " ")
    .replace(
      /[\u00A0\u1680\u180E\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/g,
      " "
    )
    .replace(/^[\0\t\n\v\f\r ]+|[\0\t\n\v\f\r ]+$/g, "")
    .replace(/\u200B/g, "");
}

/** Core's message for a title it refuses, or null. */
export function titleError(
  forum: Forum,
  title: string,
  self: FakeTopic | null
): string | null {
  if (title.length === 0) {
    return "Title can't be blank";
  }
  if (!forum.admin && [...title].length < forum.minTitleLength) {
    return `Title is too short (minimum is ${forum.minTitleLength} characters)`;
  }
  const wanted = title.toLowerCase();
  const taken = [...forum.topics.values()].some(
    (topic) => topic !== self && topic.title.toLowerCase() === wanted
  );
  return forum.uniqueTitles && taken ? "Title has already been used" : null;
}
