// A posting's pay as people of the locale read it: « 45 000 – 55 000 € brut
// par an », « TJM 500 – 650 € », « €45,000–55,000 a year ». Numbers go
// through Intl.NumberFormat (the locale's grouping: a narrow no-break space
// in French, a comma in English); the words come from the locale files
// (js.discourse_job_board.pay). Ranges are put together here rather than
// with formatRange, whose spacing differs between ICU versions (Node's and
// a browser's gave « 45 000–55 000 € » and « 45 000 – 55 000 € »). Pure.

import type { PayPeriod } from "./posting/types.ts";
import { isPayPeriod } from "./posting/validate-pay.ts";
import { labelLanguage } from "./posting-display.ts";

export interface PayFields {
  pay_min?: number | null;
  pay_max?: number | null;
  pay_period?: PayPeriod | null;
}

type Translate = (
  key: string,
  params?: Record<string, string | number>
) => string;

const SCOPE = "discourse_job_board.pay";

interface PayFormat {
  number: Intl.NumberFormat;
  /** Where the euro sign goes, with what separates it from the number. */
  prefix: string;
  suffix: string;
  dash: string;
}

// One per locale: creating a NumberFormat costs tens of microseconds, and a
// board formats pay on every row it renders.
const FORMATS = new Map<string, PayFormat>();

function payFormat(locale: string): PayFormat {
  let format = FORMATS.get(locale);
  if (!format) {
    const tag = locale.replace("_", "-");
    const parts = new Intl.NumberFormat(tag, {
      style: "currency",
      currency: "EUR",
      maximumFractionDigits: 0,
    }).formatToParts(1);
    const at = parts.findIndex((part) => part.type === "currency");
    const number = parts.findIndex((part) => part.type === "integer");
    const around =
      at < number ? parts.slice(0, number) : parts.slice(number + 1);
    const sign = around.map((part) => part.value).join("");
    format = {
      number: new Intl.NumberFormat(tag, { maximumFractionDigits: 0 }),
      prefix: at < number ? sign : "",
      suffix: at < number ? "" : sign,
      // French spaces its dash between spaced numbers; English does not.
      dash: labelLanguage(locale) === "fr" ? "\u00a0– " : "–",
    };
    FORMATS.set(locale, format);
  }
  return format;
}

/** « 45 000 € », « 45 000 – 55 000 € », « €45,000–55,000 »; null without an amount. */
export function payAmountText(
  min: number | null | undefined,
  max: number | null | undefined,
  locale: string
): string | null {
  const amounts = [min, max].filter(
    (amount): amount is number => typeof amount === "number"
  );
  if (amounts.length === 0) {
    return null;
  }
  const { number, prefix, suffix, dash } = payFormat(locale);
  const text =
    amounts.length === 2 && amounts[0] !== amounts[1]
      ? `${number.format(amounts[0])}${dash}${number.format(amounts[1])}`
      : number.format(amounts[0]);
  return `${prefix}${text}${suffix}`;
}

/** The shape of a pay: one amount, a range, or one end of it. */
export function payShape(
  pay: PayFields
): "exact" | "range" | "from" | "up_to" | null {
  const hasMin = typeof pay.pay_min === "number";
  const hasMax = typeof pay.pay_max === "number";
  if (hasMin && hasMax) {
    return pay.pay_min === pay.pay_max ? "exact" : "range";
  }
  return hasMin ? "from" : hasMax ? "up_to" : null;
}

/**
 * The whole pay line: « 45 000 – 55 000 € brut par an », « TJM 500 € »,
 * « À partir de 45 000 € brut par an »; null when the posting states none
 * (or, as a stored posting never is, gives amounts without a period).
 */
export function payText(
  pay: PayFields,
  locale: string,
  translate: Translate
): string | null {
  const shape = payShape(pay);
  const amount = payAmountText(pay.pay_min, pay.pay_max, locale);
  // A period outside the three codes (a drifted or hostile value) shows nothing.
  if (!shape || !amount || !isPayPeriod(pay.pay_period)) {
    return null;
  }
  const shaped = translate(`${SCOPE}.shapes.${shape}`, { amount });
  const text = translate(`${SCOPE}.periods.${pay.pay_period}`, {
    pay: shaped,
  });
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * What a number input holds, as an amount: nothing typed is none; anything
 * else is kept as typed (a 45.5 the validator then names), never dropped.
 */
export function payAmountValue(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === "") {
    return null;
  }
  const amount = Number(trimmed);
  return Number.isFinite(amount) ? amount : null;
}
