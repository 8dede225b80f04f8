// The baseline: the same rows as demo/board-list.gts (same elements, classes,
// attributes and texts, checked by same-dom.ts) built with plain DOM calls,
// as a hand-written board would. Texts come from the same functions and
// translations (the row's own from the list's rowView), so the two differ
// only in how the DOM is made.
import { i18n } from "discourse-i18n";
import {
  placeText,
  publishedText,
} from "../../assets/javascripts/discourse/components/job-board-list/row-texts.ts";
import { currentLocale } from "../../assets/javascripts/discourse/helpers/job-board-locale.ts";
import type { Vocabularies } from "../../assets/javascripts/discourse/lib/posting/types.ts";
import {
  formatDay,
  type JobFields,
  labelOf,
} from "../../assets/javascripts/discourse/lib/posting-display.ts";
import type {
  BadgeKind,
  PostingStatusResult,
} from "../../assets/javascripts/discourse/lib/posting-status.ts";
import { type BoardPosting, rowView } from "../../demo/board-postings.ts";
import { postingHref } from "./rows.ts";

const SVG = "http://www.w3.org/2000/svg";

const ICONS: Record<BadgeKind, string> = {
  open: "door-open",
  closing_soon: "hourglass-half",
  upcoming: "calendar-day",
  expired: "calendar-xmark",
  filled: "user-check",
  closed: "lock",
};

type Tags = HTMLElementTagNameMap; // eslint-disable-line no-undef -- a DOM type

function element<K extends keyof Tags>(
  tag: K,
  className: string,
  text?: string
): Tags[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

function icon(id: string): SVGSVGElement {
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute(
    "class",
    `fa d-icon d-icon-${id} svg-icon fa-width-auto svg-node`
  );
  svg.setAttribute("width", "1em");
  svg.setAttribute("height", "1em");
  svg.setAttribute("aria-hidden", "true");
  const use = document.createElementNS(SVG, "use");
  use.setAttribute("href", `#${id}`);
  svg.append(use);
  return svg;
}

function description(status: PostingStatusResult): string {
  const scope = "discourse_job_board.status.description";
  if (status.badge === "closing_soon") {
    return status.daysLeft === 0
      ? i18n(`${scope}.closing_today`)
      : i18n(`${scope}.closing_soon`, { count: status.daysLeft });
  }
  if (status.badge === "upcoming") {
    return i18n(`${scope}.upcoming`, { count: status.daysToOpen });
  }
  if (status.missingClosingDate) {
    return i18n(`${scope}.open_no_closing_date`);
  }
  return i18n(`${scope}.${status.badge}`);
}

function badge(status: PostingStatusResult): HTMLSpanElement {
  const text = description(status);
  const node = element(
    "span",
    `job-board-badge --${status.badge.replace("_", "-")}`
  );
  node.title = text;
  node.dataset.jobState = status.state;
  node.append(
    icon(ICONS[status.badge]),
    element(
      "span",
      "job-board-badge__label",
      i18n(`discourse_job_board.status.${status.badge}`)
    ),
    element("span", "sr-only", text)
  );
  return node;
}

function chip(kind: string, code: string, label: string | null) {
  const node = element("span", `job-board-chip --${kind}`, label ?? "");
  node.dataset.code = code;
  return node;
}

function summary(job: JobFields, vocabularies: Vocabularies): HTMLDivElement {
  const locale = currentLocale();
  const meta = element("div", "job-board-row__meta");
  const chips = element("span", "job-board-chips");
  if (job.role) {
    chips.append(
      chip("role", job.role, labelOf(vocabularies.roles, job.role, locale))
    );
  }
  for (const code of job.contracts) {
    chips.append(
      chip("contract", code, labelOf(vocabularies.contracts, code, locale))
    );
  }
  meta.append(chips);
  if (job.team) {
    meta.append(element("span", "job-board-row__team", job.team));
  }
  const place = placeText(job);
  if (place) {
    meta.append(element("span", "job-board-row__place", place));
  }
  // The demo's rows are published on their opening day (demo/board-list.gts).
  const published = publishedText(job.opens_at);
  if (published && job.opens_at) {
    const time = element("time", "job-board-row__published", published);
    time.dateTime = job.opens_at;
    meta.append(time);
  }
  const day = formatDay(job.closes_at, locale, "medium");
  if (day && job.closes_at) {
    const closes = element(
      "time",
      "job-board-row__closes",
      `${i18n("discourse_job_board.board.columns.closes_at")} ${day}`
    );
    closes.dateTime = job.closes_at;
    meta.append(closes);
  }
  return meta;
}

function row(posting: BoardPosting, vocabularies: Vocabularies): HTMLLIElement {
  const view = rowView(posting, postingHref);
  const item = element("li", view.className);
  item.dataset.postingId = String(posting.id);
  const main = element("div", "job-board-demo-row__main");
  const title = element("a", "title job-board-demo-row__title", posting.title);
  title.href = view.href;
  main.append(title, badge(posting.status));
  item.append(
    main,
    summary(posting.job, vocabularies),
    element("span", "job-board-demo-row__questions", view.questions)
  );
  return item;
}

export function plainRows(
  postings: readonly BoardPosting[],
  vocabularies: Vocabularies,
  onFollow: (event: MouseEvent) => void
): HTMLUListElement {
  const list = element("ul", "job-board-demo__list");
  // One listener for the list's links, as the list component has.
  list.addEventListener("click", onFollow);
  for (const posting of postings) {
    list.append(row(posting, vocabularies));
  }
  return list;
}
