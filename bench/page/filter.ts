// filter: the demo's board (DemoApp) with 1,000 postings, timed from a
// filter change to the updated list painted. Each change clicks a row of a
// filter's menu, as a user's choice does (the menu is opened before the
// clock starts: opening it is not filtering); the handler writes
// the URL, Ember re-renders in the same task's microtasks, and the time is
// read after the next frame's rendering steps (see nextFrame), so it
// covers the handler, the re-render, style, layout and paint. Chromium runs
// without frame-rate limit (bench/browser.ts), so the wait for a frame does
// not add an idle part of a 60 Hz frame to every figure.
import { renderComponent } from "@ember/renderer";
import { filterPostings } from "../../assets/javascripts/discourse/lib/board-facets.ts";
import { filtersFromQuery } from "../../assets/javascripts/discourse/lib/board-filters.ts";
import DemoApp from "../../demo/demo-app.gts";
import { demoOwner } from "../../demo/demo-owner.ts";
import { PAGE_SIZE } from "../../demo/url-state.ts";
import { median } from "../lib/stats.ts";
import type { FilterFigures } from "./figures.ts";
import { boardRows, manyPostings, VOCABULARIES } from "./rows.ts";
import {
  type Collection,
  nextFrame,
  profileWindow,
  quiet,
  settle,
} from "./timing.ts";

const WARM_UP_CHANGES = 6;

interface Change {
  /** The menu (`.job-board-<menu>-trigger`). */
  menu: "role" | "contract" | "status";
  /** Its row's value; "" for « Tous les … ». */
  value: string;
}

/**
 * What someone exploring the board does: each role in turn, then back to
 * any role; each contract ticked then cleared (contracts tick several, so
 * one is cleared before the next); the other statuses, then open again.
 * One filter changes at a time, so the lists narrow and widen as they do
 * in use.
 */
function changes(count: number): Change[] {
  const tour: Change[] = [
    ...[...VOCABULARIES.roles.map((role) => role.code), ""].map((value) => ({
      menu: "role" as const,
      value,
    })),
    ...VOCABULARIES.contracts.flatMap((entry) =>
      [entry.code, ""].map((value) => ({ menu: "contract" as const, value }))
    ),
    ...["all", "closed", "open"].map((value) => ({
      menu: "status" as const,
      value,
    })),
  ];
  return Array.from({ length: count }, (_, index) => tour[index % tour.length]);
}

// Untimed: closes another open menu (a ticked contract's stays open) and
// opens the change's own.
async function openMenuOf(change: Change) {
  for (const open of document.querySelectorAll<HTMLElement>("[data-content]")) {
    if (!open.classList.contains(`job-board-${change.menu}-content`)) {
      open.dispatchEvent(
        new KeyboardEvent("keydown", { key: "Escape", bubbles: true })
      );
    }
  }
  if (!document.querySelector(`.job-board-${change.menu}-content`)) {
    document
      .querySelector<HTMLElement>(`.job-board-${change.menu}-trigger`)
      ?.click();
  }
  await settle();
}

function choose(change: Change) {
  const row = document.querySelector<HTMLElement>(
    `.job-board-${change.menu}-content [data-value="${change.value}"]`
  );
  if (!row) {
    throw new Error(`no ${change.value} row in the ${change.menu} menu`);
  }
  row.click();
}

export async function benchFilter(options: {
  postings: number;
  changes: number;
  /** The GC before each change: see collectGarbage. */
  collection: Collection;
}): Promise<FilterFigures> {
  const postings = manyPostings(options.postings);
  const rows = boardRows(postings);
  const root = document.createElement("div");
  document.body.append(root);
  renderComponent(DemoApp, {
    into: root,
    owner: demoOwner(VOCABULARIES),
    args: { postings, vocabularies: VOCABULARIES },
  });
  await settle();

  const times: number[] = [];
  const scripts: number[] = [];
  for (const [index, change] of changes(
    WARM_UP_CHANGES + options.changes
  ).entries()) {
    await openMenuOf(change);
    await quiet(options.collection);
    const endWindow = profileWindow("filter");
    const start = performance.now();
    choose(change);
    const frame = await nextFrame();
    endWindow();
    if (index >= WARM_UP_CHANGES) {
      times.push(frame.painted - start);
      scripts.push(frame.began - start);
    }
    // The list must be the one the filters in the URL ask for.
    const query = Object.fromEntries(new URLSearchParams(location.search));
    const { filters } = filtersFromQuery(query, VOCABULARIES);
    const expected = Math.min(filterPostings(rows, filters).length, PAGE_SIZE);
    const shown = root.querySelectorAll("tr.job-board-demo-row").length;
    if (shown !== expected) {
      throw new Error(
        `${shown} rows shown for ${location.search}, expected ${expected}`
      );
    }
  }
  return {
    medianMs: median(times),
    scriptMs: median(scripts),
    maxMs: Math.max(...times),
    changes: times.length,
    postings: postings.length,
  };
}
