# frozen_string_literal: true

require "json"
require_relative "support"

# What an open posting lacks, for the publishers' list (issue 13, point 3):
# the same gaps the composer warns about (lib/posting-attention.ts).
RSpec.describe DiscourseJobBoard::Attention do
  cases_path = File.expand_path("../../test/fixtures/attention-cases.json", __dir__)
  JSON.parse(File.read(cases_path))["cases"].each do |example|
    it "shared case: #{example["name"]}" do
      expect(described_class.reasons(example["input"])).to eq(example["expected"])
    end
  end

  let(:complete) do
    { "apply_url" => "https://example.org/offres/42", "contact" => nil, "closes_at" => "2026-12-15" }
  end

  it "lists only postings people can still apply to" do
    lacking = complete.merge("apply_url" => nil, "closes_at" => nil)
    expect(described_class.entry(lacking, state: "open")).to eq(%w[no_way_to_apply no_closing_date])
    %w[filled closed expired].each do |state|
      expect(described_class.entry(lacking, state: state)).to be_nil
    end
    expect(described_class.entry(complete, state: "open")).to be_nil
  end
end
