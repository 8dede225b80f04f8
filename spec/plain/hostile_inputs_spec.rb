# frozen_string_literal: true

require "json"

require_relative "support"

# The shared list of known XSS and bad-input payloads: the server refuses each
# one exactly where the list says, as the TypeScript validator does
# (test/node/hostile-input-test.ts), and accepts it as plain text elsewhere.
RSpec.describe DiscourseJobBoard::PostingValidator do
  list_path = File.expand_path("../../test/fixtures/hostile-inputs.json", __dir__)
  list = JSON.parse(File.read(list_path))
  cases = list.fetch("cases")
  # Titles and bodies belong to Discourse's topic and post, not to these fields.
  wire_fields = list.fetch("fields") - %w[title body]
  valid = { "role" => "coach" }

  def self.text_of(hostile)
    return hostile.fetch("payload") if hostile.key?("payload")

    repeat = hostile.fetch("repeat")
    repeat.fetch("text") * repeat.fetch("times")
  end

  it "has at least 50 payloads, each named once" do
    names = cases.map { |c| c.fetch("name") }
    expect(names.length).to be >= 50
    expect(names.uniq).to eq(names)
  end

  it "accepts the posting the payloads are put into" do
    expect(described_class.new.call(valid)).to eq([])
  end

  cases.each do |hostile|
    text = text_of(hostile)
    refused = hostile.fetch("refused_in") - %w[title body]

    it "refuses #{hostile.fetch("name")} in #{refused.join(", ")}" do
      outcome =
        wire_fields.to_h do |field|
          value = field == "contracts" ? [text] : text
          errors = described_class.new.call(valid.merge(field => value))
          [field, errors.any? { |error| error.field == field }]
        end

      expect(outcome.select { |_field, refuses| refuses }.keys).to eq(refused)
    end
  end
end
