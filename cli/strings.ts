// The CLI's own sentences, in the plugin's two languages. Posting messages
// are not here: they come from config/locales through ./i18n.ts.

import type { Language } from "./i18n.ts";
import { reportStrings } from "./import/report-strings.ts";
import type { TitleReason } from "./import/titles.ts";

const NBSP = "\u00A0";
// Before ; ! ? and inside « » (French typography).
const NNBSP = "\u202F";

const EN = {
  noFiles: "No posting file found.",
  summary: (
    postings: number,
    errors: number,
    warnings: number,
    invalid: number
  ) =>
    `${postings} posting(s), ${errors} file(s) in error, ${warnings} warning(s)` +
    (invalid > 0 ? `, ${invalid} posting(s) that cannot be published` : "") +
    ".",
  fileHeader: "file",
  stateHeader: "state",
  invalidMark: "cannot be published",
  lineLabel: (line: number) => `line ${line}`,
  colon: ":",
  notPosting: "not a posting",
  skipped: "skipped",
  skipReason: (reason: string) => reportStrings("en").skipReason(reason),
  titleNote: (title: string, reason: TitleReason) =>
    reportStrings("en").titleNote(title, reason),
  titleRules: (min: number) =>
    `Titles as Discourse’s default settings want them (at least ${min} characters, each used once); import reads the forum’s own settings when its key may.`,
};

type Strings = typeof EN;

const FR: Strings = {
  noFiles: "Aucun fichier d’offre trouvé.",
  summary: (postings, errors, warnings, invalid) =>
    `${postings} offre(s), ${errors} fichier(s) en erreur, ${warnings} avertissement(s)` +
    (invalid > 0 ? `, ${invalid} offre(s) impossible(s) à publier` : "") +
    ".",
  fileHeader: "fichier",
  stateHeader: "état",
  invalidMark: "impossible à publier",
  lineLabel: (line) => `ligne ${line}`,
  colon: `${NBSP}:`,
  notPosting: "pas une offre",
  skipped: "ignoré",
  skipReason: (reason) => reportStrings("fr").skipReason(reason),
  titleNote: (title, reason) => reportStrings("fr").titleNote(title, reason),
  titleRules: (min) =>
    `Titres tels que les veulent les réglages par défaut de Discourse (au moins ${min}${NBSP}caractères, chacun une seule fois)${NNBSP}; l’import lit ceux du forum quand sa clé le peut.`,
};

export function stringsFor(language: Language): Strings {
  return language === "fr" ? FR : EN;
}
