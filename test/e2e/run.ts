// Accessibility of the built demo in headless Chromium: axe-core on the
// board, a posting page and the composer in French and English, on a
// desktop and a phone's width, the filters
// and the composer walked with the keyboard alone, and status badges that do
// not rely on colour.
//
//   tsx test/e2e/run.ts [--no-build]
//
// Builds the demo (tmp/sandbox-development, as `npm start` would) unless told
// to reuse it, serves it on 127.0.0.1, prints `ok`/`not ok` lines and a closing
// `e2e: N passed, N failed`; exits non-zero on any failure.
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { builtDemo } from "../support/built-demo.ts";
import { CHROMIUM_PATH, HEADLESS_CHROMIUM_ARGS } from "../support/chromium.ts";
import { checkAxe } from "./axe.ts";
import { checkBadges } from "./badges.ts";
import { walkComposer, walkFilters } from "./keyboard.ts";
import { Report } from "./report.ts";
import { serve } from "./serve.ts";

const { values } = parseArgs({
  options: { "no-build": { type: "boolean", default: false } },
});

const started = Date.now();
const report = new Report();
const { url, server } = await serve(builtDemo(values["no-build"] ?? false));
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: HEADLESS_CHROMIUM_ARGS,
});

try {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
  });
  // tsx keeps function names with a __name helper that pages lack.
  await context.addInitScript({ content: "globalThis.__name = (fn) => fn;" });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  page.on("pageerror", (error) =>
    report.fail("no error in the page", String(error))
  );
  await checkAxe(page, url, report);
  await checkBadges(page, url, report);
  await walkFilters(page, url, report);
  await walkComposer(page, url, report);

  // A phone's width, where the board has no columns and the header is
  // narrow: the same pages again.
  const phone = await browser.newContext({
    viewport: { width: 390, height: 844 },
  });
  await phone.addInitScript({ content: "globalThis.__name = (fn) => fn;" });
  const phonePage = await phone.newPage();
  phonePage.setDefaultTimeout(10_000);
  phonePage.on("pageerror", (error) =>
    report.fail("no error in the page (phone)", String(error))
  );
  await checkAxe(phonePage, url, report, "phone");
} catch (error) {
  report.fail(
    "the run itself",
    error instanceof Error ? (error.stack ?? error.message) : String(error)
  );
} finally {
  await browser.close();
  server.close();
}

process.stdout.write(
  `e2e: ran in ${((Date.now() - started) / 1000).toFixed(1)} s\n`
);
process.exitCode = report.close();
