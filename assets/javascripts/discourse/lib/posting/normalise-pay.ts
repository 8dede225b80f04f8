// Pay: the front matter's pay_min / pay_max / pay_period when any is there
// (serialise() writes all three, null included, so a file it wrote is never
// guessed again), else its one-line `pay` or `tjm`, else the first body line
// that states it. A guess from the body is a warning: the moderator checks
// it before publishing.

import {
  type FieldEntry,
  type NormaliseContext,
  texts,
  valueIssue,
} from "./normalise-entries.ts";
import {
  guessPay,
  payFromLine,
  readPayAmount,
  readPayPeriod,
} from "./pay-text.ts";
import type { PayPeriod, PostingField } from "./types.ts";

export interface PayFields {
  pay_min: number | null;
  pay_max: number | null;
  pay_period: PayPeriod | null;
}

const NO_PAY: PayFields = { pay_min: null, pay_max: null, pay_period: null };

const stated = (entries: FieldEntry[] | undefined) =>
  entries?.find((entry) => entry.value !== null && entry.value !== undefined);

function fromFields(context: NormaliseContext): PayFields {
  const { entries, warnings } = context;
  const pay = { ...NO_PAY };
  for (const field of ["pay_min", "pay_max"] as const) {
    const entry = stated(entries[field]);
    if (entry) {
      pay[field] = readPayAmount(entry.value);
      if (pay[field] === null) {
        warnings.push(valueIssue("invalid_pay_amount", field, entry));
      }
    }
  }
  const entry = stated(entries.pay_period);
  if (entry) {
    pay.pay_period = readPayPeriod(entry.value);
    if (pay.pay_period === null) {
      warnings.push(valueIssue("invalid_pay_period", "pay_period", entry));
    }
  }
  return pay;
}

/** `pay: 45-55 k€ brut annuel`, `tjm: 500`. */
function fromText(context: NormaliseContext): PayFields | null {
  const { entries, warnings } = context;
  const rate = texts(entries.tjm)[0];
  const entry = rate ?? texts(entries.pay)[0];
  if (!entry) {
    return null;
  }
  const isRate = entry === rate;
  const reading = payFromLine(isRate ? `TJM ${entry.text} €` : entry.text);
  if (reading) {
    return {
      pay_min: reading.min,
      pay_max: reading.max,
      pay_period: reading.period,
    };
  }
  // « selon profil » states no amount, and that is no mistake.
  if (/\d/.test(entry.text)) {
    warnings.push({
      code: "pay_not_recognised",
      field: "pay_min",
      line: entry.line,
      params: { value: entry.text.slice(0, 200) },
    });
  }
  return NO_PAY;
}

export function payOf(context: NormaliseContext): PayFields {
  const { entries, body, bodyLine, warnings } = context;
  if (entries.pay_min || entries.pay_max || entries.pay_period) {
    return fromFields(context);
  }
  const text = fromText(context);
  if (text) {
    return text;
  }
  const guess = guessPay(context.bodyLines());
  if (!guess) {
    return NO_PAY;
  }
  const line = body.split("\n")[guess.line]?.trim().slice(0, 200) ?? "";
  for (const field of ["pay_min", "pay_max", "pay_period"] as PostingField[]) {
    context.guessed(field, line, guess.line);
  }
  warnings.push({
    code: "pay_from_body",
    field: "pay_min",
    line: bodyLine + guess.line,
    params: { value: line },
  });
  return { pay_min: guess.min, pay_max: guess.max, pay_period: guess.period };
}
