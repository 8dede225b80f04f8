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
    STATES = %w[open upcoming expired filled closed].freeze
    # What the badge shows: the state, with "closing soon" split out of open.
    BADGES = %w[open closing_soon upcoming expired filled closed].freeze
    # What members filter the board on (job_status): each state, closing_soon
    # (a part of open) and all.
    FILTERS = %w[open closing_soon upcoming expired filled closed all].freeze
    # An open posting whose closing date is at most this many days away is closing soon.
    CLOSING_SOON_DAYS = 7
    # Days are calendar days in this zone: callers pass today as seen there.
    TIME_ZONE = "Europe/Paris"

    ISO_DAY = /\A(\d{4})-(\d{2})-(\d{2})\z/

    # days_left: days from today to the closing date (negative once past), nil without one.
    # days_to_open: days from today to the opening date (positive while upcoming), nil without one.
    # missing_closing_date: open or upcoming, yet nobody set a closing date or a decision.
    RESULT_FIELDS = %i[
      state
      badge
      closing_soon
      days_left
      days_to_open
      missing_closing_date
    ].freeze
    Result =
      Struct.new(*RESULT_FIELDS, keyword_init: true) do
        def closing_soon?
          closing_soon
        end

        def missing_closing_date?
          missing_closing_date
        end

        # Whether the board lists this posting under the job_status value `filter`.
        def matches?(filter)
          case filter.to_s
          when "all"
            true
          when "closing_soon"
            closing_soon
          else
            state == filter.to_s
          end
        end

        # Every job_status value that lists this posting, in FILTERS order.
        def filters
          FILTERS.select { |filter| matches?(filter) }
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
    # opens_at, closes_at: first and last day to apply, ISO day strings or Dates; a string
    # that is not a real day counts as none (as in TypeScript), any other type raises
    # ArgumentError.
    # topic_closed: whether Discourse's topic is closed.
    # today: the day to judge on, in Europe/Paris, as an ISO day string or a Date.
    def self.call(today:, status: nil, opens_at: nil, closes_at: nil, topic_closed: false)
      new(
        today: today,
        status: status,
        opens_at: opens_at,
        closes_at: closes_at,
        topic_closed: topic_closed,
      ).result
    end

    def initialize(today:, status: nil, opens_at: nil, closes_at: nil, topic_closed: false)
      @today = parse_today(today)
      @status = status&.to_s
      @opens_at = self.class.parse_day(opens_at)
      @closes_at = self.class.parse_day(closes_at)
      @topic_closed = topic_closed ? true : false
    end

    def result
      days_to_open = @opens_at && (@opens_at.jd - @today.jd)
      days_left = @closes_at && (@closes_at.jd - @today.jd)
      state = state_of(days_to_open, days_left)
      closing_soon = state == "open" && !days_left.nil? && days_left <= CLOSING_SOON_DAYS

      Result.new(
        state: state,
        badge: closing_soon ? "closing_soon" : state,
        closing_soon: closing_soon,
        days_left: days_left,
        days_to_open: days_to_open,
        missing_closing_date: %w[open upcoming].include?(state) && @closes_at.nil?,
      ).freeze
    end

    private

    def state_of(days_to_open, days_left)
      return "filled" if @status == "filled"
      return "closed" if @status == "closed" || @topic_closed
      # Before expired: a posting that has not opened yet has not expired either.
      return "upcoming" if days_to_open&.positive?
      return "expired" if days_left&.negative?
      "open"
    end

    def parse_today(today)
      day = self.class.parse_day(today) if today.is_a?(String) || today.is_a?(Date)
      return day if day
      raise ArgumentError, "today must be an ISO day (YYYY-MM-DD) or a Date, got #{today.inspect}"
    end
  end
end
