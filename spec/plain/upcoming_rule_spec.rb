# frozen_string_literal: true

require "json"
require_relative "support"

# Who sees a posting before its opening day (issue 12, point 4): members see
# it from that day on; its author, its publishers and staff see it before.
RSpec.describe DiscourseJobBoard::UpcomingRule do
  today = Date.new(2022, 2, 16)
  member = described_class::Viewer.new(staff: false, author: false, publisher: false)
  upcoming = { "status" => "open", "opens_at" => "2022-06-28", "closes_at" => "2022-07-31" }

  def hidden?(fields, viewer, today:, topic_closed: false)
    described_class.hidden?(fields, topic_closed: topic_closed, today: today, viewer: viewer)
  end

  it "keeps a posting from members until its opening day, and shows it on that day" do
    expect(hidden?(upcoming, member, today: today)).to eq(true)
    expect(hidden?(upcoming, member, today: Date.new(2022, 6, 27))).to eq(true)
    expect(hidden?(upcoming, member, today: Date.new(2022, 6, 28))).to eq(false)
  end

  it "shows it before then to its author, its publishers and staff" do
    %i[author publisher staff].each do |role|
      flags = { staff: false, author: false, publisher: false }.merge(role => true)
      viewer = described_class::Viewer.new(**flags)
      expect(hidden?(upcoming, viewer, today: today)).to eq(false), role.to_s
    end
  end

  it "follows the shared rule: a decision or a closed topic is no longer upcoming" do
    expect(hidden?(upcoming.merge("status" => "filled"), member, today: today)).to eq(false)
    expect(hidden?(upcoming.merge("status" => "closed"), member, today: today)).to eq(false)
    expect(hidden?(upcoming, member, today: today, topic_closed: true)).to eq(false)
  end

  it "hides nothing that has no opening date still to come" do
    expect(hidden?({ "status" => "open" }, member, today: today)).to eq(false)
    expect(hidden?({ "status" => "open", "opens_at" => "2022-02-16" }, member, today: today))
      .to eq(false)
  end

  # The same case table the TypeScript and SQL rules read: every case whose
  # state is upcoming is hidden from members, and no other.
  it "hides exactly the upcoming cases of the shared table from members" do
    path = File.expand_path("../../test/fixtures/posting-status-cases.json", __dir__)
    cases = JSON.parse(File.read(path)).fetch("cases")
    expect(cases.map { |c| c.dig("expected", "state") }).to include("upcoming")
    cases.each do |c|
      input = c.fetch("input")
      fields = input.slice("status", "opens_at", "closes_at")
      hidden = described_class.hidden?(fields, topic_closed: input["topic_closed"] || false,
                                               today: input.fetch("today"), viewer: member)
      expect(hidden).to eq(c.dig("expected", "state") == "upcoming"), c["name"].to_s
    end
  end
end
