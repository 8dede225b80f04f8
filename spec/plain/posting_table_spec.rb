# frozen_string_literal: true

require_relative "support"
require_relative "../../lib/discourse_job_board/posting_table"
require_relative "../../lib/discourse_job_board/filter_term_options"

RSpec.describe DiscourseJobBoard::PostingTable do
  def row(custom_fields, category_id: 7, closed: false, visible: true, deleted: false)
    described_class.row(
      topic_id: 42,
      category_id: category_id,
      custom_fields: custom_fields,
      closed: closed,
      visible: visible,
      deleted: deleted,
    )
  end

  it "writes a posting's filter fields and its topic's state" do
    fields = {
      "job_role" => "coach",
      "job_contracts" => '["cdd","freelance"]',
      "job_closes_at" => "2026-12-01",
      "job_opens_at" => "2026-02-30",
      "job_remote" => "full",
    }
    expect(row(fields, closed: true, visible: false)).to eq(
      topic_id: 42,
      category_id: 7,
      role: "coach",
      contracts: '{"cdd","freelance"}',
      status: "open",
      opens_on: nil,
      closes_on: "2026-12-01",
      remote: "full",
      place_codes: "{}",
      pay_min: nil,
      pay_max: nil,
      pay_period: nil,
      search_text: "",
      topic_closed: true,
      topic_visible: false,
      topic_deleted: false,
    )
  end

  it "files a département under its région too, and indexes title, team, place and body" do
    fields = { "job_role" => "developpement", "job_place" => "dep-33", "job_team" => "Équipe Data" }
    written =
      described_class.row(
        topic_id: 1, category_id: 7, custom_fields: fields, closed: false, visible: true,
        deleted: false, title: "Développeur·se full-stack", description: "Poste à Bordeaux."
      )
    expect(written[:place_codes]).to eq('{"dep-33","reg-75"}')
    expect(written[:search_text]).to eq(
      "developpeur full stack equipe data gironde nouvelle aquitaine poste a bordeaux",
    )
    expect(row({ "job_role" => "coach",
                 "job_place" => "abroad" })[:place_codes]).to eq(%q({"abroad"}))
    expect(row({ "job_role" => "coach", "job_place" => "Paris" })[:place_codes]).to eq("{}")
  end

  it "copies pay as stored: whole euros, a period code, anything else none" do
    stored = { "job_role" => "coach", "job_pay_min" => 450, "job_pay_max" => "650",
               "job_pay_period" => "day" }
    expect(row(stored).slice(:pay_min, :pay_max, :pay_period)).to eq(
      pay_min: 450, pay_max: 650, pay_period: "day",
    )
    drifted = { "job_role" => "coach", "job_pay_min" => "45 000", "job_pay_max" => 0,
                "job_pay_period" => "par an" }
    expect(row(drifted).slice(:pay_min, :pay_max, :pay_period)).to eq(
      pay_min: nil, pay_max: nil, pay_period: nil,
    )
  end

  it "keeps no row for a topic without a role, or without a category (a personal message)" do
    expect(row({ "job_role" => "  ", "job_status" => "open" })).to be_nil
    expect(row({ "job_role" => "coach" }, category_id: nil)).to be_nil
  end

  it "binds a contract list as one array literal, quotes escaped, empty as {}" do
    expect(described_class.array_literal([])).to eq("{}")
    expect(described_class.array_literal(['a"b', "c\\d"])).to eq('{"a\\"b","c\\\\d"}')
  end
end

RSpec.describe DiscourseJobBoard::FilterTermOptions do
  it "offers each term with its comma delimiter and each value with its label, as core's tips" do
    options =
      described_class.call(DiscourseJobBoard::Vocabulary.default, :fr, translate: ->(key) { key })
    expect(options.first).to eq(
      name: "job_role:",
      description: "discourse_job_board.filter.job_role",
      type: "text",
      delimiters: [{ name: ",", description: "discourse_job_board.filter.any" }],
    )
    expect(options).to include({ name: "job_role:coach", description: "Coach" })
    expect(options).to include(
      { name: "job_contract:service_civique", description: "Service civique" },
    )
    names = options.map { |option| option[:name] }
    expect(names).to include("job_status:open", "job_status:closing_soon", "job_status:expired",
                             "job_place:reg-75", "job_place:abroad", "job_remote:full", "job_q:")
  end
end
