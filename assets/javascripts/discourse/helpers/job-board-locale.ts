import I18n from "discourse-i18n";

/** The user's interface locale, e.g. "fr" or "pt_BR". */
export function currentLocale(): string {
  return String(I18n.currentLocale());
}
