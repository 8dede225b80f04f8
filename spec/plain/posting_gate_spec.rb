# frozen_string_literal: true

require_relative "support"

# One gate for a new posting's fields, whether the topic is posted directly,
# would wait in the review queue, or is approved from it (issue 10, point 1).
RSpec.describe DiscourseJobBoard::PostingGate do
  let(:gate) { described_class.new }
  let(:fields) { { "job_role" => "coach", "job_contracts" => "freelance,cdd" } }

  it "lets a publisher's valid posting in a job-board category through" do
    verdict = gate.call(fields, board: true, publisher: true)
    expect(verdict.ok?).to eq(true)
  end

  it "refuses fields outside a job-board category before anything else" do
    verdict = gate.call(fields.merge("job_role" => "pilote"), board: false, publisher: false)
    expect(verdict.refusal).to eq(:not_a_board)
    expect(verdict.ok?).to eq(false)
  end

  it "refuses fields from an author who may not publish" do
    expect(gate.call(fields, board: true, publisher: false).refusal).to eq(:not_allowed)
  end

  it "refuses what the validator refuses, form strings typed first" do
    verdict =
      gate.call(
        fields.merge("job_apply_url" => "javascript:alert(1)", "job_closes_at" => "31/12/2026"),
        board: true,
        publisher: true,
      )
    expect(verdict.refusal).to be_nil
    expect(verdict.errors.map { |error| [error.field, error.code] }).to contain_exactly(
      %w[apply_url unsafe_url],
      %w[closes_at invalid_date],
    )
  end
end
