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

/** Each row's accessible name (« Coach (3) »), the menu opened then closed. */
export async function rowNames(name: MenuName): Promise<string[]> {
  await openMenu(name);
  const names = Array.from(
    document.querySelectorAll(`${content(name)} [role=option]`),
    (row) =>
      row.getAttribute("aria-label") ??
      (row.textContent ?? "").replace(/\s+/g, " ").trim()
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
  const label = row?.getAttribute("aria-label") ?? "";
  await closeMenu(name);
  return label;
}
