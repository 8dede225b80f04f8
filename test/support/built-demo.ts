// The demo as `npm start` builds it (tmp/sandbox-development), for the tools
// that drive it in Chromium: the e2e checks and the README's screenshots.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const repo = fileURLToPath(new URL("../../", import.meta.url));

/** The built demo's folder, built first unless `reuse` and already there. */
export function builtDemo(reuse: boolean): string {
  const built = `${repo}tmp/sandbox-development`;
  if (!reuse || !existsSync(`${built}/index.html`)) {
    execFileSync(
      "npx",
      [
        "vite",
        "build",
        "--config",
        "sandbox/vite.config.mjs",
        "--mode",
        "development",
        "--logLevel",
        "error",
      ],
      {
        cwd: repo,
        stdio: "inherit",
        env: { ...process.env, NODE_ENV: "development" },
      }
    );
  }
  return built;
}
