// The title rules of the forum the importer publishes to, and core's title
// clean-up, so the importer sends titles Discourse accepts and compares
// them with what Discourse stored, not with what it was sent.
//
// core: config/site_settings.yml (posting:) — min_topic_title_length 15,
//   max_topic_title_length 255, title_min_entropy 10, title_prettify true,
//   allow_uppercase_posts false, allow_duplicate_topic_titles false. Only
//   admins can read them all (GET /admin/site_settings.json,
//   app/controllers/admin/site_settings_controller.rb#index); anyone else
//   gets these defaults, and the importer says so.
// core: lib/validators/topic_title_length_validator.rb exempts admins from
//   the minimum length; the importer applies it anyway (the key may act as a
//   moderator, and a 14-character title is a poor one on any forum).

export interface TitleRules {
  minLength: number;
  maxLength: number;
  /** title_min_entropy: how many distinct characters a title needs. */
  minEntropy: number;
  /** Not allow_duplicate_topic_titles. */
  unique: boolean;
  prettify: boolean;
  allowUppercase: boolean;
  /** Where the rules come from: read from the forum, or core's defaults. */
  source: "forum" | "defaults";
}

export const CORE_TITLE_RULES: TitleRules = {
  minLength: 15,
  maxLength: 255,
  minEntropy: 10,
  unique: true,
  prettify: true,
  allowUppercase: false,
  source: "defaults",
};

interface SettingEntry {
  setting: string;
  value: unknown;
}

/** The rules from GET /admin/site_settings.json ({"site_settings": [{setting, value}, …]}). */
export function rulesFromSiteSettings(answer: unknown): TitleRules {
  const entries = (answer as { site_settings?: SettingEntry[] })?.site_settings;
  if (!Array.isArray(entries)) {
    return CORE_TITLE_RULES;
  }
  const value = (name: string) =>
    entries.find((entry) => entry.setting === name)?.value;
  const integer = (name: string, fallback: number) => {
    const read = Number(value(name));
    return Number.isInteger(read) && read >= 0 ? read : fallback;
  };
  const boolean = (name: string, fallback: boolean) => {
    const read = value(name);
    return read === undefined ? fallback : read === true || read === "true";
  };
  return {
    minLength: integer("min_topic_title_length", CORE_TITLE_RULES.minLength),
    maxLength: integer("max_topic_title_length", CORE_TITLE_RULES.maxLength),
    minEntropy: integer("title_min_entropy", CORE_TITLE_RULES.minEntropy),
    unique: !boolean("allow_duplicate_topic_titles", false),
    prettify: boolean("title_prettify", true),
    allowUppercase: boolean("allow_uppercase_posts", false),
    source: "forum",
  };
}

// TextCleaner.normalize_whitespaces: these become plain spaces.
const ODD_SPACES =
  /[\u00A0\u1680\u180E\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/g;
// Ruby's String#strip: ASCII whitespace and NUL.
const RUBY_STRIP = /^[\0\t\n\v\f\r ]+|[\0\t\n\v\f\r ]+$/g;

/**
 * What Discourse stores for a title: core's TextCleaner.clean_title with
 * TextCleaner.title_options (core: lib/text_cleaner.rb), step by step and
 * in its order. `remove_extraneous_space` is left out: core applies it only
 * on English forums (title_remove_extraneous_space).
 */
export function cleanTitle(title: string, rules: TitleRules): string {
  let text = title;
  if (rules.prettify) {
    text = text.replace(/!+/g, "!").replace(/\?+/g, "?");
    if (!rules.allowUppercase && text === text.toUpperCase()) {
      text = text.toLowerCase();
    }
    // Capitalise the first word only when it is all lower case; Ruby's
    // split(" ", 2) drops leading blanks and the run after the first word.
    const match =
      /^[\t\n\v\f\r ]*([^\t\n\v\f\r ]+)(?:[\t\n\v\f\r ]+([\s\S]*))?$/.exec(
        text
      );
    if (match && match[1] === match[1].toLowerCase()) {
      const [first, ...rest] = [...match[1]];
      const capitalised = first.toUpperCase() + rest.join("");
      text =
        match[2] === undefined ? capitalised : `${capitalised} ${match[2]}`;
    }
    text = text.replace(/([^.])\.+([\t\n\v\f\r ]*)$/, "$1$2");
  }
  text = text.replace(/ +/g, " ");
  text = text.replace(ODD_SPACES, " ");
  text = text.replace(RUBY_STRIP, "");
  return text.replace(/\u200B/g, "");
}

/** How core's TextSentinel measures a title's entropy: its distinct characters. */
export function titleEntropy(title: string): number {
  return new Set([...title.trim()]).size;
}

/** Why a title, as Discourse would store it, would be refused on its own; null when it is fine. */
export function titleProblem(
  title: string,
  rules: TitleRules
): "short" | "entropy" | null {
  if ([...title].length < rules.minLength) {
    return "short";
  }
  return titleEntropy(title) < rules.minEntropy ? "entropy" : null;
}
