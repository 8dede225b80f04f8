// Pay as postings write it: « 45 000 € », « 45k », « TJM entre 450€ et
// 650€ », « 45-55 k€ brut annuel », « entre 38 et 42 000 € », « compris
// entre 200 et 400 EUR HT ». Read from a front-matter value or guessed from
// one line of a body, always on fold()ed text (lower case, no accents,
// single spaces: no-break spaces included). Every pattern here is linear:
// no nested or overlapping repetitions (test/fuzz/worst-cases.ts).

import { fold } from "./text.ts";
import type { PayPeriod } from "./types.ts";
import { isPayAmount, isPayPeriod, isPlausiblePay } from "./validate-pay.ts";

export interface PayReading {
  min: number | null;
  max: number | null;
  period: PayPeriod | null;
}

/** Lines longer than this are prose, not a statement of pay. */
export const MAX_PAY_LINE = 1000;

// A number (« 45 000 », « 45.000 », « 45000 », « 45,5 »), then « k » and a
// currency, each optional. Thousands groups are taken greedily, never
// backtracked into: a digit right after a token makes it no amount.
const AMOUNT =
  /(\d{1,3}(?:[ .]\d{3})+|\d+)(?:,(\d{1,2}))? ?(k(?![a-z]))? ?(€|euros?(?![a-z])|eur(?![a-z]))?/g;
