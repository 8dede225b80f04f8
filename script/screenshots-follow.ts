// Screenshots of « Suivre ces filtres » in the demo (issue 13): the board
// filtered, before and after following, French and English, desktop and
// phone, into docs/ (follow-*.png). Builds the demo first unless --no-build.
//
//   npx tsx script/screenshots-follow.ts [--no-build] [--out DIR]
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
const DESKTOP = { width: 1366, height: 700 };
const PHONE = { width: 390, height: 844 };
const FILTERED = "?job_role=design&job_remote=partial";

const SHOTS = [
  {
    file: "follow-desktop.png",
    query: FILTERED,
    viewport: DESKTOP,
    click: false,
  },
  {
    file: "follow-desktop-followed.png",
    query: FILTERED,
    viewport: DESKTOP,
    click: true,
  },
  { file: "follow-mobile.png", query: FILTERED, viewport: PHONE, click: false },
  {
    file: "follow-desktop-en.png",
    query: `${FILTERED}&locale=en`,
    viewport: DESKTOP,
    click: true,
  },
  {
    file: "follow-mobile-en.png",
    query: `${FILTERED}&locale=en`,
    viewport: PHONE,
    click: true,
  },
];

const { values } = parseArgs({
  options: {
    "no-build": { type: "boolean", default: false },
    out: { type: "string", default: `${repo}docs` },
  },
});

const { url, server } = await serve(builtDemo(values["no-build"] ?? false));
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: HEADLESS_CHROMIUM_ARGS,
});
try {
  for (const shot of SHOTS) {
    // A page of its own each time: a fresh localStorage, nothing followed.
    const context = await browser.newContext({ viewport: shot.viewport });
    const page = await context.newPage();
    await page.goto(`${url}${shot.query}`);
    await page.waitForSelector(".job-board-follow:not([disabled])");
    if (shot.click) {
      await page.click(".job-board-follow");
      await page.waitForSelector(".job-board-follow.--followed");
      // The resting state, not the pressed button under the pointer.
      await page.mouse.move(0, 0);
      await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    }
    await page.waitForLoadState("networkidle");
    await page.screenshot({ path: `${values.out}/${shot.file}` });
    await context.close();
    process.stdout.write(`${values.out}/${shot.file}\n`);
  }
} finally {
  await browser.close();
  server.close();
}
