# frozen_string_literal: true

require_relative "support"
%w[posting_table follow_params follow_match].each do |file|
  constant = file.split("_").map(&:capitalize).join
  next if DiscourseJobBoard.const_defined?(constant, false)
  require_relative "../../lib/discourse_job_board/#{file}"
end

# What a member may follow, read from the board's own query parameters.
RSpec.describe DiscourseJobBoard::FollowParams do
  let(:vocabulary) { DiscourseJobBoard::Vocabulary.default }

  def read(params)
    described_class.from_params(params, vocabulary)
  end

  def error(params)
    read(params)
    nil
  rescue described_class::Invalid => e
    e
  end

  it "reads the filter bar's parameters: lists sorted, words as typed and folded" do
    follow =
      read(
        "job_role" => "data,coach",
        "job_contract" => %w[freelance],
        "job_place" => "reg-75",
        "job_remote" => "partial",
        "job_q" => "  Développeuse   Bordeaux ",
      )
    expect(follow.roles).to eq(%w[coach data])
    expect(follow.contracts).to eq(%w[freelance])
    expect(follow.place).to eq("reg-75")
    expect(follow.remote).to eq("partial")
    expect(follow.q).to eq("Développeuse Bordeaux")
    expect(follow.query).to eq("developpeur:* & bordeaux:*")
    expect(follow.row).to include(roles: '{"coach","data"}', contracts: '{"freelance"}')
  end

  it "allows a follow with no filter: every new posting of the board" do
    follow = read({})
    expect(follow).to be_everything
    expect(follow.row).to include(roles: "{}", contracts: "{}", place: nil, query: nil)
    expect(read("job_q" => "   ")).to be_everything
  end

  it "names the parameter and the value it refuses" do
    expect(error("job_role" => "astronaute").message).to start_with(
      'job_role: "astronaute" is not one of',
    )
    expect(error("job_role" => "astronaute").param).to eq("job_role")
    expect(error("job_contract" => "cdi,stage,benevolat").message).to include('"benevolat"')
    expect(error("job_place" => "reg-99").message).to start_with(
      'job_place: "reg-99" is not one of',
    )
    expect(error("job_remote" => "sometimes").param).to eq("job_remote")
    expect(error("job_q" => "x" * 201).message).to include("at most 200 characters")
    expect(error("job_q" => "?!…").message).to eq('job_q: "?!…" holds no word to search for')
  end

  it "refuses a state or an order, which a follow of new postings cannot keep" do
    expect(error("job_status" => "closed").message).to include("leave job_status out")
    expect(error("job_sort" => "closing").param).to eq("job_sort")
    expect(error("job_status" => "all")).to be_nil
  end

  it "reads a list back from PostgreSQL's text form or an array" do
    expect(described_class.codes("{coach,data}")).to eq(%w[coach data])
    expect(described_class.codes("{}")).to eq([])
    expect(described_class.codes(%w[cdi])).to eq(%w[cdi])
  end
end

RSpec.describe DiscourseJobBoard::FollowMatch do
  it "binds the posting, the board and today, never writing a value into the SQL" do
    binds =
      described_class.binds(
        topic_id: 7,
        category_ids: [],
        today: "2026-11-23",
        notification_type: 14,
        data: described_class.data(title: "Data <script>", username: "alice"),
      )
    expect(binds).to include(topic_id: 7, category_ids: [-1], job_board_today: "2026-11-23")
    expect(JSON.parse(binds[:data])).to eq(
      "message" => "discourse_job_board.follow.notification",
      "topic_title" => "Data <script>",
      "display_username" => "alice",
    )
    expect(described_class::FANOUT_SQL).not_to include("Data <script>")
  end

  it "keeps the notification's data under core's 1,000 characters" do
    data = described_class.data(title: "é" * 2_000, username: "a" * 60)
    expect(data.length).to be <= 1_000
  end
end
