# frozen_string_literal: true

module DiscourseJobBoard
  # The pay fields' rules (pay_min, pay_max: whole euros; pay_period: year,
  # month or day), the same as the TypeScript validate-pay.ts and checked
  # against the same table (test/fixtures/posting-validation-cases.json).
  # Either end may be left out, but an amount needs its period and a period
  # an amount; each period has bounds no real posting reaches (a day rate of
  # 50 000 € is a wrong period or a slipped zero), an error since a wrong
  # figure would mislead applicants and search engines. Plain Ruby.
  module PayRules
    PERIODS = %w[year month day].freeze
    # Far above any pay, and within PostgreSQL's integer column.
    MAX_AMOUNT = 10_000_000
    BOUNDS = { "year" => [1_000, 500_000], "month" => [100, 50_000], "day" => [10, 5_000] }.freeze

    # JSON's true is no number; Ruby's Integer excludes it, and 450.5 too.
    def self.amount?(value)
      value.is_a?(Integer) && value.positive? && value <= MAX_AMOUNT
    end

    def self.plausible?(amount, period)
      low, high = BOUNDS.fetch(period)
      amount.between?(low, high)
    end

    # Calls report(field, code, **params) for each broken rule of posting (a Hash
    # of wire fields with string keys).
    def self.check(posting, report)
      amounts = %w[pay_min pay_max].reject { |field| posting[field].nil? }
      amounts.each do |field|
        unless amount?(posting[field])
          report.call(field, "invalid_pay_amount", value: posting[field].to_s)
        end
      end
      period = posting["pay_period"]
      if !period.nil? && !PERIODS.include?(period)
        report.call("pay_period", "invalid_pay_period", value: period.to_s)
      end
      report.call("pay_period", "pay_period_required") if amounts.any? && period.nil?
      report.call("pay_min", "pay_amount_required") if amounts.empty? && !period.nil?
      min, max = posting.values_at("pay_min", "pay_max")
      if amount?(min) && amount?(max) && min > max
        report.call("pay_max", "pay_min_above_max", min: min, max: max)
      end
      check_bounds(posting, amounts, period, report) if PERIODS.include?(period)
    end

    def self.check_bounds(posting, amounts, period, report)
      low, high = BOUNDS.fetch(period)
      amounts.each do |field|
        amount = posting[field]
        next if !amount?(amount) || plausible?(amount, period)
        report.call(field, "implausible_pay_#{period}", value: amount, min: low, max: high)
      end
    end
  end
end
