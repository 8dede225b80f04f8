// The CLI's own sentences, in the plugin's two languages. Posting messages
// are not here: they come from config/locales through ./i18n.ts.

import type { Language } from "./i18n.ts";

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
};

type Strings = typeof EN;

const FR: Strings = {
  noFiles: "Aucun fichier d'annonce trouvé.",
  summary: (postings, errors, warnings, invalid) =>
    `${postings} annonce(s), ${errors} fichier(s) en erreur, ${warnings} avertissement(s)` +
    (invalid > 0 ? `, ${invalid} annonce(s) impossible(s) à publier` : "") +
    ".",
  fileHeader: "fichier",
  stateHeader: "état",
  invalidMark: "impossible à publier",
  lineLabel: (line) => `ligne ${line}`,
};

export function stringsFor(language: Language): Strings {
  return language === "fr" ? FR : EN;
}
