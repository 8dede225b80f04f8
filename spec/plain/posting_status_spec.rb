# frozen_string_literal: true

require "date"
require "json"

# No Discourse needed: `rspec spec/plain` runs this alone. Inside Discourse's
# plugin CI, rails_helper has already loaded the plugin and Zeitwerk autoloads
# lib/, so the file is only required when the constant is unknown.
unless defined?(DiscourseJobBoard::PostingStatus)
  require_relative "../../lib/discourse_job_board/posting_status"
end

RSpec.describe DiscourseJobBoard::PostingStatus do
  # The table the TypeScript suite reads too, so the two rules cannot drift.
  cases_path = File.expand_path("../../test/fixtures/posting-status-cases.json", __dir__)
  cases = JSON.parse(File.read(cases_path)).fetch("cases")

  def status_of(**input)
    described_class.call(**input).to_h
  end

  describe "the shared case table" do
    it "has cases, each named once" do
      names = cases.map { |c| c.fetch("name") }
      expect(names).not_to be_empty
      expect(names.uniq).to eq(names)
    end

    cases.each do |c|
      it c.fetch("name") do
        input = c.fetch("input").transform_keys(&:to_sym)
        expected = c.fetch("expected").transform_keys(&:to_sym)
        result = described_class.call(**input)

        expect(result.to_h.merge(filters: result.filters)).to eq(expected)
      end
    end
  end

  describe "dates" do
    let(:today) { "2026-11-23" }

    it "takes a Date for closes_at as well as an ISO day" do
      expect(status_of(today: today, closes_at: Date.new(2026, 11, 30))).to eq(
        status_of(today: today, closes_at: "2026-11-30"),
      )
    end

    it "takes a Date for today as well as an ISO day" do
      expect(status_of(today: Date.new(2026, 11, 23), closes_at: "2026-11-22")).to eq(
        status_of(today: today, closes_at: "2026-11-22"),
      )
    end

    it "counts calendar days across a year's end" do
      expect(status_of(today: "2026-12-31", closes_at: "2027-01-01")[:days_left]).to eq(1)
    end

    not_days = [
      "2026-02-30",
      "2027-02-29",
      "2026-13-01",
      "31/12/2026",
      "2026-1-5",
      " 2026-12-31",
      "",
    ]
    not_days.each do |bad|
      it "treats the closing date #{bad.inspect} as none" do
        expect(status_of(today: today, status: "open", closes_at: bad)).to eq(
          state: "open",
          badge: "open",
          closing_soon: false,
          days_left: nil,
          days_to_open: nil,
          missing_closing_date: true,
        )
      end
    end

    it "treats an opening date that is not a real day as none" do
      expect(status_of(today: today, opens_at: "2026-13-01")).to include(
        state: "open",
        days_to_open: nil,
      )
    end

    it "takes a Date for opens_at as well as an ISO day" do
      expect(status_of(today: today, opens_at: Date.new(2026, 12, 1))).to eq(
        status_of(today: today, opens_at: "2026-12-01"),
      )
    end

    it "refuses a closing date that is neither a string nor a Date" do
      expect { status_of(today: today, closes_at: Time.now) }.to raise_error(
        ArgumentError,
        /ISO day string or a Date/,
      )
    end

    [nil, "", "2026-02-30", "23/11/2026", "tomorrow", 20_261_123].each do |bad|
      it "refuses today = #{bad.inspect} with a clear message" do
        expect { status_of(today: bad) }.to raise_error(
          ArgumentError,
          "today must be an ISO day (YYYY-MM-DD) or a Date, got #{bad.inspect}",
        )
      end
    end
  end

  describe "statuses" do
    it "accepts a symbol as well as a string" do
      expect(status_of(today: "2026-11-23", status: :filled)[:state]).to eq("filled")
    end

    it "treats an unknown status as no decision" do
      expect(status_of(today: "2026-11-23", status: "pourvu", closes_at: "2026-11-22")).to include(
        state: "expired",
      )
    end
  end

  describe "the result" do
    subject(:result) { described_class.call(today: "2026-11-23", closes_at: "2026-11-25") }

    it "is frozen and answers predicates" do
      expect(result).to be_frozen
      expect(result.closing_soon?).to eq(true)
      expect(result.missing_closing_date?).to eq(false)
    end

    it "only names states and badges it declares" do
      results = cases.map { |c| c.fetch("expected") }
      expect(results.map { |r| r["state"] } - described_class::STATES).to be_empty
      expect(results.map { |r| r["badge"] } - described_class::BADGES).to be_empty
    end

    it "lists a posting under a job_status value given as a symbol too" do
      expect(result.matches?(:closing_soon)).to eq(true)
      expect(result.matches?(:upcoming)).to eq(false)
    end

    it "only names filters it declares, and every filter lists some case" do
      filters = cases.flat_map { |c| c.fetch("expected").fetch("filters") }.uniq
      expect(filters.sort).to eq(described_class::FILTERS.sort)
    end

    it "calls a posting closing soon up to #{described_class::CLOSING_SOON_DAYS} days ahead" do
      expect(described_class::CLOSING_SOON_DAYS).to eq(7)
    end
  end
end
