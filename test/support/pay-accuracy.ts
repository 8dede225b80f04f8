// How well the parser guesses pay: every bundled sample
// (test/fixtures/postings/) parsed as the importer and the Markdown import
// parse it, compared with the pay labelled by hand in
// test/fixtures/pay-labels.json. Used by test/node/pay-accuracy-test.ts.
import { readFileSync } from "node:fs";
import { parse } from "../../assets/javascripts/discourse/lib/posting/index.ts";

const ROOT = new URL("../fixtures/postings/", import.meta.url);

export interface Pay {
  min: number | null;
  max: number | null;
  period: string | null;
}

export interface PayReading {
  file: string;
  expected: Pay | null;
  found: Pay | null;
}

export interface PayScore {
  /** Files the parser gave a pay. */
  guessed: number;
  /** Files labelled with a pay. */
  labelled: number;
  /** Guesses equal to their label: min, max and period alike. */
  correct: number;
  precision: number;
  recall: number;
}

const same = (a: Pay | null, b: Pay | null) =>
  JSON.stringify(a) === JSON.stringify(b);

export function readPaySamples(): PayReading[] {
  const labels = JSON.parse(
    readFileSync(
      new URL("../fixtures/pay-labels.json", import.meta.url),
      "utf8"
    )
  ) as { files: Record<string, { pay: Pay | null }> };
  return Object.entries(labels.files).map(([file, label]) => {
    const result = parse(readFileSync(new URL(file, ROOT), "utf8"));
    const posting = result.ok ? result.posting : null;
    const found =
      posting && (posting.pay_min !== null || posting.pay_max !== null)
        ? {
            min: posting.pay_min,
            max: posting.pay_max,
            period: posting.pay_period,
          }
        : null;
    return { file, expected: label.pay, found };
  });
}

export function scorePay(readings: PayReading[]): PayScore {
  const guessed = readings.filter((r) => r.found !== null).length;
  const labelled = readings.filter((r) => r.expected !== null).length;
  const correct = readings.filter(
    (r) => r.found !== null && same(r.found, r.expected)
  ).length;
  return {
    guessed,
    labelled,
    correct,
    precision: guessed === 0 ? 1 : correct / guessed,
    recall: labelled === 0 ? 1 : correct / labelled,
  };
}

export function payMisses(readings: PayReading[]): PayReading[] {
  return readings.filter((r) => !same(r.found, r.expected));
}
