# frozen_string_literal: true

require "date"

module DiscourseJobBoard
  # The open/closed rule of a posting (DESIGN.md, "Open or closed"). Plain Ruby,
  # no Rails and no Discourse, so it is tested without a Discourse checkout.
  # Its TypeScript twin is assets/javascripts/discourse/lib/posting-status.ts;
  # both are checked against test/fixtures/posting-status-cases.json.
  class PostingStatus
    # What a moderator decided.
    STATUSES = %w[open filled closed].freeze
    # What the rule concludes, as of a given day.
    STATES = %w[open expired filled closed].freeze
    # What the badge shows: the state, with "closing soon" split out of open.
    BADGES = %w[open closing_soon expired filled closed].freeze
    # An open posting whose closing date is at most this many days away is closing soon.
    CLOSING_SOON_DAYS = 7
    # Days are calendar days in this zone: callers pass today as seen there.
    TIME_ZONE = "Europe/Paris"

    ISO_DAY = /\A(\d{4})-(\d{2})-(\d{2})\z/

    # days_left: days from today to the closing date (negative once past), nil without one.
    # missing_closing_date: open, yet nobody set a closing date or a decision.
    RESULT_FIELDS = %i[state badge closing_soon days_left missing_closing_date].freeze
    Result =
      Struct.new(*RESULT_FIELDS, keyword_init: true) do
        def closing_soon?
          closing_soon
        end

        def missing_closing_date?
          missing_closing_date
        end
      end

    # The Date of an ISO day string (YYYY-MM-DD) or of a Date; nil for nil, an
    # empty string or a string that is not a real day.
    def self.parse_day(value)
      case value
      when nil
        nil
      when Date
        Date.new(value.year, value.month, value.day, Date::GREGORIAN)
      when String
        match = ISO_DAY.match(value)
        return nil unless match
        year, month, day = match.captures.map(&:to_i)
        return nil unless Date.valid_date?(year, month, day, Date::GREGORIAN)
        Date.new(year, month, day, Date::GREGORIAN)
      else
        raise ArgumentError, "expected an ISO day string or a Date, got #{value.class}"
      end
    end

    # status: "open", "filled", "closed" or nil (a symbol works too).
    # closes_at: last day to apply, an ISO day string or a Date; a string that is not a real
    # day counts as none (as in TypeScript), any other type raises ArgumentError.
    # topic_closed: whether Discourse's topic is closed.
    # today: the day to judge on, in Europe/Paris, as an ISO day string or a Date.
    def self.call(today:, status: nil, closes_at: nil, topic_closed: false)
      new(today: today, status: status, closes_at: closes_at, topic_closed: topic_closed).result
    end

    def initialize(today:, status: nil, closes_at: nil, topic_closed: false)
      @today = parse_today(today)
      @status = status&.to_s
      @closes_at = self.class.parse_day(closes_at)
      @topic_closed = topic_closed ? true : false
    end

    def result
      days_left = @closes_at && (@closes_at.jd - @today.jd)
      state = state_of(days_left)
      closing_soon = state == "open" && !days_left.nil? && days_left <= CLOSING_SOON_DAYS

      Result.new(
        state: state,
        badge: closing_soon ? "closing_soon" : state,
        closing_soon: closing_soon,
        days_left: days_left,
        missing_closing_date: state == "open" && @closes_at.nil?,
      ).freeze
    end

    private

    def state_of(days_left)
      return "filled" if @status == "filled"
      return "closed" if @status == "closed" || @topic_closed
      return "expired" if days_left && days_left.negative?
      "open"
    end

    def parse_today(today)
      day = self.class.parse_day(today) if today.is_a?(String) || today.is_a?(Date)
      return day if day
      raise ArgumentError, "today must be an ISO day (YYYY-MM-DD) or a Date, got #{today.inspect}"
    end
  end
end
