// What a board row says of a posting beyond its chips, in the user's
// language: where (the place as written, with the name of its département
// or région from places-data) and how remote, when it was published, when
// it closes. Each text is made once per locale and value: a board shows
// the same ones on many rows.
import { i18n } from "discourse-i18n";
import { currentLocale } from "../../helpers/job-board-locale.ts";
import { foldText } from "../../lib/board-search.ts";
import { localeMemo } from "../../lib/locale-memo.ts";
import { payText } from "../../lib/pay-display.ts";
import { placeEntry } from "../../lib/posting/places.ts";
import { formatDay, type JobFields } from "../../lib/posting-display.ts";
import { todayInParis } from "../../lib/posting-status.ts";

const texts = localeMemo<string | null>();

function placeName(code: string | null): string | null {
  const entry = placeEntry(code);
  if (!entry) {
    return null;
  }
  return entry.kind === "abroad"
    ? i18n("discourse_job_board.place.abroad")
    : entry.name;
}

// « Rouen (Seine-Maritime) », « Paris » rather than « Paris (Paris) »: the
// name the région filter goes by, beside the town the author wrote.
function where(location: string | null, code: string | null): string | null {
  const name = placeName(code);
  if (!location || !name) {
    return location || name;
  }
  return foldText(location).includes(foldText(name))
    ? location
    : `${location} (${name})`;
}

/** The place and remote work: « Rouen (Seine-Maritime) · Télétravail partiel ». */
export function placeText(
  job: Pick<JobFields, "location" | "place" | "remote">
): string {
  return (
    texts(`place|${job.location}|${job.place}|${job.remote}`, () => {
      const remote = job.remote
        ? i18n(`discourse_job_board.card.remote_values.${job.remote}`)
        : null;
      return [where(job.location, job.place), remote]
        .filter(Boolean)
        .join(" · ");
    }) ?? ""
  );
}

/**
 * The place in full, for the posting's card: the place as written, then its
 * département and région when it does not already name them (« Lyon · Rhône ·
 * Auvergne-Rhône-Alpes », « Bordeaux · Gironde · Nouvelle-Aquitaine »,
 * « Lisbonne · À l’étranger »). Members filter by région: the card says which.
 */
export function placeLine(job: Pick<JobFields, "location" | "place">): string {
  return (
    texts(`line|${job.location}|${job.place}`, () => {
      const entry = placeEntry(job.place);
      const region =
        entry?.region && entry.region !== entry.code
          ? placeEntry(entry.region)
          : null;
      const parts = [job.location?.trim() || null];
      for (const name of [placeName(job.place), region?.name ?? null]) {
        const shown = parts.some(
          (part) => part && name && foldText(part).includes(foldText(name))
        );
        if (name && !shown) {
          parts.push(name);
        }
      }
      return parts.filter(Boolean).join(" · ");
    }) ?? ""
  );
}

/** The publication day in Paris, as an ISO day, of a topic's `created_at`. */
export function publishedDay(createdAt: string | null | undefined) {
  if (!createdAt) {
    return null;
  }
  const date = new Date(createdAt);
  return Number.isNaN(date.getTime()) ? null : todayInParis(date);
}

/** « Publiée le 3 déc. 2026 », from an ISO day. */
export function publishedText(isoDay: string | null): string | null {
  return texts(`published|${isoDay}`, () => {
    const day = formatDay(isoDay, currentLocale(), "medium");
    return day
      ? i18n("discourse_job_board.board.published", { date: day })
      : null;
  });
}

/** « Clôture 20 févr. 2022 », from an ISO day. */
export function closesText(isoDay: string | null): string | null {
  return texts(`closes|${isoDay}`, () => {
    const day = formatDay(isoDay, currentLocale(), "medium");
    return day
      ? `${i18n("discourse_job_board.board.columns.closes_at")} ${day}`
      : null;
  });
}

/** A day in the list's medium style (« 20 févr. 2022 »). */
export function mediumDay(isoDay: string | null | undefined): string | null {
  return formatDay(isoDay ?? null, currentLocale(), "medium");
}

/** « 45 000 – 55 000 € brut par an », « TJM 500 € »; null when the posting states no pay. */
export function payLine(
  job: Pick<JobFields, "pay_min" | "pay_max" | "pay_period">
): string | null {
  if (job.pay_min == null && job.pay_max == null) {
    return null;
  }
  return texts(`pay|${job.pay_min}|${job.pay_max}|${job.pay_period}`, () =>
    payText(job, currentLocale(), i18n)
  );
}
