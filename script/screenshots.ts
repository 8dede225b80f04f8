// The README's screenshots of the demo, taken again in Debian's headless
// Chromium: the board and a posting at 1366 px and 390 px, French and
// English, the board's contract menu open, the phone's « Filtres » panel
// open, the composer in French, the pay shots, and « Suivre ces filtres »
// before and after a press (follow-*.png). Builds the demo first unless
// --no-build; --only board-mobile takes the shots whose file starts so.
// With --review, instead, the shots to look at before a change to the posting
// page or the composer lands: a posting, and the composer after a refused
// « Publier », in both languages and both widths, in tmp/screenshots/.
//
//   npx tsx script/screenshots.ts [--no-build] [--only PREFIX] [--review]
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { serve } from "../test/e2e/serve.ts";
import { builtDemo } from "../test/support/built-demo.ts";
import {
  CHROMIUM_PATH,
  HEADLESS_CHROMIUM_ARGS,
} from "../test/support/chromium.ts";

const repo = fileURLToPath(new URL("../", import.meta.url));

const DESKTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };

// A posting page is reached as a member would: the board's first row, an
// open posting on the demo's default day.
const POSTING = "#first-posting";

// A filter menu is opened as a member would, by its button.
const OPEN_CONTRACTS = ".job-board-contract-trigger";
const OPEN_PANEL = ".job-board-filters-panel-trigger";

interface Shot {
  file: string;
  query: string;
  viewport: { width: number; height: number };
  /** Types a title and a wrong contact, then presses « Publier ». */
  refusePublish?: boolean;
  /** A button to press before the shot. */
  press?: string;
  /** What the press shows, waited for: a menu's content unless said. */
  shows?: string;
  /** Takes the resting state after the press: the button loses its focus. */
  blur?: boolean;
}

// « Suivre ces filtres » (issue 13), before and after a press: each page
// is a context of its own, so its localStorage starts with nothing followed.
const FOLLOWED = "?job_role=design&job_remote=partial";
const FOLLOW_DESKTOP = { width: 1366, height: 700 };
const FOLLOW = {
  press: ".job-board-follow",
  shows: ".job-board-follow.--followed",
  blur: true,
};

const SHOTS: Shot[] = [
  { file: "board-desktop.png", query: "", viewport: DESKTOP },
  {
    file: "board-desktop-menu.png",
    query: "?job_contract=cdd,freelance&job_status=all",
    viewport: DESKTOP,
    press: OPEN_CONTRACTS,
  },
  { file: "board-mobile.png", query: "", viewport: PHONE },
  {
    file: "board-mobile-filters.png",
    query: "?job_role=developpement&job_contract=cdd,freelance",
    viewport: PHONE,
    press: OPEN_PANEL,
  },
  { file: "board-mobile-en.png", query: "?locale=en", viewport: PHONE },
  {
    file: "board-mobile-filters-en.png",
    query: "?job_status=all&locale=en",
    viewport: PHONE,
    press: OPEN_PANEL,
  },
  { file: "posting.png", query: POSTING, viewport: DESKTOP },
  { file: "composer.png", query: "?compose=1", viewport: DESKTOP },
  { file: "board-desktop-en.png", query: "?locale=en", viewport: DESKTOP },
  {
    file: "posting-mobile-en.png",
    query: `${POSTING}&locale=en`,
    viewport: PHONE,
  },
  // Pay (issue 13): the samples that state it, on any day, through the
  // search box; a posting with a day rate; the composer's pay fields.
  {
    file: "pay-board-desktop.png",
    query: "?job_status=all&job_q=tjm",
    viewport: DESKTOP,
  },
  {
    file: "pay-board-mobile-en.png",
    query: "?job_status=all&job_q=tjm&locale=en",
    viewport: PHONE,
  },
  { file: "pay-posting.png", query: "?posting=12", viewport: DESKTOP },
  {
    file: "pay-posting-mobile-en.png",
    query: "?posting=12&locale=en",
    viewport: PHONE,
  },
  {
    file: "pay-composer.png",
    query: "?compose=1",
    viewport: { width: 1366, height: 1500 },
  },
  { file: "follow-desktop.png", query: FOLLOWED, viewport: FOLLOW_DESKTOP },
  {
    file: "follow-desktop-followed.png",
    query: FOLLOWED,
    viewport: FOLLOW_DESKTOP,
    ...FOLLOW,
  },
  { file: "follow-mobile.png", query: FOLLOWED, viewport: PHONE },
  {
    file: "follow-desktop-en.png",
    query: `${FOLLOWED}&locale=en`,
    viewport: FOLLOW_DESKTOP,
    ...FOLLOW,
  },
  {
    file: "follow-mobile-en.png",
    query: `${FOLLOWED}&locale=en`,
    viewport: PHONE,
    ...FOLLOW,
  },
];

const REVIEW_SHOTS: Shot[] = ["fr", "en"].flatMap((locale) =>
  (
    [
      ["desktop", DESKTOP],
      ["phone", PHONE],
    ] as const
  ).flatMap(([screen, viewport]) => [
    {
      file: `posting-${locale}-${screen}.png`,
      query: `${POSTING}&locale=${locale}`,
      viewport,
    },
    {
      file: `composer-refused-${locale}-${screen}.png`,
      query: `?compose=1&locale=${locale}`,
      viewport,
      refusePublish: true,
    },
  ])
);

const { values } = parseArgs({
  options: {
    "no-build": { type: "boolean", default: false },
    review: { type: "boolean", default: false },
    only: { type: "string", default: "" },
  },
});
const [shots, folder] = values.review
  ? [REVIEW_SHOTS, "tmp/screenshots"]
  : [SHOTS, "docs"];
mkdirSync(`${repo}${folder}`, { recursive: true });

const { url, server } = await serve(builtDemo(values["no-build"] ?? false));
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: HEADLESS_CHROMIUM_ARGS,
});
try {
  for (const shot of shots.filter((s) => s.file.startsWith(values.only!))) {
    const page = await browser.newPage({ viewport: shot.viewport });
    const [query, opensPosting] = shot.query.startsWith(POSTING)
      ? [`?${shot.query.slice(POSTING.length + 1)}`, true]
      : [shot.query, false];
    await page.goto(`${url}${query}`);
    await page.waitForSelector("main", { timeout: 30_000 });
    if (opensPosting) {
      await page.click(".job-board-demo-row__title");
      await page.waitForSelector(".job-board-demo__posting");
    }
    if (shot.press) {
      await page.click(shot.press);
      await page.waitForSelector(shot.shows ?? "[data-content]");
      if (shot.blur) {
        await page.evaluate(() =>
          (document.activeElement as HTMLElement | null)?.blur()
        );
      }
    }
    if (shot.refusePublish) {
      await page.fill("input[name=title]", "Développeur·se front-end");
      await page.fill(".job-board-form__field.--contact input", "rh@");
      // Its message shows when it is left: before the click, which it moves.
      await page.keyboard.press("Tab");
      await page.click(".job-board-demo__publish-posting");
      await page.waitForSelector(".job-board-form__announcement span", {
        state: "attached",
      });
    }
    await page.waitForLoadState("networkidle");
    // The pointer left where the last click put it would hover whatever
    // the new page drew there (the posting's « Marquer comme pourvu »).
    await page.mouse.move(0, 0);
    await page.screenshot({ path: `${repo}${folder}/${shot.file}` });
    await page.close();
    process.stdout.write(`${folder}/${shot.file}\n`);
  }
} finally {
  await browser.close();
  server.close();
}
