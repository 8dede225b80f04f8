// parse: postings per second through parse (which normalises) and validate,
// in Node, on the samples repeated to 10,000 files, as an import run would
// read them. Target: at least 5,000 per second on this 2-core machine.
import { pathToFileURL } from "node:url";
import {
  parse,
  validate,
} from "../assets/javascripts/discourse/lib/posting/index.ts";
import { readSamples } from "./lib/samples.ts";
import { median, round } from "./lib/stats.ts";

export const PARSE_FILES = 10_000;
const ROUNDS = 3;

export interface ParseFigures {
  perSecond: number;
  roundsMs: number[];
  postings: number;
  refused: number;
}

interface Outcome {
  postings: number;
  refused: number;
}

function readAll(files: readonly { name: string; text: string }[]): Outcome {
  const outcome = { postings: 0, refused: 0 };
  for (const file of files) {
    const result = parse(file.text, { fileName: file.name });
    // A refused file still costs its parse; a posting also goes through the
    // rules it must meet before publishing, as the importer does.
    if (result.ok) {
      validate(result.posting);
      outcome.postings++;
    } else {
      outcome.refused++;
    }
  }
  return outcome;
}

export function benchParse(): ParseFigures {
  const samples = readSamples();
  const files = Array.from({ length: PARSE_FILES }, (_, index) => {
    const sample = samples[index % samples.length];
    return { name: `${index}/${sample.name}`, text: sample.text };
  });
  // One pass over the samples first, so the figure is the parser's steady
  // speed and not the JIT compiler's warm-up.
  readAll(samples);

  const roundsMs: number[] = [];
  let outcome: Outcome = { postings: 0, refused: 0 };
  for (let pass = 0; pass < ROUNDS; pass++) {
    const start = performance.now();
    outcome = readAll(files);
    roundsMs.push(performance.now() - start);
  }
  return {
    perSecond: Math.round(PARSE_FILES / (median(roundsMs) / 1000)),
    roundsMs: roundsMs.map((ms) => round(ms, 0)),
    ...outcome,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const figures = benchParse();
  console.log(
    `parse_per_s=${figures.perSecond} (${PARSE_FILES} files, rounds ${figures.roundsMs.join("/")} ms, ${figures.postings} postings, ${figures.refused} refused)`
  );
}
