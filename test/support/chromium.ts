// How our Node tools start Debian's headless Chromium (the e2e checks and
// the benchmark), with the same flags as the browser tests (testem).
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export const CHROMIUM_PATH = process.env.CHROMIUM ?? "/usr/bin/chromium";

export const HEADLESS_CHROMIUM_ARGS =
  require("./chromium-args.cjs") as string[];
