# frozen_string_literal: true

require_relative "support"

# Which postings get a reminder before their closing date, and only once per
# posting and date (issue 13, point 5). Today is the day in Europe/Paris, as
# the Discourse side computes it (Config.today).

# Like job_board_reminders' unique index: one claim per (topic, day); a
# block that raises leaves no claim, as the transaction rolls back.
class ReminderFakeClaims
  attr_reader :rows

  def initialize
    @rows = []
  end

  def claim(topic_id, closes_at)
    return false if @rows.include?([topic_id, closes_at])
    yield
    @rows << [topic_id, closes_at]
    true
  end
end

RSpec.describe DiscourseJobBoard::ReminderSchedule do
  def candidate(**fields)
    DiscourseJobBoard::ReminderSchedule::Candidate.new(
      topic_id: 1,
      closes_at: "2026-12-18",
      status: "open",
      topic_closed: false,
      **fields,
    )
  end

  describe ".due?" do
    let(:today) { "2026-12-15" }

    it "is due from `days` days before the closing date until that day" do
      expect(described_class.due?(candidate(closes_at: "2026-12-18"), today: today, days: 3)).to eq(
        true,
      )
      expect(described_class.due?(candidate(closes_at: "2026-12-15"), today: today, days: 3)).to eq(
        true,
      )
      expect(described_class.due?(candidate(closes_at: "2026-12-19"), today: today, days: 3)).to eq(
        false,
      )
    end

    it "is not due for a posting that is no longer open" do
      expect(described_class.due?(candidate(closes_at: "2026-12-14"), today: today, days: 3)).to eq(
        false,
      )
      expect(described_class.due?(candidate(status: "filled"), today: today, days: 3)).to eq(false)
      expect(described_class.due?(candidate(status: "closed"), today: today, days: 3)).to eq(false)
      closed = candidate(topic_closed: true)
      expect(described_class.due?(closed, today: today, days: 3)).to eq(false)
    end

    it "is not due without a closing date, nor when reminders are off" do
      expect(described_class.due?(candidate(closes_at: nil), today: today, days: 3)).to eq(false)
      expect(described_class.due?(candidate(closes_at: "2026-02-30"), today: today, days: 3)).to eq(
        false,
      )
      expect(described_class.due?(candidate(closes_at: "2026-12-15"), today: today, days: 0)).to eq(
        false,
      )
    end
  end

  describe ".window" do
    it "spans today to `days` days ahead, as ISO days" do
      expect(described_class.window(Date.new(2026, 12, 30), 3)).to eq(%w[2026-12-30 2027-01-02])
    end
  end

  describe described_class::Run do
    let(:claims) { ReminderFakeClaims.new }
    let(:delivered) { [] }
    let(:deliver) { ->(candidate) { delivered << candidate.topic_id } }

    def run(today, candidates, claims: self.claims)
      described_class.new(today: today, days: 3, claims: claims, deliver: deliver).call(candidates)
    end

    it "sends what is due, once per posting and closing date" do
      due = candidate(topic_id: 7, closes_at: "2026-12-18")
      later = candidate(topic_id: 8, closes_at: "2026-12-31")

      expect(run("2026-12-15", [due, later])).to eq([7])
      expect(run("2026-12-15", [due, later])).to eq([])
      expect(run("2026-12-16", [due, later])).to eq([])
      expect(delivered).to eq([7])
      expect(claims.rows).to eq([[7, "2026-12-18"]])
    end

    it "sends again when the closing date moves" do
      run("2026-12-15", [candidate(topic_id: 7, closes_at: "2026-12-18")])
      run("2026-12-29", [candidate(topic_id: 7, closes_at: "2026-12-31")])
      expect(delivered).to eq([7, 7])
    end

    it "sends once when two app servers run at the same time" do
      due = [candidate(topic_id: 7)]
      first = described_class.new(today: "2026-12-15", days: 3, claims: claims, deliver: deliver)
      second = described_class.new(today: "2026-12-15", days: 3, claims: claims, deliver: deliver)

      expect(first.call(due) + second.call(due)).to eq([7])
      expect(delivered).to eq([7])
    end

    it "tries again on the next run when the message could not be sent" do
      failing = ->(_candidate) { raise "core refused the message" }
      due = [candidate(topic_id: 7)]
      expect {
        described_class.new(today: "2026-12-15", days: 3, claims: claims, deliver: failing).call(
          due,
        )
      }.to raise_error(RuntimeError)

      expect(run("2026-12-15", due)).to eq([7])
    end
  end
end
