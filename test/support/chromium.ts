// How our Node tools start Debian's headless Chromium (the e2e checks and
// the benchmark): root-safe, and quiet on a machine without a network.
export const CHROMIUM_PATH = process.env.CHROMIUM ?? "/usr/bin/chromium";

export const HEADLESS_CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
