# frozen_string_literal: true

require "time"
require_relative "support"

# The close timer the plugin keeps on a posting: set on the end of its closing
# day, moved with it, removed with it; a timer someone else set is never
# touched (issue 10, point 8).
RSpec.describe DiscourseJobBoard::ClosingTimerPlan do
  # Paris in winter, enough for these days: the real one is Config.end_of_day.
  end_of_day = ->(day) { Time.new(day.year, day.month, day.day, 23, 59, 59, "+01:00") }
  let(:now) { Time.new(2026, 12, 1, 12, 0, 0, "+01:00") }
  let(:plan) { described_class.new(end_of_day: end_of_day, now: now) }

  def close_timer(at, based_on_last_post: false)
    described_class::Timer.new(type: :close, execute_at: at, based_on_last_post: based_on_last_post)
  end

  def posting(closes_at, status = "open")
    { "closes_at" => closes_at, "status" => status }
  end

  def call(posting, timer: nil, closed: false, previous: nil)
    plan.call(posting: posting, topic_closed: closed, timer: timer, previous_closes_at: previous)
  end

  let(:dec20) { Time.new(2026, 12, 20, 23, 59, 59, "+01:00") }
  let(:dec31) { Time.new(2026, 12, 31, 23, 59, 59, "+01:00") }

  it "sets a timer on the end of the closing day" do
    expect(call(posting("2026-12-20"))).to eq([:set, dec20])
  end

  it "moves its own timer when the closing date moves" do
    expect(call(posting("2026-12-31"), timer: close_timer(dec20), previous: "2026-12-20")).to eq(
      [:set, dec31],
    )
  end

  it "leaves its own timer alone when nothing changed" do
    expect(call(posting("2026-12-20"), timer: close_timer(dec20))).to eq([:keep])
  end

  it "removes its own timer with the closing date, or once filled or closed" do
    expect(call(posting(nil), timer: close_timer(dec20), previous: "2026-12-20")).to eq([:delete])
    expect(call(posting("2026-12-20", "filled"), timer: close_timer(dec20))).to eq([:delete])
    expect(call(posting("2026-12-20"), timer: close_timer(dec20), closed: true)).to eq([:delete])
  end

  it "never touches a close timer a moderator set at another time" do
    by_hand = close_timer(Time.new(2026, 12, 5, 9, 0, 0, "+01:00"))
    expect(call(posting(nil), timer: by_hand, previous: "2026-12-20")).to eq([:keep])
    expect(call(posting("2026-12-20"), timer: by_hand)).to eq([:keep])
    expect(call(posting("2026-12-20", "filled"), timer: by_hand)).to eq([:keep])
  end

  it "never touches another kind of public timer, or one based on the last post" do
    open_timer = described_class::Timer.new(type: :other, execute_at: dec20)
    expect(call(posting(nil), timer: open_timer, previous: "2026-12-20")).to eq([:keep])
    last_post = close_timer(dec20, based_on_last_post: true)
    expect(call(posting(nil), timer: last_post, previous: "2026-12-20")).to eq([:keep])
  end

  it "sets nothing for a closing day already past" do
    expect(call(posting("2026-11-30"))).to eq([:keep])
  end

  it "lets its own timer go, and only its own, when the topic leaves the board" do
    expect(plan.release(posting: posting("2026-12-20"), timer: close_timer(dec20))).to eq([:delete])
    expect(plan.release(posting: posting("2026-12-31"), timer: close_timer(dec20))).to eq([:keep])
    expect(plan.release(posting: posting("2026-12-20"), timer: nil)).to eq([:keep])
  end
end
