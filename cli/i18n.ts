// The CLI speaks the plugin's languages with the plugin's own words: posting
// messages come from config/locales/client.{fr,en}.yml through the posting
// module's formatter, so the CLI, the composer and the server never disagree
// on what an error is called. Only the CLI's own sentences (headers, summary,
// report) live in ./strings.ts.

import { load } from "js-yaml";
import { readFileSync } from "node:fs";
import {
  type Translate,
  translatorFor,
} from "../assets/javascripts/discourse/lib/posting/index.ts";

export const LANGUAGES = ["en", "fr"] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * --lang wins; otherwise the POSIX locale variables in their order of
 * precedence (LC_ALL, LC_MESSAGES, LANG): French when the first one set
 * starts with "fr", English otherwise (the forum's second language, and the
 * safer default for logs read by people outside the Incubateur).
 */
export function pickLanguage(
  option: string | undefined,
  env: Record<string, string | undefined> = process.env
): Language {
  if (option) {
    const wanted = option.toLowerCase().slice(0, 2);
    if ((LANGUAGES as readonly string[]).includes(wanted)) {
      return wanted as Language;
    }
    throw new Error(`Unknown language « ${option} »: use en or fr.`);
  }
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return locale.toLowerCase().startsWith("fr") ? "fr" : "en";
}

export function translatorForLanguage(language: Language): Translate {
  const url = new URL(
    `../config/locales/client.${language}.yml`,
    import.meta.url
  );
  return translatorFor(load(readFileSync(url, "utf8")), language);
}
