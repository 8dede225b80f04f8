// The filters and the composer walked with the keyboard alone: Tab to reach
// each control, Enter to open a filter's menu, arrows to move in it, Enter
// to choose, Escape to close, Space to tick, Enter to press.
import type { Page } from "playwright-core";
import { PAGE_SIZE } from "../../demo/url-state.ts";
import type { Report } from "./report.ts";

/**
 * What has focus: a menu's identifier (DMenu's `data-identifier`), a form
 * field's name, a control's name, or its last class.
 */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) {
      return "body";
    }
    const menu = element.getAttribute("data-identifier");
    if (menu) {
      return menu;
    }
    const field = element.closest(".job-board-form__field");
    const modifier = field
      ? Array.from(field.classList).find(
          (name) =>
            name.startsWith("--") &&
            !["--invalid", "--warning", "--group", "--checkbox"].includes(name)
        )
      : undefined;
    if (modifier) {
      return modifier.slice(2);
    }
    const name = element.getAttribute("name");
    return (
      name ??
      element.classList[element.classList.length - 1] ??
      element.localName
    );
  });
}

/** Presses Tab until `target` has focus; the names met on the way. */
async function tabTo(
  page: Page,
  target: string,
  limit = 60
): Promise<string[] | null> {
  const path: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const now = await focused(page);
    if (path[path.length - 1] !== now) {
      path.push(now);
    }
    if (now === target) {
      return path;
    }
  }
  return null;
}

const results = (page: Page) => page.textContent(".job-board-demo__results");
const query = (page: Page) => new URL(page.url()).search;

/** Where each control of the filter bar sits, in the order Tab meets them. */
async function barInTabOrder(
  page: Page
): Promise<Array<{ name: string; top: number; left: number }>> {
  await page.focus("input[name=job_q]");
  const met: Array<{ name: string; top: number; left: number }> = [];
  for (let i = 0; i < 30; i++) {
    const place = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element?.closest(".job-board-filters")) {
        return null;
      }
      const box = element.getBoundingClientRect();
      return { top: Math.round(box.top), left: Math.round(box.left) };
    });
    if (!place) {
      break;
    }
    met.push({ name: await focused(page), ...place });
    await page.keyboard.press("Tab");
  }
  return met;
}

export async function walkFilters(page: Page, url: string, report: Report) {
  await page.goto(url);
  await page.waitForSelector(".job-board-demo-row");
  const initial = { results: await results(page), query: query(page) };

  // Tab meets the bar's controls as the eye reads them: left to right along
  // a row, then the next row (WCAG 2.4.3), whatever the layout puts where.
  const walked = await barInTabOrder(page);
  const outOfOrder = walked.filter((control, index) => {
    const before = walked[index - 1];
    if (!before) {
      return false;
    }
    const sameRow = Math.abs(control.top - before.top) < 8;
    return sameRow ? control.left <= before.left : control.top < before.top;
  });
  report.check(
    `filters: Tab walks the bar in reading order (${walked.map((c) => c.name).join(" → ")})`,
    walked.length >= 8 && outOfOrder.length === 0,
    `out of order: ${outOfOrder.map((c) => `${c.name} at ${c.top},${c.left}`).join("; ") || `only ${walked.length} controls`}`
  );
  await page.goto(url);
  await page.waitForSelector(".job-board-demo-row");

  // Each menu: Tab to its button, Enter opens it on its chosen row,
  // ArrowDown then Enter chooses the next row; contracts tick, so Escape
  // closes their menu after.
  const steps: Array<[string, string, boolean]> = [
    ["job-board-role", "job_role=", false],
    ["job-board-contract", "job_contract=", true],
    ["job-board-status", "job_status=", false],
  ];
  for (const [menu, expected, ticks] of steps) {
    const path = await tabTo(page, menu);
    if (
      !report.check(
        `filters: Tab reaches the ${menu} menu's button`,
        path !== null,
        "never focused"
      )
    ) {
      return;
    }
    const before = query(page);
    await page.keyboard.press("Enter");
    await page.waitForSelector(`.${menu}-content [role=option]:focus`);
    await page.keyboard.press("ArrowDown");
    // The row's name promises a count: « Développement (5) ».
    const promised = await page.evaluate(() =>
      /\(([\d\s\u202f,.]+)\)$/
        .exec(
          document.activeElement?.querySelector(".job-board-option__name")
            ?.textContent ?? ""
        )?.[1]
        ?.replace(/\D/g, "")
    );
    await page.keyboard.press("Enter");
    await page.waitForFunction(
      (text) => window.location.search.includes(text),
      expected
    );
    if (ticks) {
      await page.keyboard.press("Escape");
    }
    const closed = await page.evaluate(
      (name) => !document.querySelector(`.${name}-content`),
      menu
    );
    const back = (await focused(page)) === menu;
    const rows = await page.locator(".job-board-demo-row").count();
    report.check(
      `filters: Enter, ArrowDown, Enter${ticks ? ", Escape" : ""} on ${menu} changes the URL (${before || "?"} → ${query(page)}) and the list (${rows} rows, ${await results(page)}), closes the menu and gives the focus back`,
      query(page) !== before &&
        promised !== undefined &&
        rows === Math.min(Number(promised), PAGE_SIZE) &&
        closed &&
        back,
      `the row promised ${promised}, the list has ${rows}; closed ${closed}, focus back ${back}`
    );
  }
  const path = await tabTo(page, "job-board-filters__reset", 3);
  report.check(
    "filters: Tab reaches the reset button next",
    path !== null,
    "not focused"
  );
  await page.keyboard.press("Enter");
  await page.waitForFunction(
    (search) => window.location.search === search,
    initial.query
  );
  report.check(
    `filters: Enter on reset restores the URL and the list (${await results(page)})`,
    query(page) === initial.query && (await results(page)) === initial.results,
    `${query(page)} ${await results(page)}`
  );
}

