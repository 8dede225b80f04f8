// The filter bar's menus as a member uses them, in Discourse's acceptance
// tests and in our browser tests alike:
// a button per filter (`.job-board-<name>-trigger`, DMenu's trigger class), opening a list of
// rows (`.job-board-<name>-content [role=option]`).
import { click, triggerKeyEvent } from "@ember/test-helpers";

export type MenuName =
  | "role"
  | "contract"
  | "place"
  | "remote"
  | "status"
  | "sort";

export const trigger = (name: MenuName) => `.job-board-${name}-trigger`;
export const content = (name: MenuName) => `.job-board-${name}-content`;

export function isOpen(name: MenuName): boolean {
  return document.querySelector(content(name)) !== null;
}

/** Opens a menu unless it is open. */
export async function openMenu(name: MenuName): Promise<void> {
  if (!isOpen(name)) {
    await click(trigger(name));
  }
}

/** Closes a menu with Escape where the focus is in it, as a member would. */
export async function closeMenu(name: MenuName): Promise<void> {
  if (isOpen(name)) {
    const row = document.querySelector(`${content(name)} [role=option]:focus`);
    await triggerKeyEvent(
      row ?? `${content(name)} [role=listbox]`,
      "keydown",
      "Escape"
    );
  }
}

// A row's accessible name: its screen-reader text (« Coach (3) »), or its
// text for the clearing row.
function nameOf(row: Element | null): string {
  const name = row?.querySelector(".job-board-option__name") ?? row;
  // Not \s: the narrow no-break spaces grouping « 1 000 » stay.
  return (name?.textContent ?? "").replace(/[ \t\n\r]+/g, " ").trim();
}

/** Each row's accessible name (« Coach (3) »), the menu opened then closed. */
export async function rowNames(name: MenuName): Promise<string[]> {
  await openMenu(name);
  const names = Array.from(
    document.querySelectorAll(`${content(name)} [role=option]`),
    nameOf
  );
  await closeMenu(name);
  return names;
}

/** The values of the rows marked chosen (aria-selected), "" for the clearing row. */
export async function chosenValues(name: MenuName): Promise<string[]> {
  await openMenu(name);
  const values = Array.from(
    document.querySelectorAll(`${content(name)} [aria-selected=true]`),
    (row) => row.getAttribute("data-value") ?? ""
  );
  await closeMenu(name);
  return values;
}

/** Opens a menu and clicks the row of `value` ("" for the clearing row). */
export async function chooseFilter(
  name: MenuName,
  value: string
): Promise<void> {
  await openMenu(name);
  await click(`${content(name)} [data-value="${value}"]`);
}

/** What the menu's button shows. */
export function triggerText(name: MenuName): string {
  return (
    document.querySelector(`${trigger(name)} .job-board-filter-menu__value`)
      ?.textContent ?? ""
  ).trim();
}

/** The accessible name of the row of `value` (« Coach (2) »). */
export async function rowName(name: MenuName, value: string): Promise<string> {
  await openMenu(name);
  const row = document.querySelector(
    `${content(name)} [data-value="${value}"]`
  );
  const label = nameOf(row);
  await closeMenu(name);
  return label;
}
