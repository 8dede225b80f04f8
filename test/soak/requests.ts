// How many requests a first import of 575 files costs, and whether the
// pacer keeps it under core's rate limit (test/node/cli-support/request-count.ts
// says how the folder is made). A minute of the limiter lasts
// JOB_BOARD_RATE_WINDOW_MS (default 300 ms) so the run takes seconds.
//
//   npx tsx test/soak/requests.ts

import {
  BASELINE,
  countFirstImport,
} from "../node/cli-support/request-count.ts";

const window = process.env.JOB_BOARD_RATE_WINDOW_MS;
const count = await countFirstImport(
  window && /^\d+$/.test(window) ? Number(window) : 300
);
const allowed = Math.floor(
  ((BASELINE.requests / BASELINE.files) * count.files * 2) / 3
);
process.stdout.write(
  `${JSON.stringify(count, null, 2)}\n` +
    `first import: ${count.requests} requests for ${count.files} files ` +
    `(${(count.requests / count.files).toFixed(2)} a file; two thirds of the old ${(BASELINE.requests / BASELINE.files).toFixed(2)} a file is ${allowed}), ` +
    `${count.limited} answered 429\n`
);
process.exitCode = count.requests <= allowed && count.limited === 0 ? 0 : 1;