/** The composer's controls in the order a moderator meets them. */
const COMPOSER_ORDER = [
  "title",
  "job-board-import__toggle",
  "role",
  "contracts",
  "team",
  "location",
  "place",
  "remote",
  "opens-at",
  "closes-at",
  "status",
  "contact",
  "apply-url",
  "pay-min",
  "pay-max",
  "pay-period",
  "junior",
  "body",
  "job-board-demo__publish-posting",
];

const TYPED: Record<string, string> = {
  title: "Développeur·se front-end",
  team: "Incubateur des Territoires",
  location: "Lyon",
  contact: "pas-une-adresse",
  // eslint-disable-next-line no-script-url -- a refused link, typed on purpose
  "apply-url": "javascript:alert(1)",
  body: "Une description.",
};

export async function walkComposer(page: Page, url: string, report: Report) {
  await page.goto(`${url}?compose=1`);
  await page.waitForSelector(".job-board-form");
  const start = await tabTo(page, "title");
  if (
    !report.check(
      "composer: Tab reaches the title",
      start !== null,
      "never focused"
    )
  ) {
    return;
  }
  const met = ["title"];
  await page.keyboard.type(TYPED.title);
  let contractsTicked = 0;
  const lost: string[] = [];
  for (
    let i = 0;
    i < 80 && met[met.length - 1] !== COMPOSER_ORDER.at(-1);
    i++
  ) {
    await page.keyboard.press("Tab");
    const now = await focused(page);
    const isNew = met[met.length - 1] !== now;
    if (isNew) {
      met.push(now);
    }
    if (now in TYPED && isNew) {
      await page.keyboard.type(TYPED[now]);
    } else if (now === "place" && isNew) {
      // A closed select's type-ahead: the first letters of a name.
      await page.keyboard.type("Gironde");
    } else if ((now === "role" || now === "remote") && isNew) {
      await page.keyboard.press("ArrowDown");
    } else if (now === "contracts" && contractsTicked < 2) {
      await page.keyboard.press("Space");
      contractsTicked++;
    } else if (now === "junior") {
      await page.keyboard.press("Space");
    }
    // A control re-rendered under the keyboard would drop its focus.
    if ((await focused(page)) !== now) {
      lost.push(now);
    }
  }
  report.check(
    "composer: typing, arrows and Space keep the focus where it was",
    lost.length === 0,
    `focus lost after acting on ${lost.join(", ")}`
  );
  report.check(
    "composer: Tab meets every field once, in order, and no trap holds it",
    JSON.stringify(met) === JSON.stringify(COMPOSER_ORDER),
    `met ${met.join(" → ")}`
  );

  const state = await page.evaluate(() => {
    const value = (selector: string) =>
      (
        document.querySelector(selector) as
          | HTMLInputElement
          | HTMLSelectElement
          | null
      )?.value ?? null;
    const checked = (selector: string) =>
      Array.from(document.querySelectorAll<HTMLInputElement>(selector)).filter(
        (box) => box.checked
      ).length;
    return {
      role: value(".--role select"),
      place: value(".--place select"),
      remote: value(".--remote select"),
      team: value(".--team input"),
      contracts: checked(".--contracts input[type=checkbox]"),
      junior: checked(".--junior input[type=checkbox]"),
    };
  });
  report.check(
    `composer: typed and chosen by keyboard (${JSON.stringify(state)})`,
    Boolean(state.role) &&
      state.place === "dep-33" &&
      Boolean(state.remote) &&
      state.team === TYPED.team &&
      state.contracts === 2 &&
      state.junior === 1,
    JSON.stringify(state)
  );

  const messages = await page.$$eval(
    ".job-board-form__message.--error",
    (items) =>
      items.map(
        (item) =>
          `${item.closest(".job-board-form__field")?.className}: ${item.textContent?.trim()}`
      )
  );
  report.check(
    `composer: messages shown for the fields left wrong (${messages.length})`,
    messages.some((m) => m.includes("--contact")) &&
      messages.some((m) => m.includes("--apply-url")),
    messages.join("\n")
  );
  const described = await page.evaluate(() => {
    const input = document.querySelector(".--contact input");
    const ids = input?.getAttribute("aria-describedby")?.split(" ") ?? [];
    return ids
      .map((id) => document.getElementById(id)?.textContent?.trim() ?? "")
      .join(" | ");
  });
  report.check(
    "composer: the contact's error is tied to its input (aria-describedby, aria-invalid)",
    described.length > 0 &&
      (await page.getAttribute(".--contact input", "aria-invalid")) ===
        "true" &&
      /adresse|address/i.test(described),
    described
  );

  await page.keyboard.press("Enter");
  await page.waitForSelector(".job-board-form__summary.--blocked");
  report.pass(
    "composer: Enter on « Publier » shows that the posting must be fixed first"
  );
  await page.waitForFunction(() =>
    document.querySelector(".job-board-form__announcement")?.textContent?.trim()
  );
  const refused = await page.evaluate(() => {
    const field = document.activeElement?.closest(".job-board-form__field");
    const box = field?.getBoundingClientRect();
    return {
      inView:
        box !== undefined && box.top >= 0 && box.bottom <= window.innerHeight,
      said: document
        .querySelector(".job-board-form__announcement")
        ?.textContent?.trim(),
    };
  });
  const first = await focused(page);
  report.check(
    `composer: the refusal takes the focus to the first field in error, in view (${first}), and says « ${refused.said} »`,
    first === "contact" &&
      refused.inView &&
      refused.said === "2 erreurs à corriger",
    JSON.stringify({ first, ...refused })
  );
}
