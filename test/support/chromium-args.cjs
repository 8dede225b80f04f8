// The flags every tool of ours starts Debian's headless Chromium with (the
// browser tests through testem, the e2e checks and the benchmark):
// root-safe, and quiet on a machine without a network. CommonJS, so that
// sandbox/testem.cjs can require it; test/support/chromium.ts re-exports it.
module.exports = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
  "--mute-audio",
];
