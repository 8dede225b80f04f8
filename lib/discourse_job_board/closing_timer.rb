# frozen_string_literal: true

module DiscourseJobBoard
  # Keeps Discourse's own close timer on the end of a posting's closing day
  # (Europe/Paris) when job_board_close_on_closing_date is on: set or moved
  # with closes_at, removed with it, once the posting is filled or closed, or
  # when the topic leaves the board. Only the plugin's own timer is touched
  # (ClosingTimerPlan says how it is recognised).
  module ClosingTimer
    # previous_closes_at: the closing date before the change being applied.
    def self.sync(topic, user, previous_closes_at: nil)
      return if !Config.close_on_closing_date? || !may_close?(topic, user)
      action =
        plan.call(
          posting: Posting.fields(topic),
          topic_closed: topic.closed,
          timer: timer_of(topic),
          previous_closes_at: previous_closes_at,
        )
      apply(topic, user, action)
    end

    # The topic left the board: its fields stay, dormant, but the plugin's
    # timer would close a topic that is no longer a posting.
    def self.release(topic, user)
      return if !Config.close_on_closing_date?
      apply(topic, user, plan.release(posting: Posting.fields(topic), timer: timer_of(topic)))
    end

    # core: app/controllers/topics_controller.rb#status asks
    # ensure_can_close_topic! before closing; a timer closes just the same, so
    # the same check (with the publisher rule, GuardianExtension) stands here.
    # The timer itself is owned by the system user unless staff or TL4 set it
    # (core: app/models/topic.rb set_or_create_timer), so it still closes the
    # posting when due (core: app/jobs/regular/close_topic.rb asks
    # can_close_topic? of that owner) after its publisher leaves the group.
    def self.may_close?(topic, user)
      user.present? && Guardian.new(user).can_close_topic?(topic)
    end

    def self.plan
      ClosingTimerPlan.new(end_of_day: Config.method(:end_of_day), now: Time.zone.now)
    end

    # core: app/models/topic.rb public_topic_timer is the topic's one public timer.
    def self.timer_of(topic)
      timer = topic.public_topic_timer
      return nil if timer.nil?
      ClosingTimerPlan::Timer.new(
        type: timer.status_type == TopicTimer.types[:close] ? :close : :other,
        execute_at: timer.execute_at,
        based_on_last_post: timer.based_on_last_post,
      )
    end

    # core: app/models/topic.rb set_or_create_timer deletes the timer when
    # given no time.
    def self.apply(topic, user, action)
      case action.first
      when :set
        topic.set_or_create_timer(TopicTimer.types[:close], action.last.iso8601, by_user: user)
      when :delete
        topic.set_or_create_timer(TopicTimer.types[:close], nil, by_user: user)
      end
    end
  end
end
