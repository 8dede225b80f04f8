// Counts as each language groups digits: « 1 234 » (narrow no-break space)
// in French, "1,234" in English. Pure: no Discourse import. Discourse's
// I18n.toNumber groups with its locale file's delimiter (a plain space in
// French, which lets « 1 » and « 234 » fall on two lines); the browser's
// Intl knows each language's own.

// One formatter per locale: the bar formats every choice's count on every
// change, and building an Intl.NumberFormat costs far more than using one.
const formatters = new Map<string, Intl.NumberFormat>();

/** `count` grouped for `locale`, a Discourse locale ("fr", "pt_BR") or a BCP 47 tag. */
export function formatCount(count: number, locale: string): string {
  const tag = locale.replace(/_/g, "-");
  let formatter = formatters.get(tag);
  if (!formatter) {
    try {
      formatter = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
    } catch {
      // A locale Intl does not know (a forum's custom one): English grouping.
      formatter = new Intl.NumberFormat("en", { maximumFractionDigits: 0 });
    }
    formatters.set(tag, formatter);
  }
  return formatter.format(count);
}
