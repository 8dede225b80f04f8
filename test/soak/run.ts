// The importer's soak: 200 postings through a fake Discourse failing 30 %
// of requests, by the command line killed at random and run again until it
// finishes (test/node/cli-support/soak-scenario.ts). About a minute, so it
// is not part of test:node, which runs the same scenario on fewer files.
//
//   npx tsx test/soak/run.ts
//   JOB_BOARD_SOAK_SEED=7 JOB_BOARD_SOAK_FILES=500 npx tsx test/soak/run.ts
//
// Prints each run and check, then the closing line "soak: N passed, N failed".

import {
  runSoak,
  seedFromEnvironment,
  SOAK_DEFAULTS,
} from "../node/cli-support/soak-scenario.ts";

const files = process.env.JOB_BOARD_SOAK_FILES;
const { checks, story } = await runSoak({
  ...SOAK_DEFAULTS,
  files: files && /^\d+$/.test(files) ? Number(files) : SOAK_DEFAULTS.files,
  seed: seedFromEnvironment(SOAK_DEFAULTS.seed),
});
const lines = [...story, ""];
for (const { name, ok, detail } of checks) {
  lines.push(`${ok ? "ok" : "not ok"} - ${name}`);
  if (!ok && detail) {
    lines.push(...detail.split("\n").map((line) => `    ${line}`));
  }
}
const failed = checks.filter((check) => !check.ok).length;
lines.push(`soak: ${checks.length - failed} passed, ${failed} failed`);
process.stdout.write(`${lines.join("\n")}\n`);
process.exitCode = failed > 0 || checks.length === 0 ? 1 : 0;
