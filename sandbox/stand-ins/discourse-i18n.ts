// Stand-in for Discourse's `discourse-i18n`, reading the plugin's real
// config/locales/client.*.yml. It keeps the behaviours our components rely
// on: keys looked up under `js.`, `%{name}` and `{{name}}` interpolation,
// CLDR plural forms picked by `count`, fallback to English, and Discourse's
// "[locale.key]" text for a missing key. Like Discourse's test mode, a
// missing interpolation argument throws, so a test cannot pass on it.
import type * as DiscourseI18n from "discourse-i18n";
import en from "../../config/locales/client.en.yml";
import fr from "../../config/locales/client.fr.yml";

type Tree = { [key: string]: Tree | string };
type Options = { count?: number; [name: string]: unknown };

const translations: Record<string, Tree> = {
  en: (en as { en: Tree }).en,
  fr: (fr as { fr: Tree }).fr,
};

const PLACEHOLDER = /(?:\{\{|%\{)(.*?)(?:\}\}?)/g;

export class I18nMissingInterpolationArgument extends Error {
  name = "I18nMissingInterpolationArgument";
}

const state = { locale: "fr" };

function lookup(locale: string, scope: string): Tree | string | undefined {
  const path = scope.split(".");
  if (path[0] !== "js") {
    path.unshift("js");
  }
  let node: Tree | string | undefined = translations[locale];
  for (const key of path) {
    if (node === undefined || typeof node === "string") {
      return undefined;
    }
    node = node[key];
  }
  return node;
}

// Like Discourse's make-plural rules: built once per locale, not per call.
const pluralRules = new Map<string, Intl.PluralRules>();

function pluralize(locale: string, node: Tree, count: number) {
  if (!pluralRules.has(locale)) {
    pluralRules.set(locale, new Intl.PluralRules(locale));
  }
  const form = pluralRules.get(locale)!.select(Math.abs(count));
  const message = node[form] ?? node.other;
  return typeof message === "string" ? message : undefined;
}

function find(locale: string, scope: string, options: Options) {
  const node = lookup(locale, scope);
  if (node !== undefined && typeof node !== "string") {
    return typeof options.count === "number"
      ? pluralize(locale, node, options.count)
      : undefined;
  }
  return node;
}

function interpolate(message: string, options: Options, scope: string) {
  return message.replace(PLACEHOLDER, (_placeholder, name: string) => {
    if (options[name] === undefined || options[name] === null) {
      throw new I18nMissingInterpolationArgument(
        `${scope}: [missing %{${name}} value]`
      );
    }
    return String(options[name]);
  });
}

export const i18n: typeof DiscourseI18n.i18n = (
  scope: string,
  options: Options = {}
): string => {
  const message =
    find(state.locale, scope, options) ?? find("en", scope, options);
  if (message === undefined) {
    return `[${state.locale}.${scope}]`;
  }
  return interpolate(message, options, scope);
};

const I18n = {
  get locale() {
    return state.locale;
  },
  set locale(locale: string) {
    state.locale = locale;
  },
  currentLocale: () => state.locale,
  t: i18n,
  translate: i18n,
};

export default I18n;
