// Runs the sandbox's browser tests in Debian's headless Chromium.
const path = require("node:path");

module.exports = {
  cwd: path.join(__dirname, "../tmp/sandbox-development"),
  test_page: "tests/index.html?hidepassed",
  disable_watching: true,
  launch_in_ci: ["Chromium"],
  launch_in_dev: ["Chromium"],
  browser_start_timeout: 120,
  browser_disconnect_timeout: 60,
  browser_args: {
    Chromium: [
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
      "--window-size=1280,900",
    ],
  },
};
