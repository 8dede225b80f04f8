# frozen_string_literal: true

require "date"

module DiscourseJobBoard
  # Which postings get a reminder today (issue 13): an open posting whose
  # closing date is today or within the next `days` days (Europe/Paris), once
  # per posting and closing date. Plain Ruby: the Discourse side (Reminders)
  # feeds it candidates, a claim store and a way to deliver.
  module ReminderSchedule
    Candidate = Struct.new(:topic_id, :closes_at, :status, :topic_closed, keyword_init: true)

    # The closing days a reminder may be due for, as ISO days: a cheap SQL
    # prefilter (ISO days sort as strings); due? has the last word.
    def self.window(today, days)
      today = PostingStatus.parse_day(today.to_s)
      [today.iso8601, (today + days).iso8601]
    end

    def self.due?(candidate, today:, days:)
      return false if days.to_i <= 0
      closes_on = PostingStatus.parse_day(candidate.closes_at.to_s)
      return false if closes_on.nil?
      status =
        PostingStatus.call(
          today: today,
          status: candidate.status,
          closes_at: closes_on,
          topic_closed: candidate.topic_closed,
        )
      # Still open (not filled, closed or expired), closing within the window.
      status.state == "open" && status.days_left.between?(0, days.to_i)
    end

    # Sends what is due, each through `claims.claim(topic_id, closes_at) { … }`,
    # which runs the block only for the first claim of that posting and day
    # (and undoes the claim if the block raises). Returns the topic ids sent.
    class Run
      def initialize(today:, days:, claims:, deliver:)
        @today = today
        @days = days
        @claims = claims
        @deliver = deliver
      end

      def call(candidates)
        candidates.filter_map do |candidate|
          next if !ReminderSchedule.due?(candidate, today: @today, days: @days)
          day = PostingStatus.parse_day(candidate.closes_at.to_s).iso8601
          sent = @claims.claim(candidate.topic_id, day) { @deliver.call(candidate) }
          candidate.topic_id if sent
        end
      end
    end
  end
end
