# frozen_string_literal: true

require_relative "support"

# What PostRevisor is handed of an edit's job_* keys (issue 10, point 3): core
# counts any tracked key present as a change, so unchanged keys are dropped,
# and a topic leaving the board takes none.
RSpec.describe DiscourseJobBoard::RevisionTracking, ".effective_fields" do
  board_id = 7
  elsewhere_id = 9
  # Only what effective_fields reads of a topic.
  let(:topic) do
    Struct.new(:category_id, :custom_fields).new(
      board_id,
      { "job_role" => "coach", "job_contracts" => %w[freelance], "job_junior" => false },
    )
  end

  before do
    allow(DiscourseJobBoard::Config).to receive(:board_category?) do |id|
      id.to_i == board_id
    end
  end

  def effective(fields)
    described_class.effective_fields(topic, fields)
  end

  it "drops the keys the composer repeats unchanged and keeps the others" do
    fields = {
      title: "Coach en mesure d'impact",
      job_role: "coach",
      job_contracts: "freelance",
      job_junior: "false",
      job_team: "",
      job_location: "Lyon",
    }
    expect(effective(fields)).to eq(title: "Coach en mesure d'impact", job_location: "Lyon")
  end

  it "leaves an edit without posting fields as it is" do
    fields = { "raw" => "Nouvelle description", "edit_reason" => nil }
    expect(effective(fields)).to equal(fields)
  end

  it "drops every posting field when the topic leaves the board, changed or not" do
    fields = { "category_id" => elsewhere_id.to_s, "job_role" => "data", "job_junior" => "false" }
    expect(effective(fields)).to eq("category_id" => elsewhere_id.to_s)
  end

  it "keeps changed fields when the topic moves within the board or stays" do
    expect(effective("category_id" => board_id, "job_role" => "data")).to eq(
      "category_id" => board_id,
      "job_role" => "data",
    )
  end
end
