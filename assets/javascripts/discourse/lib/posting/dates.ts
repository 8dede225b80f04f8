// Dates arrive as YAML timestamps (Date), ISO strings, timestamps taken at
// midnight in Paris and stored in UTC (2022-02-22T23:00:00.000Z is the 23rd),
// JavaScript Date.toString() dumps and French dd/mm/yyyy. A timestamp means
// its calendar day in Europe/Paris.

import { isIsoDay, todayInParis } from "../posting-status.ts";

export type DateReading =
  | { kind: "day"; day: string }
  /** Only year and month were readable: the first of the month is assumed. */
  | { kind: "incomplete"; day: string }
  | { kind: "invalid" };

const ISO_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const ISO_TIMESTAMP =
  /^\d{4}-\d{1,2}-\d{1,2}(?:[Tt]|\s+)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[Zz]|[+-]\d{2}(?::?\d{2})?)?$/;
const FRENCH_DAY = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/;
const DATE_TO_STRING =
  /^(?:[A-Za-z]{3}\s+)?([A-Za-z]{3})\s+(\d{1,2})\s+(\d{4})\s+(\d{2}):(\d{2}):(\d{2})\s+GMT([+-])(\d{2}):?(\d{2})/;
const YEAR_MONTH = /^(\d{4})-(\d{1,2})(?:-|-?T|$)/;
const MONTHS = [
  "jan",
  "feb",
  "mar",
  "apr",
  "may",
  "jun",
  "jul",
  "aug",
  "sep",
  "oct",
  "nov",
  "dec",
];

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function day(year: number, month: number, date: number): string | null {
  const text = `${String(year).padStart(4, "0")}-${pad(month)}-${pad(date)}`;
  return isIsoDay(text) ? text : null;
}

function parisDay(time: number): string | null {
  if (!Number.isFinite(time) || Math.abs(time) > 8.64e15) {
    return null;
  }
  const text = todayInParis(new Date(time));
  return isIsoDay(text) ? text : null;
}

function readString(text: string): DateReading {
  const iso = ISO_DAY.exec(text);
  if (iso) {
    const result = day(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return result ? { kind: "day", day: result } : { kind: "invalid" };
  }
  if (ISO_TIMESTAMP.test(text)) {
    const normalised = text.replace(/\s+/, "T").replace(/\s+/g, "");
    const result = parisDay(Date.parse(normalised));
    return result ? { kind: "day", day: result } : { kind: "invalid" };
  }
  const french = FRENCH_DAY.exec(text);
  if (french) {
    const result = day(Number(french[3]), Number(french[2]), Number(french[1]));
    return result ? { kind: "day", day: result } : { kind: "invalid" };
  }
  const dump = DATE_TO_STRING.exec(text);
  if (dump) {
    return readDateDump(dump);
  }
  const partial = YEAR_MONTH.exec(text);
  if (partial) {
    const result = day(Number(partial[1]), Number(partial[2]), 1);
    return result ? { kind: "incomplete", day: result } : { kind: "invalid" };
  }
  return { kind: "invalid" };
}

function readDateDump(match: RegExpExecArray): DateReading {
  const month = MONTHS.indexOf(match[1].toLowerCase());
  if (month < 0) {
    return { kind: "invalid" };
  }
  const [date, year, hours, minutes, seconds] = [2, 3, 4, 5, 6].map((i) =>
    Number(match[i])
  );
  if (day(year, month + 1, date) === null) {
    return { kind: "invalid" };
  }
  const sign = match[7] === "-" ? -1 : 1;
  const offset = sign * (Number(match[8]) * 60 + Number(match[9]));
  const time =
    Date.UTC(year, month, date, hours, minutes, seconds) - offset * 60_000;
  const result = parisDay(time);
  return result ? { kind: "day", day: result } : { kind: "invalid" };
}

/** Reads any date value the files hold; never throws. */
export function readDate(value: unknown): DateReading {
  if (value instanceof Date) {
    const result = parisDay(value.getTime());
    return result ? { kind: "day", day: result } : { kind: "invalid" };
  }
  if (typeof value === "string") {
    const text = value.trim();
    return text.length > 100 ? { kind: "invalid" } : readString(text);
  }
  return { kind: "invalid" };
}
