// How well the parser finds a posting's place and remote work: every bundled
// sample (test/fixtures/postings/) parsed as the importer and the Markdown
// import parse it, compared with the place and remote work labelled by hand
// in test/fixtures/posting-expectations.json. Used by
// test/node/place-accuracy-test.ts and, to list each miss,
// `npx tsx script/place-accuracy.ts`.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { parse } from "../../assets/javascripts/discourse/lib/posting/index.ts";

const ROOT = new URL("../fixtures/postings/", import.meta.url);

interface Labelled {
  place: string | null;
  remote: string | null;
}

export interface SampleReading {
  file: string;
  expected: Labelled;
  found: Labelled;
}

export interface FieldScore {
  /** Samples whose value (null included) is the hand label. */
  correct: number;
  total: number;
  /** Of the values found (not null), how many are right. */
  precision: number;
  /** Of the values labelled (not null), how many were found right. */
  recall: number;
  /** Values found where the label says another value (not null). */
  wrong: number;
}

export function readSamples(): SampleReading[] {
  const labels = JSON.parse(
    readFileSync(
      new URL("../fixtures/posting-expectations.json", import.meta.url),
      "utf8"
    )
  ) as { postings: Record<string, Labelled> };
  const files = readdirSync(ROOT)
    .filter((dir) => statSync(new URL(dir, ROOT)).isDirectory())
    .flatMap((dir) =>
      readdirSync(new URL(`${dir}/`, ROOT)).map((file) => `${dir}/${file}`)
    )
    .sort();
  return files.map((file) => {
    const result = parse(readFileSync(new URL(file, ROOT), "utf8"), {
      fileName: file,
    });
    const { place, remote } = labels.postings[file];
    return {
      file,
      expected: { place, remote },
      found: result.ok
        ? { place: result.posting.place, remote: result.posting.remote }
        : { place: null, remote: null },
    };
  });
}

const ratio = (part: number, whole: number) =>
  whole === 0 ? 1 : Math.round((part / whole) * 1000) / 1000;

export function score(
  readings: SampleReading[],
  field: keyof Labelled
): FieldScore {
  const correct = readings.filter(
    (r) => r.found[field] === r.expected[field]
  ).length;
  const found = readings.filter((r) => r.found[field] !== null);
  const labelled = readings.filter((r) => r.expected[field] !== null);
  const foundRight = found.filter((r) => r.found[field] === r.expected[field]);
  return {
    correct,
    total: readings.length,
    precision: ratio(foundRight.length, found.length),
    recall: ratio(
      labelled.filter((r) => r.found[field] === r.expected[field]).length,
      labelled.length
    ),
    wrong: found.length - foundRight.length,
  };
}

export function summaryLine(readings: SampleReading[]): string {
  return (["place", "remote"] as const)
    .map((field) => {
      const s = score(readings, field);
      return `${field}: ${s.correct}/${s.total} right (precision ${s.precision}, recall ${s.recall}, ${s.wrong} wrong)`;
    })
    .join("; ");
}
