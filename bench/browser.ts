// render and filter: builds the benchmark page (bench/vite.config.mjs, the
// sandbox's build with its own entry), serves it on 127.0.0.1 and runs each
// benchmark in a fresh page of Debian's headless Chromium.
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium, type Page } from "playwright-core";
import { build } from "vite";
import {
  CHROMIUM_PATH,
  HEADLESS_CHROMIUM_ARGS,
} from "../test/support/chromium.ts";
import { serveFolder } from "./lib/static-server.ts";
import type {
  BenchPage,
  FilterFigures,
  RenderFigures,
} from "./page/figures.ts";
import type { Collection } from "./page/timing.ts";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const OUT_DIR = here("../tmp/bench-production/");
const TIMEOUT_MS = 60_000;

export const RENDER_ROWS = 1_000;
const RENDER_ROUNDS = 25;
export const FILTER_POSTINGS = 1_000;
const FILTER_CHANGES = 60;

export const CHROMIUM_ARGS = [
  ...HEADLESS_CHROMIUM_ARGS,
  "--window-size=1280,900",
  // A GC between timed rounds (see page/timing.ts).
  "--js-flags=--expose-gc",
  // Frames as soon as there is something to paint, not on a 60 Hz beat, so
  // that "until painted" does not include waiting for the next beat.
  "--disable-frame-rate-limit",
  "--disable-gpu-vsync",
];

export interface BrowserFigures {
  render?: RenderFigures;
  /** With a minor GC before each change, as between two clicks. */
  filter?: FilterFigures;
  /** With a full GC right before each change: what a change costs then. */
  filterAfterFullGc?: FilterFigures;
}

/** Which of the two in-browser benchmarks to run. */
export interface BrowserSelection {
  render: boolean;
  filter: boolean;
}

async function buildPage(): Promise<void> {
  await build({
    configFile: here("./vite.config.mjs"),
    mode: "production",
    // The demo's data module imports the parser that the import component
    // loads lazily; Vite's note about it is expected here.
    logLevel: "error",
  });
}

// Each measure in a browser of its own: pages of one browser share a
// renderer process, and what one page left in it (compiled code, caches,
// garbage) changed the next page's figures by several milliseconds.
async function inFreshBrowser<T>(
  url: string,
  run: (page: Page) => Promise<T>
): Promise<T> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    timeout: TIMEOUT_MS,
  });
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  page.setDefaultTimeout(TIMEOUT_MS);
  try {
    await page.goto(url);
    await page.waitForFunction(() => window.jobBoardBench !== undefined);
    // Playwright bounds navigation and waits, not evaluate(): a benchmark
    // stuck in the page must still end the run.
    const result = await Promise.race([
      run(page),
      new Promise<never>((_, reject) =>
        setTimeout(
          () =>
            reject(
              new Error(`benchmark page still busy after ${TIMEOUT_MS} ms`)
            ),
          TIMEOUT_MS
        ).unref()
      ),
    ]);
    if (errors.length > 0) {
      throw new Error(`errors in the benchmark page: ${errors.join("; ")}`);
    }
    return result;
  } finally {
    await browser.close();
  }
}

/** The built benchmark page, served; for bench/profile.ts. */
export async function benchPageUrl() {
  await buildPage();
  return serveFolder(OUT_DIR);
}

export async function closeBenchPage(server: { close: () => Promise<void> }) {
  await server.close();
}

export async function benchBrowser(
  selection: BrowserSelection = { render: true, filter: true }
): Promise<BrowserFigures> {
  if (!selection.render && !selection.filter) {
    return {};
  }
  await buildPage();
  const server = await serveFolder(OUT_DIR);
  try {
    // The callbacks run in the page: they may use nothing from this module.
    const render = selection.render
      ? await inFreshBrowser(server.url, (page) =>
          page.evaluate(
            (options) => (window.jobBoardBench as BenchPage).render(options),
            { rows: RENDER_ROWS, rounds: RENDER_ROUNDS }
          )
        )
      : undefined;
    const filterWith = (collection: Collection) =>
      inFreshBrowser(server.url, (page) =>
        page.evaluate(
          (options) => (window.jobBoardBench as BenchPage).filter(options),
          {
            postings: FILTER_POSTINGS,
            changes: FILTER_CHANGES,
            collection,
          }
        )
      );
    const filter = selection.filter ? await filterWith("minor") : undefined;
    const filterAfterFullGc = selection.filter
      ? await filterWith("major")
      : undefined;
    return { render, filter, filterAfterFullGc };
  } finally {
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { render, filter } = await benchBrowser();
  console.log(render, filter);
}