const NOT_AN_AMOUNT = /^(?:\d| ?(?:millions?|milliards?|md|m€|%|ans?\b))/;
// Between the two ends of a range: « - », « – », « à », « et », « to ».
const RANGE_JOINT = /^ ?(?:-|–|—|a|et|to|au) ?$/;
const FROM_ONLY = /(?:a partir de|des|minimum|min\.?|au moins|plus de) ?$/;
const UP_TO_ONLY = /(?:jusqu'a|maximum|max\.?|au plus) ?$/;
// Words after which a bare number is an amount (« TJM 500 »).
const AMOUNT_CUE =
  /\b(?:tjm|taux journalier|remuneration|salaire|gratification)\b/;
// What a line must hold to be read at all.
const PAY_LINE =
  /€|\beur(?:os?)?\b|\btjm\b|taux journalier|\bremuneration\b|\bsalaire\b|\bbrut\b|\bgratification\b/;

const DAY =
  /\b(?:tjm|taux journaliers?|journaliers?|par jour|jour homme)\b|\/ ?j(?:our|h)?\b/;
const MONTH = /\b(?:par mois|mensuel(?:le)?s?|brut mensuel)\b|\/ ?mois\b/;
// « k€ » after a number: « 45k€ » has no word boundary before its « k ».
const YEAR = /\b(?:par an|annuel(?:le)?s?|par annee)\b|\/ ?an\b|k ?€|k ?eur/;
/** With no word for the period, amounts this large are yearly salaries. */
const YEARLY_FROM = 12_000;

interface Token {
  value: number;
  /** Carries a currency or « k ». */
  marked: boolean;
  thousands: boolean;
  start: number;
  end: number;
}

function tokens(line: string): Token[] {
  const found: Token[] = [];
  for (const match of line.matchAll(AMOUNT)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (NOT_AN_AMOUNT.test(line.slice(end, end + 12))) {
      continue;
    }
    const whole = Number(match[1].replace(/[ .]/g, ""));
    const cents = match[2] ? Number(`0.${match[2]}`) : 0;
    const thousands = Boolean(match[3]);
    const value = thousands
      ? Math.round((whole + cents) * 1000)
      : cents === 0
        ? whole
        : NaN;
    found.push({
      value,
      marked: Boolean(match[3] || match[4]),
      thousands,
      start,
      end: match[4] ? end : start + match[0].trimEnd().length,
    });
  }
  return found;
}

function periodOf(line: string, amount: number): PayPeriod | null {
  if (DAY.test(line)) {
    return "day";
  }
  if (MONTH.test(line)) {
    return "month";
  }
  if (YEAR.test(line)) {
    return "year";
  }
  return amount >= YEARLY_FROM ? "year" : null;
}

const joined = (line: string, left: Token, right: Token) =>
  RANGE_JOINT.test(line.slice(left.end, right.start));

/** « 45-55 k€ », « entre 38 et 42 000 € »: the first end takes the second's thousands. */
function scaled(min: Token, max: Token): number {
  if (!min.thousands && max.value >= 1000 && min.value < 1000) {
    const times = min.value * 1000;
    return times <= max.value ? times : min.value;
  }
  return min.value;
}

/**
 * The pay one line states, or null. The first amount with a currency (or
 * right after « TJM », « salaire »…) is the one; a number joined to it by
 * « - », « à » or « et » makes a range.
 */
export function payFromLine(text: string): PayReading | null {
  const line = fold(text);
  if (line.length > MAX_PAY_LINE || !PAY_LINE.test(line)) {
    return null;
  }
  const found = tokens(line);
  const cue = AMOUNT_CUE.exec(line);
  const index = found.findIndex(
    (token) => token.marked || (cue !== null && token.start > cue.index)
  );
  if (index < 0) {
    return null;
  }
  let min: number | null;
  let max: number | null;
  const token = found[index];
  const before = found[index - 1];
  const after = found[index + 1];
  if (before && joined(line, before, token)) {
    [min, max] = [scaled(before, token), token.value];
  } else if (after && joined(line, token, after)) {
    [min, max] = [scaled(token, after), after.value];
  } else if (FROM_ONLY.test(line.slice(0, token.start))) {
    [min, max] = [token.value, null];
  } else if (UP_TO_ONLY.test(line.slice(0, token.start))) {
    [min, max] = [null, token.value];
  } else {
    [min, max] = [token.value, token.value];
  }
  const amounts = [min, max].filter((amount) => amount !== null);
  if (!amounts.every(isPayAmount)) {
    return null;
  }
  const period = periodOf(line, Math.max(...amounts));
  if (
    period === null ||
    !amounts.every((amount) => isPlausiblePay(amount, period)) ||
    (min !== null && max !== null && min > max)
  ) {
    return null;
  }
  return { min, max, period };
}

export interface PayGuess extends PayReading {
  /** 0-based line of the body. */
  line: number;
}

/** The first line of a body (its fold()ed lines) that states pay. */
export function guessPay(lines: readonly string[]): PayGuess | null {
  for (const [line, text] of lines.entries()) {
    if (text.length <= MAX_PAY_LINE && /\d/.test(text)) {
      const pay = payFromLine(text);
      if (pay) {
        return { ...pay, line };
      }
    }
  }
  return null;
}

/**
 * A front-matter amount: a number, or text such as « 45 000 », « 45k »,
 * « 45 000 € ». Null when it is no whole, positive number of euros.
 */
export function readPayAmount(value: unknown): number | null {
  if (typeof value === "number") {
    return isPayAmount(value) ? value : null;
  }
  if (typeof value !== "string" || value.length > 100) {
    return null;
  }
  const line = fold(value);
  const found = tokens(line);
  if (found.length !== 1 || found[0].start !== 0) {
    return null;
  }
  const rest = line.slice(found[0].end).trim();
  return rest === "" && isPayAmount(found[0].value) ? found[0].value : null;
}

const PERIOD_WORDS: ReadonlyArray<[RegExp, PayPeriod]> = [
  [/^(?:par )?(?:an|annee|annuel(?:le)?|yearly|annual|per year|year)$/, "year"],
  [/^(?:par )?(?:mois|mensuel(?:le)?|monthly|per month|month)$/, "month"],
  [/^(?:par )?(?:jour|journalier|tjm|daily|per day|day)$/, "day"],
];

/** A front-matter period: « year », « an », « mensuel », « TJM »…; null when none. */
export function readPayPeriod(value: unknown): PayPeriod | null {
  if (isPayPeriod(value)) {
    return value;
  }
  if (typeof value !== "string" || value.length > 100) {
    return null;
  }
  const word = fold(value);
  return PERIOD_WORDS.find(([pattern]) => pattern.test(word))?.[1] ?? null;
}
