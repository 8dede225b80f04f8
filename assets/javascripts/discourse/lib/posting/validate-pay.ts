// The pay fields' rules for validate.ts; the server applies the same ones
// (lib/discourse_job_board/pay_rules.rb), both checked against
// test/fixtures/posting-validation-cases.json.
//
// Amounts are whole euros. Either end may be left out (« à partir de »,
// « jusqu'à »), but an amount needs its period and a period an amount. Each
// period has bounds no real posting reaches: a day rate of 50 000 € or a
// yearly salary of 500 € is a wrong period or a slipped zero, and a wrong
// figure on a published posting misleads applicants and search engines, so
// it is an error, not a warning.

import { PAY_PERIODS, type PayPeriod, type Posting } from "./types.ts";
import { isAbsent, type Report, shown } from "./validate-text.ts";

/** Far above any pay, and within PostgreSQL's integer column. */
export const MAX_PAY_AMOUNT = 10_000_000;

/** The plausible amounts of each period, in euros, ends included. */
export const PAY_BOUNDS: Readonly<
  Record<PayPeriod, readonly [number, number]>
> = {
  year: [1_000, 500_000],
  month: [100, 50_000],
  day: [10, 5_000],
};

export function isPayPeriod(value: unknown): value is PayPeriod {
  return (PAY_PERIODS as readonly unknown[]).includes(value);
}

/** A positive whole number of euros, not above MAX_PAY_AMOUNT. */
export function isPayAmount(value: unknown): value is number {
  return (
    typeof value === "number" &&
    Number.isInteger(value) &&
    value > 0 &&
    value <= MAX_PAY_AMOUNT
  );
}

/** Whether an amount is plausible for a period (both already valid). */
export function isPlausiblePay(amount: number, period: PayPeriod): boolean {
  const [low, high] = PAY_BOUNDS[period];
  return amount >= low && amount <= high;
}

export function checkPay(
  report: Report,
  posting: Pick<Posting, "pay_min" | "pay_max" | "pay_period">
): void {
  const amounts = (["pay_min", "pay_max"] as const).filter(
    (field) => !isAbsent(posting[field])
  );
  for (const field of amounts) {
    if (!isPayAmount(posting[field])) {
      report(field, "invalid_pay_amount", { value: shown(posting[field]) });
    }
  }
  const period: unknown = posting.pay_period;
  if (!isAbsent(period) && !isPayPeriod(period)) {
    report("pay_period", "invalid_pay_period", { value: shown(period) });
  }
  if (amounts.length > 0 && isAbsent(period)) {
    report("pay_period", "pay_period_required");
  }
  if (amounts.length === 0 && !isAbsent(period)) {
    report("pay_min", "pay_amount_required");
  }
  const { pay_min: min, pay_max: max } = posting;
  if (isPayAmount(min) && isPayAmount(max) && min > max) {
    report("pay_max", "pay_min_above_max", { min, max });
  }
  if (isPayPeriod(period)) {
    for (const field of amounts) {
      const amount = posting[field];
      if (isPayAmount(amount) && !isPlausiblePay(amount, period)) {
        const [low, high] = PAY_BOUNDS[period];
        // One code per period, so the message can name it.
        report(field, `implausible_pay_${period}`, {
          value: amount,
          min: low,
          max: high,
        });
      }
    }
  }
}
