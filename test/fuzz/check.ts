// What every file must give, however broken: parse never throws, and returns
// either a posting of the declared shape (which validate() then judges
// without throwing) or errors, each with a line inside the file.
import {
  parse,
  type Posting,
  REMOTE_MODES,
  validate,
} from "../../assets/javascripts/discourse/lib/posting/index.ts";
import { isPlaceCode } from "../../assets/javascripts/discourse/lib/posting/places.ts";
import {
  isPayAmount,
  isPayPeriod,
} from "../../assets/javascripts/discourse/lib/posting/validate-pay.ts";
import {
  isIsoDay,
  POSTING_STATUSES,
} from "../../assets/javascripts/discourse/lib/posting-status.ts";

/**
 * One call of parse + validate slower than this counts as a hang. Far above
 * the slowest real call (about 0.8 s, a 1 MB file, on a loaded 2-core
 * machine) so that load never fails the run: speed is the benchmark's job.
 */
export const SLOW_CALL_MS = 5000;

const isText = (value: unknown) => typeof value === "string";
const isTextOrNull = (value: unknown) => value === null || isText(value);

/** The fields whose shape is wrong, by name. */
function badFields(posting: Posting): Array<keyof Posting> {
  const checks: Record<keyof Posting, (value: unknown) => boolean> = {
    title: (value) => isText(value) && (value as string).trim() !== "",
    body: isText,
    role: isText,
    contracts: (value) => Array.isArray(value) && value.every(isText),
    team: isTextOrNull,
    location: isTextOrNull,
    place: (value) => value === null || isPlaceCode(value),
    remote: (value) =>
      value === null || (REMOTE_MODES as readonly unknown[]).includes(value),
    opens_at: (value) => value === null || isIsoDay(value),
    closes_at: (value) => value === null || isIsoDay(value),
    status: (value) => (POSTING_STATUSES as readonly unknown[]).includes(value),
    contact: isTextOrNull,
    apply_url: isTextOrNull,
    junior: (value) => typeof value === "boolean",
    pay_min: (value) => value === null || isPayAmount(value),
    pay_max: (value) => value === null || isPayAmount(value),
    pay_period: (value) => value === null || isPayPeriod(value),
  };
  return (Object.keys(checks) as Array<keyof Posting>).filter(
    (field) => !checks[field](posting[field])
  );
}

function lineCount(input: string | Uint8Array): number {
  const text =
    typeof input === "string" ? input : new TextDecoder("utf-8").decode(input);
  return text.replace(/\r\n?/g, "\n").split("\n").length;
}

const outside = (line: unknown, lines: number) =>
  !Number.isInteger(line) || (line as number) < 1 || (line as number) > lines;

/** The problem with one file's outcome, or null when all is well. */
function judge(input: string | Uint8Array): string | null {
  const result = parse(input);
  const lines = lineCount(input);
  if (!result.ok) {
    if (result.errors.length === 0) {
      return "a failure without errors";
    }
    const unlocated = result.errors.find(
      (error) => outside(error.line, lines) || !isText(error.code)
    );
    if (unlocated) {
      return `an error outside the file's ${lines} lines: ${JSON.stringify(unlocated)}`;
    }
    const internal = result.errors.find(
      (error) => error.code === "internal_error"
    );
    return internal ? `parse caught its own crash: ${internal.message}` : null;
  }
  const bad = badFields(result.posting);
  if (bad.length > 0) {
    return `a posting with malformed ${bad.join(", ")}: ${JSON.stringify(
      Object.fromEntries(bad.map((field) => [field, result.posting[field]]))
    ).slice(0, 300)}`;
  }
  const warning = result.warnings.find(
    (issue) =>
      issue.line !== undefined &&
      issue.line !== null &&
      outside(issue.line, lines)
  );
  if (warning) {
    return `a warning outside the file's ${lines} lines: ${JSON.stringify(warning)}`;
  }
  const validation = validate(result.posting);
  if (validation.valid !== (validation.errors.length === 0)) {
    return "validate() says valid with errors, or invalid without";
  }
  return null;
}

export interface Verdict {
  problem: string | null;
  ms: number;
}

/** Judges one file and times it; a throw is a problem, not a crash of the run. */
export function checkFile(input: string | Uint8Array): Verdict {
  const start = performance.now();
  let problem: string | null;
  try {
    problem = judge(input);
  } catch (caught) {
    problem = `threw ${caught instanceof Error ? caught.stack : String(caught)}`;
  }
  const ms = performance.now() - start;
  if (problem === null && ms > SLOW_CALL_MS) {
    problem = `took ${Math.round(ms)} ms (limit ${SLOW_CALL_MS} ms)`;
  }
  return { problem, ms };
}
