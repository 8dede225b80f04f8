# frozen_string_literal: true

require_relative "support"

RSpec.describe DiscourseJobBoard::PostingParams do
  describe ".coerce" do
    it "reads form strings from topic_custom_fields into JSON types" do
      expect(
        described_class.coerce(
          "job_role" => " coach ",
          "job_contracts" => "cdd, freelance",
          "job_junior" => "true",
          "job_team" => "",
        ),
      ).to eq("role" => "coach", "contracts" => %w[cdd freelance], "junior" => true, "team" => nil)
    end

    it "reads a list sent as JSON text" do
      expect(described_class.coerce("contracts" => '["cdi","stage"]')).to eq(
        "contracts" => %w[cdi stage],
      )
    end

    it "leaves values it cannot read for the validator to refuse" do
      expect(described_class.coerce("junior" => "peut-être", "contracts" => 3)).to eq(
        "junior" => "peut-être",
        "contracts" => 3,
      )
    end

    it "refuses keys that are not posting fields" do
      expect { described_class.coerce("job_salary" => "1") }.to raise_error(
        described_class::UnknownField,
        /job_salary/,
      )
    end
  end

  it "stores a posting as custom fields, clearing empty ones" do
    expect(described_class.to_custom_fields("role" => "coach", "contracts" => [],
                                            "team" => nil)).to eq(
      "job_role" => "coach",
      "job_contracts" => nil,
      "job_team" => nil,
    )
  end

  it "reads stored custom fields back, old comma-joined lists included" do
    fields = described_class.from_custom_fields("job_role" => "data", "job_contracts" => "cdi,cdd")
    expect(fields).to include("role" => "data", "contracts" => %w[cdi cdd], "junior" => false)
    expect(fields.keys).to eq(DiscourseJobBoard::Fields::NAMES)
  end
end

RSpec.describe DiscourseJobBoard::PostingParams, ".changed_keys" do
  let(:current) do
    DiscourseJobBoard::PostingParams.from_custom_fields(
      "job_role" => "coach",
      "job_contracts" => %w[freelance cdd],
      "job_junior" => false,
    )
  end

  it "drops the keys whose typed value is the posting's own, as the composer sends them" do
    raw = {
      "job_role" => "coach",
      "job_contracts" => "freelance,cdd",
      "job_junior" => "false",
      "job_team" => "",
      "job_closes_at" => "2099-12-31",
    }
    expect(described_class.changed_keys(raw, current)).to eq(["job_closes_at"])
  end

  it "keeps a change of order, of type or of value, and keys that are not fields" do
    raw = { "contracts" => %w[cdd freelance], "junior" => "peut-être", "job_salary" => "1" }
    expect(described_class.changed_keys(raw, current)).to eq(%w[contracts junior job_salary])
  end
end
