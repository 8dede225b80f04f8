# frozen_string_literal: true

require "yaml"
require_relative "support"

RSpec.describe DiscourseJobBoard::Vocabulary do
  settings_path = File.expand_path("../../config/settings.yml", __dir__)
  settings = YAML.load_file(settings_path).fetch("discourse_job_board")

  it "ships the settings' defaults" do
    expect(settings.dig("job_board_roles", "default")).to eq(described_class::DEFAULT_ROLES)
    expect(settings.dig("job_board_contracts", "default")).to eq(described_class::DEFAULT_CONTRACTS)
  end

  it "has DESIGN.md's roles and contracts by default" do
    vocabulary = described_class.default
    expect(vocabulary.role_codes).to eq(
      %w[developpement devops data design produit deploiement coach projet support communication
autre],
    )
    expect(vocabulary.contract_codes).to eq(
      %w[cdi cdd fonctionnaire freelance prestation stage alternance service_civique],
    )
    expect(vocabulary.role("projet").fr).to eq("Chargé·e de projets")
  end

  it "gives schema.org employment types without duplicates" do
    expect(described_class.default.employment_types(%w[freelance prestation cdd unknown])).to eq(
      %w[CONTRACTOR TEMPORARY],
    )
  end

  describe ".problems" do
    it "accepts the defaults" do
      expect(described_class.problems(described_class::DEFAULT_ROLES, :roles)).to be_empty
      expect(described_class.problems(described_class::DEFAULT_CONTRACTS, :contracts)).to be_empty
    end

    {
      "" => "empty",
      "autre;Autre" => "roles_item_shape",
      "autre;Autre;Other|Coach;Coach;Coach" => "invalid_code",
      "autre;Autre;Other|autre;Autre;Other" => "duplicate_code",
      "autre;;Other" => "invalid_label",
      "coach;Coach;Coach" => "missing_fallback_role",
    }.each do |value, code|
      it "names #{code} in roles #{value.inspect}" do
        expect(described_class.problems(value, :roles).map(&:code)).to include(code)
      end
    end

    it "checks contracts' employment types" do
      problems = described_class.problems("cdi;CDI;Permanent;FULLTIME", :contracts)
      expect(problems.map(&:to_h)).to eq(
        [{ code: "invalid_employment_type", item: 1, value: "FULLTIME" }],
      )
    end
  end

  it "falls back to the defaults when a setting is unusable" do
    vocabulary = described_class.from_settings("broken", "cdi;CDI;Permanent;FULL_TIME")
    expect(vocabulary.role_codes).to eq(described_class.default.role_codes)
    expect(vocabulary.contract_codes).to eq(%w[cdi])
  end
end
