// How a posting's fields read for people: vocabulary labels in the user's
// language, days as they write them, and the one link to apply with. Pure:
// the components, the demo and the tests share it.

import { isEmail, isHttpUrl } from "./posting/normalise-values.ts";
import type { PayPeriod, RemoteMode, RoleEntry } from "./posting/types.ts";
import { isIsoDay, type PostingStatus } from "./posting-status.ts";

/** A posting's fields as the server sends them, under a topic's `job`. */
export interface JobFields {
  role: string | null;
  contracts: string[];
  team: string | null;
  location: string | null;
  /** A place code (posting/places.ts). */
  place: string | null;
  remote: RemoteMode | null;
  opens_at: string | null;
  closes_at: string | null;
  status: PostingStatus | null;
  contact: string | null;
  apply_url: string | null;
  junior: boolean;
  /** Whole euros; either end may be absent (pay-display.ts). */
  pay_min: number | null;
  pay_max: number | null;
  pay_period: PayPeriod | null;
  /** Whether the current user may edit the fields or mark the posting filled. */
  can_edit?: boolean;
}

/** "fr" for French locales, "en" otherwise: the languages labels exist in. */
export function labelLanguage(locale: string): "fr" | "en" {
  return locale.toLowerCase().startsWith("fr") ? "fr" : "en";
}

/** A code's label; an unknown code (say, removed from the settings) shows as itself. */
export function labelOf(
  entries: readonly RoleEntry[],
  code: string | null,
  locale: string
): string | null {
  if (!code) {
    return null;
  }
  const entry = entriesByCode(entries).get(code);
  return entry ? entry[labelLanguage(locale)] : code;
}

// Each vocabulary's entries by code, built once per vocabulary (the same
// array as long as the settings do not change): a board looks up labels
// for every chip of every row.
const BY_CODE = new WeakMap<readonly RoleEntry[], Map<string, RoleEntry>>();

function entriesByCode(entries: readonly RoleEntry[]) {
  let byCode = BY_CODE.get(entries);
  if (!byCode) {
    byCode = new Map();
    for (const entry of entries) {
      // The first entry wins, as with Array.find.
      if (!byCode.has(entry.code)) {
        byCode.set(entry.code, entry);
      }
    }
    BY_CODE.set(entries, byCode);
  }
  return byCode;
}

// Formatters by locale and style. Creating an Intl.DateTimeFormat costs tens
// of microseconds, using one almost nothing, and a board formats a closing
// date on every row it renders: each is made once and reused.
const DAY_FORMATS = new Map<string, Intl.DateTimeFormat>();

function dayFormat(locale: string, style: "long" | "medium") {
  const key = `${locale}|${style}`;
  let format = DAY_FORMATS.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale.replace("_", "-"), {
      dateStyle: style,
      timeZone: "UTC",
    });
    DAY_FORMATS.set(key, format);
  }
  return format;
}

/**
 * An ISO day as people of the locale write it ("23 novembre 2026"). French
 * writes the first of a month as an ordinal, « 1er décembre » (Lexique des
 * règles typographiques de l’Imprimerie nationale), which Intl does not.
 */
export function formatDay(
  isoDay: string | null,
  locale: string,
  style: "long" | "medium" = "long"
): string | null {
  if (!isoDay || !isIsoDay(isoDay)) {
    return null;
  }
  const date = new Date(`${isoDay}T12:00:00Z`);
  const format = dayFormat(locale, style);
  if (!locale.startsWith("fr") || date.getUTCDate() !== 1) {
    return format.format(date);
  }
  return format
    .formatToParts(date)
    .map((part) => (part.type === "day" ? `${part.value}er` : part.value))
    .join("");
}

export interface ApplyTarget {
  kind: "url" | "email";
  href: string;
}

/**
 * Where « Candidater » leads: the apply link when it is http(s), else an
 * e-mail to the contact. Anything else (a `javascript:` link that slipped
 * into old data, a malformed address) gives no button rather than a risk.
 */
export function applyTarget(
  job: Pick<JobFields, "apply_url" | "contact">
): ApplyTarget | null {
  if (job.apply_url && isHttpUrl(job.apply_url)) {
    return { kind: "url", href: job.apply_url };
  }
  const email = contactHref(job.contact);
  if (email) {
    return { kind: "email", href: email };
  }
  return null;
}

/**
 * A mailto: link to a contact address, or null when it is not one. Encoded
 * so that "?" or "&" in an address cannot add headers or a body.
 */
export function contactHref(contact: string | null): string | null {
  if (!contact || !isEmail(contact)) {
    return null;
  }
  return `mailto:${encodeURIComponent(contact).replace("%40", "@")}`;
}
