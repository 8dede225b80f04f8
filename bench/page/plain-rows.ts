// The baseline: the same table as demo/board-list.gts (same elements, classes,
// attributes and texts, checked by same-dom.ts) built with plain DOM calls,
// as a hand-written board would. Texts come from the same functions and
// translations (the row's own from the list's rowView), so the two differ
// only in how the DOM is made.
import { i18n } from "discourse-i18n";
import {
  mediumDay,
  payLine,
  placeText,
  publishedDay,
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

function chips(job: JobFields, vocabularies: Vocabularies): HTMLSpanElement {
  const locale = currentLocale();
  const list = element("span", "job-board-chips");
  if (job.role) {
    list.append(
      chip("role", job.role, labelOf(vocabularies.roles, job.role, locale))
    );
  }
  for (const code of job.contracts) {
    list.append(
      chip("contract", code, labelOf(vocabularies.contracts, code, locale))
    );
  }
  return list;
}

const CELL = "topic-list-data job-board-list-cell";

function time(isoDay: string | null, text: string | null): HTMLTimeElement {
  const node = document.createElement("time");
  if (isoDay) {
    node.dateTime = isoDay;
  }
  node.textContent = text ?? "";
  return node;
}

function column(key: string): string {
  return i18n(`discourse_job_board.board.columns.${key}`);
}

function demoText(key: string): string {
  return i18n(`discourse_job_board.demo.${key}`);
}

function header(): HTMLTableSectionElement {
  const head = element("thead", "topic-list-header");
  const line = document.createElement("tr");
  const cell = (className: string, text: string) => {
    const th = element("th", className, text);
    th.scope = "col";
    return th;
  };
  const questions = cell("topic-list-data posts num", column("questions"));
  questions.setAttribute("aria-sort", "none");
  line.append(
    cell("topic-list-data default", demoText("columns.topic")),
    cell(`${CELL} --role`, column("role")),
    cell(`${CELL} --team`, column("team")),
    cell(`${CELL} --published`, column("published")),
    cell(`${CELL} --closes-at`, column("closes_at")),
    questions,
    cell("topic-list-data activity num", demoText("columns.activity"))
  );
  head.append(line);
  return head;
}

function row(posting: BoardPosting, vocabularies: Vocabularies) {
  const view = rowView(posting, postingHref);
  const { job } = posting;
  const item = element("tr", view.className);
  item.dataset.postingId = String(posting.id);

  const main = element("td", "main-link topic-list-data");
  const top = element("span", "link-top-line");
  top.setAttribute("role", "heading");
  top.setAttribute("aria-level", "2");
  const title = element(
    "a",
    "title raw-link raw-topic-link job-board-demo-row__title",
    posting.title
  );
  title.href = view.href;
  top.append(title, badge(posting.status));
  main.append(top);

  const role = element("td", `${CELL} --role`);
  role.append(chips(job, vocabularies));
  const team = element("td", `${CELL} --team`);
  team.append(
    element("span", "job-board-list-cell__team", job.team ?? ""),
    element("span", "job-board-list-cell__place", placeText(job))
  );
  const pay = payLine(job);
  if (pay) {
    team.append(element("span", "job-board-list-cell__pay", pay));
  }
  const published = element("td", `${CELL} --published`);
  const day = publishedDay(posting.created_at);
  if (day) {
    const when = time(day, mediumDay(day) ?? "");
    when.title = publishedText(day) ?? "";
    published.append(when);
  }
  const closes = element("td", `${CELL} --closes-at`);
  if (job.closes_at) {
    closes.append(
      time(job.closes_at, formatDay(job.closes_at, currentLocale(), "medium"))
    );
  }
  const replies = element("td", "num posts-map posts topic-list-data");
  const count = element("a", "badge-posts");
  count.href = view.href;
  count.setAttribute("aria-label", view.questions);
  count.append(element("span", "number", view.replies));
  replies.append(count);
  const activity = element("td", "activity num topic-list-data age");
  activity.append(time(job.opens_at, view.activity));

  item.append(main, role, team, published, closes, replies, activity);
  return item;
}

export function plainRows(
  postings: readonly BoardPosting[],
  vocabularies: Vocabularies,
  onFollow: (event: MouseEvent) => void
): HTMLTableElement {
  const table = element("table", "topic-list job-board-demo__list");
  const caption = element("caption", "sr-only", demoText("list_caption"));
  const body = element("tbody", "topic-list-body");
  // One listener for the list's links, as the list component has.
  body.addEventListener("click", onFollow);
  for (const posting of postings) {
    body.append(row(posting, vocabularies));
  }
  table.append(caption, header(), body);
  return table;
}
