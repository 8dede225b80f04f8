# frozen_string_literal: true

module DiscourseJobBoard
  # Keeps Discourse's own close timer on the end of a posting's closing day
  # (Europe/Paris) when job_board_close_on_closing_date is on: set or moved
  # with closes_at, removed with it or once the posting is filled or closed.
  module ClosingTimer
    def self.sync(topic, user)
      return if !Config.close_on_closing_date?
      close_at = close_at(topic)
      if close_at
        topic.set_or_create_timer(TopicTimer.types[:close], close_at.iso8601, by_user: user)
      elsif topic.public_topic_timer&.status_type == TopicTimer.types[:close]
        topic.set_or_create_timer(TopicTimer.types[:close], nil, by_user: user)
      end
    end

    def self.close_at(topic)
      return nil if topic.closed
      fields = Posting.fields(topic)
      return nil if %w[filled closed].include?(fields["status"])
      day = PostingStatus.parse_day(fields["closes_at"].to_s)
      at = day && Config.end_of_day(day)
      at if at && at > Time.zone.now
    end
  end
end
