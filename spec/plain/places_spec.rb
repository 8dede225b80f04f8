# frozen_string_literal: true

require_relative "support"

RSpec.describe DiscourseJobBoard::Places do
  it "knows départements, régions and abroad by their prefixed codes" do
    expect(described_class.place?("dep-33")).to eq(true)
    expect(described_class.place?("dep-2A")).to eq(true)
    expect(described_class.place?("dep-974")).to eq(true)
    expect(described_class.place?("reg-76")).to eq(true)
    expect(described_class.place?("abroad")).to eq(true)
  end

  it "refuses a bare INSEE code, shared by the Aude and Île-de-France" do
    expect(described_class.place?("11")).to eq(false)
    expect(described_class.entries.fetch("dep-11").name).to eq("Aude")
    expect(described_class.entries.fetch("reg-11").name).to eq("Île-de-France")
  end

  it "refuses anything else" do
    ["dep-96", "reg-33", "DEP-33", "", nil, 33, ["dep-33"]].each do |value|
      expect(described_class.place?(value)).to eq(false), value.inspect
    end
  end

  it "puts a département in its région, for filters on a région" do
    expect(described_class.region_of("dep-31")).to eq("reg-76")
    expect(described_class.region_of("reg-76")).to eq("reg-76")
    expect(described_class.region_of("abroad")).to be_nil
    expect(described_class.within?("dep-31", "reg-76")).to eq(true)
    expect(described_class.within?("reg-76", "dep-31")).to eq(false)
    expect(described_class.within?("dep-33", "reg-76")).to eq(false)
    expect(described_class.within?(nil, "reg-76")).to eq(false)
  end

  it "lists the 101 départements of France" do
    departements =
      described_class.entries.values.select do |entry|
        entry.kind == "departement" && entry.code.match?(/\Adep-(?:\d{2}|2[AB]|97[12346])\z/)
      end
    expect(departements.length).to eq(101)
  end
end
