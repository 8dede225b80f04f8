# frozen_string_literal: true

require "json"
require "timeout"

require_relative "support"

RSpec.describe DiscourseJobBoard::PostingValidator do
  # The table the TypeScript suite is to read too, so the two validators cannot drift.
  table_path = File.expand_path("../../test/fixtures/posting-validation-cases.json", __dir__)
  table = JSON.parse(File.read(table_path))
  cases = table.fetch("cases")

  def errors_of(job, vocabulary = DiscourseJobBoard::Vocabulary.default)
    described_class.new(vocabulary).call(job).map { |error| [error.field, error.code] }.sort
  end

  describe "the shared case table" do
    it "has at least 40 cases, each named once" do
      names = cases.map { |c| c.fetch("name") }
      expect(names.length).to be >= 40
      expect(names.uniq).to eq(names)
    end

    it "states the defaults the validator applies" do
      expect(table.fetch("defaults")).to eq(described_class::DEFAULTS)
    end

    it "covers every error code the validator reports" do
      codes = cases.flat_map { |c| c.fetch("errors").map { |e| e.fetch("code") } }.uniq.sort
      expect(codes).to eq(
        %w[
          closes_before_opens
          duplicate_contract
          implausible_pay_day
          implausible_pay_month
          implausible_pay_year
          invalid_boolean
          invalid_characters
          invalid_date
          invalid_email
          invalid_list
          invalid_pay_amount
          invalid_pay_period
          invalid_remote
          invalid_status
          invalid_text
          invalid_url
          pay_amount_required
          pay_min_above_max
          pay_period_required
          required
          too_long
          unknown_contract
          unknown_place
          unknown_role
          unsafe_url
        ],
      )
    end

    cases.each do |c|
      it c.fetch("name") do
        vocabulary =
          if c["vocabularies"]
            DiscourseJobBoard::Vocabulary.from_h(c["vocabularies"])
          else
            DiscourseJobBoard::Vocabulary.default
          end
        expected = c.fetch("errors").map { |e| [e.fetch("field"), e.fetch("code")] }.sort

        expect(errors_of(c.fetch("job"), vocabulary)).to eq(expected)
      end
    end
  end

  describe "messages' parameters" do
    it "names the value and the limits" do
      errors = described_class.new.call("role" => "x", "team" => "e" * 101)
      expect(errors.map(&:to_h)).to contain_exactly(
        { "field" => "role", "code" => "unknown_role", "params" => { "value" => "x" } },
        {
          "field" => "team",
          "code" => "too_long",
          "params" => {
            "max" => 100,
            "length" => 101,
          },
        },
      )
    end

    it "gives the scheme of an unsafe link without its spaces, in lower case" do
      error = described_class.new.call("role" => "coach", "apply_url" => " Java\tScript:x").first
      expect(error.params).to include("scheme" => "javascript")
    end

    it "gives both dates when the closing date comes first" do
      error =
        described_class.new.call(
          "role" => "coach",
          "opens_at" => "2026-12-02",
          "closes_at" => "2026-12-01",
        ).first
      expect(error.params).to eq("opens_at" => "2026-12-02", "closes_at" => "2026-12-01")
    end
  end

  describe "patterns that backtrack" do
    def link_errors(url)
      described_class.new.call("role" => "coach", "apply_url" => url)
    end

    # U+0085 is both whitespace and a control character: with the scheme's two
    # classes as alternatives, each one could double the ways to match (2^40
    # here). Ruby 3.1.2's Onigmo happens to merge them; the one class keeps the
    # pattern linear whatever the engine. A hang guard, not a speed test.
    it "reads a link of many U+0085 in one pass" do
      url = "#{"\u0085" * 40}java#{"\u0085" * 40}x"
      errors = Timeout.timeout(10) { link_errors(url) }
      expect(errors.map(&:code)).to eq(["invalid_url"])
    end

    it "reads a long host of labels in one pass" do
      url = "https://#{"a." * 100_000}a!/"
      errors = Timeout.timeout(10) { link_errors(url) }
      expect(errors.map(&:code)).to contain_exactly("too_long", "invalid_url")
    end
  end

  it "accepts symbol keys" do
    expect(described_class.new.valid?(role: "coach", contracts: ["cdi"])).to eq(true)
  end
end
