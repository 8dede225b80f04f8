// Numbers as each language writes them: « 1 000 » (narrow no-break space)
// in French, "1,000" in English. Discourse's own I18n.toNumber groups with
// the locale file's delimiter; the browser's Intl knows the right one for
// each language, so the demo asks it (one formatter per language).
const formatters = new Map<string, Intl.NumberFormat>();

export function formatCount(count: number, locale: string): string {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    formatters.set(locale, formatter);
  }
  return formatter.format(count);
}
