# frozen_string_literal: true

require_relative "support"

# What an open posting lacks, for the publishers' list (issue 13, point 3):
# the same gaps the composer warns about (lib/posting-attention.ts).
RSpec.describe DiscourseJobBoard::Attention do
  let(:complete) do
    { "apply_url" => "https://example.org/offres/42", "contact" => nil, "closes_at" => "2026-12-15" }
  end

  it "finds nothing to complete when there is a way to apply and a closing date" do
    expect(described_class.reasons(complete)).to eq([])
    expect(
      described_class.reasons(complete.merge("apply_url" => nil, "contact" => "rh@anct.gouv.fr")),
    ).to eq([])
  end

  it "names a posting with neither an apply link nor a contact" do
    fields = complete.merge("apply_url" => nil, "contact" => nil)
    expect(described_class.reasons(fields)).to eq(%w[no_way_to_apply])
  end

  it "does not count a link or contact the card would not offer" do
    fields = complete.merge("apply_url" => "javascript:alert(1)", "contact" => "Camille")
    expect(described_class.reasons(fields)).to eq(%w[no_way_to_apply])
  end

  it "names a posting without a closing date, or with one that is not a day" do
    expect(described_class.reasons(complete.merge("closes_at" => nil))).to eq(%w[no_closing_date])
    expect(described_class.reasons(complete.merge("closes_at" => "2026-02-30"))).to eq(
      %w[no_closing_date],
    )
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
