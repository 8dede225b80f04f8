// Prints how well the parser finds the bundled samples' place and remote
// work against the hand labels, and each sample where it misses.
//
//   npx tsx script/place-accuracy.ts
import { readSamples, summaryLine } from "../test/support/place-accuracy.ts";

const readings = readSamples();
for (const { file, expected, found } of readings) {
  for (const field of ["place", "remote"] as const) {
    if (found[field] !== expected[field]) {
      console.log(
        `${field} ${String(found[field])} (labelled ${String(expected[field])}): ${file}`
      );
    }
  }
}
console.log(summaryLine(readings));
