# frozen_string_literal: true

require_relative "support"

RSpec.describe DiscourseJobBoard::SearchText do
  it "folds case, accents, inclusive writing and feminine forms to one word" do
    forms = %w[développeur Développeur·se DÉVELOPPEUR.SE developpeuse développeur(se) Développeuses]
    forms.each do |word|
      expect(described_class.words(word)).to eq(%w[developpeur]), word
    end
    expect(described_class.words("Directrice chargé·e")).to eq(%w[directeur charge])
  end

  it "keeps the words of a hyphenated name that are no inclusive ending" do
    expect(described_class.words("Saint-Denis, full-stack")).to eq(%w[saint denis full stack])
  end

  it "makes a query of bound-safe prefixes only, or none" do
    expect(described_class.query("Développeur·se")).to eq("developpeur:*")
    expect(described_class.query("data & !(x | y)")).to eq("data:* & x:* & y:*")
    expect(described_class.query(" ’ ; ")).to be_nil
  end
end
