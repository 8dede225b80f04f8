// The filter bar's options, labelled in the user's language with their
// counts, grouped as the user's language writes numbers (« 1 234 »). New
// objects on every change: the option lists are keyed by value so that a
// change updates the options in place instead of rebuilding them.
import { i18n } from "discourse-i18n";
import { currentLocale } from "../../helpers/job-board-locale.ts";
import type { FacetCounts } from "../../lib/board-facets.ts";
import type { StatusFilter } from "../../lib/board-filters.ts";
import { SORT_ORDERS, type SortOrder } from "../../lib/board-sort.ts";
import { formatCount } from "../../lib/format-count.ts";
import {
  placeFilterCodes,
  REMOTE_FILTERS,
  type RemoteFilter,
} from "../../lib/place-filters.ts";
import { placeEntry } from "../../lib/posting/places.ts";
import type { RoleEntry } from "../../lib/posting/types.ts";
import { labelLanguage } from "../../lib/posting-display.ts";

export interface Choice {
  value: string;
  /** What the row shows: « Coach ». */
  label: string;
  /** How many postings it would give, grouped (« 1 234 »); null while loading, or for an order. */
  count: string | null;
  /** What a screen reader says, label and count: « Coach (3) ». */
  name: string;
  selected: boolean;
}

export interface ChoiceGroup {
  /** The optgroup's label; null for options outside any group. */
  label: string | null;
  choices: Choice[];
}

export const t = (key: string, options?: Record<string, unknown>) =>
  i18n(`discourse_job_board.board.${key}`, options);

/** The bar's own strings (its menus, the phone's panel). */
export const tf = (key: string, options?: Record<string, unknown>) =>
  i18n(`discourse_job_board.filter_bar.${key}`, options);

function choice(
  value: string,
  label: string,
  count: number | undefined,
  selected: boolean
): Choice {
  const grouped =
    count === undefined ? null : formatCount(count, currentLocale());
  const name =
    grouped === null
      ? label
      : t("option_with_count", { label, count: grouped });
  return { value, label, count: grouped, name, selected };
}

const countOf = (counts: Record<string, number> | undefined, key: string) =>
  counts ? (counts[key] ?? 0) : undefined;

/** A vocabulary's codes (roles, contracts), those in `selected` chosen. */
export function codeChoices(
  entries: readonly RoleEntry[],
  selected: string | readonly string[] | null,
  counts: Record<string, number> | undefined
): Choice[] {
  const language = labelLanguage(currentLocale());
  const chosen = (code: string) =>
    typeof selected === "string"
      ? code === selected
      : !!selected?.includes(code);
  return entries.map((entry) =>
    choice(
      entry.code,
      entry[language],
      countOf(counts, entry.code),
      chosen(entry.code)
    )
  );
}

/** A place's name in the user's language: régions and départements keep their French names. */
export function placeLabel(code: string): string {
  const entry = placeEntry(code);
  if (!entry || entry.kind === "abroad") {
    return i18n("discourse_job_board.place.abroad");
  }
  return entry.name;
}

/**
 * The régions and abroad; a département from a shared link
 * (`?job_place=dep-33`) is offered too, so the select shows what filters.
 */
export function placeChoices(
  selected: string | null,
  counts: FacetCounts | null | undefined
): Choice[] {
  const codes = placeFilterCodes();
  if (selected && !codes.includes(selected)) {
    codes.unshift(selected);
  }
  return codes.map((code) =>
    choice(
      code,
      placeLabel(code),
      countOf(counts?.places, code),
      code === selected
    )
  );
}

export function remoteChoices(
  selected: RemoteFilter | null,
  counts: FacetCounts | null | undefined
): Choice[] {
  return REMOTE_FILTERS.map((remote) =>
    choice(
      remote,
      t(`remote_values.${remote}`),
      counts?.remote[remote],
      remote === selected
    )
  );
}

// The closed choices are shown apart, in their own group, so that a member
// sees why a posting no longer takes applications (issue 12).
const STATUS_GROUPS: { label: string | null; values: StatusFilter[] }[] = [
  { label: null, values: ["open", "closing_soon", "upcoming"] },
  { label: "ended", values: ["expired", "filled", "closed"] },
  { label: null, values: ["all"] },
];

export function statusGroups(
  selected: StatusFilter,
  counts: FacetCounts | null | undefined
): ChoiceGroup[] {
  return STATUS_GROUPS.map((group) => ({
    label: group.label && t(`status_groups.${group.label}`),
    choices: group.values.map((status) =>
      choice(
        status,
        t(`status_values.${status}`),
        counts?.status[status],
        status === selected
      )
    ),
  }));
}

export function sortChoices(selected: SortOrder): Choice[] {
  return SORT_ORDERS.map((order) =>
    choice(order, t(`sort_values.${order}`), undefined, order === selected)
  );
}
