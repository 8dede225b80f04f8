// Runs the sandbox's browser tests in Debian's headless Chromium.
const path = require("node:path");
const HEADLESS_CHROMIUM_ARGS = require("../test/support/chromium-args.cjs");

module.exports = {
  cwd: path.join(__dirname, "../tmp/sandbox-development"),
  test_page: "tests/index.html?hidepassed",
  disable_watching: true,
  launch_in_ci: ["Chromium"],
  launch_in_dev: ["Chromium"],
  browser_start_timeout: 120,
  browser_disconnect_timeout: 60,
  browser_args: {
    Chromium: [...HEADLESS_CHROMIUM_ARGS, "--window-size=1280,900"],
  },
};
