# frozen_string_literal: true

module DiscourseJobBoard
  # What to do with a posting's public topic timer, decided without Discourse
  # (ClosingTimer applies it). Plain Ruby.
  #
  # The plugin's timer is not remembered anywhere: it is recognised as a close
  # timer, not based on the last post, due at the end of one of the posting's
  # closing days (the one before this change or the current one). Core keeps a
  # single public timer per topic (core: app/models/topic.rb
  # set_or_create_timer finds or builds the one `public_type: true` row), so a
  # timer anyone else set (a moderator's close at another time, an open,
  # delete or publish timer) is left alone, and the plugin sets none over it.
  class ClosingTimerPlan
    # type: :close or anything else; execute_at: a Time.
    Timer = Struct.new(:type, :execute_at, :based_on_last_post, keyword_init: true)

    # end_of_day: turns a Date into the Time the posting closes (Config.end_of_day).
    def initialize(end_of_day:, now:)
      @end_of_day = end_of_day
      @now = now
    end

    # Returns [:set, time], [:delete] or [:keep].
    # posting: { "status", "closes_at" } (wire fields); previous_closes_at: the
    # closing date before this change, when it changed.
    def call(posting:, topic_closed:, timer:, previous_closes_at: nil)
      target = target_time(posting, topic_closed)
      ours = ours?(timer, [previous_closes_at, posting["closes_at"]])
      return [:keep] if timer && !ours
      return [:delete] if ours && target.nil?
      return [:keep] if target.nil? || (ours && same_time?(timer.execute_at, target))
      [:set, target]
    end

    # When the topic leaves the board: its timer goes if it is the plugin's.
    def release(posting:, timer:)
      ours?(timer, [posting["closes_at"]]) ? [:delete] : [:keep]
    end

    def target_time(posting, topic_closed)
      return nil if topic_closed || %w[filled closed].include?(posting["status"])
      time = closing_time(posting["closes_at"])
      time if time && time > @now
    end

    private

    def ours?(timer, closing_days)
      return false if timer.nil? || timer.type != :close || timer.based_on_last_post
      closing_days.any? do |day|
        time = closing_time(day)
        time && same_time?(timer.execute_at, time)
      end
    end

    def closing_time(value)
      day = PostingStatus.parse_day(value.to_s)
      day && @end_of_day.call(day)
    end

    # Timers are stored to the second; the end of a day ends in .999999.
    def same_time?(left, right)
      left && right && left.to_i == right.to_i
    end
  end
end
