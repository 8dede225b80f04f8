# frozen_string_literal: true

module DiscourseJobBoard
  # The open/closed rule of PostingStatus as SQL over a job_board_postings
  # row `jb`, one condition per job_status value, with today (Europe/Paris)
  # bound as :job_board_today and the last closing-soon day as
  # :job_board_soon. test/pg checks each against the `filters` lists of
  # test/fixtures/posting-status-cases.json and against PostingStatus.
  module StateSql
    def self.squish(sql)
      sql.gsub(/\s+/, " ").strip.freeze
    end

    UNDECIDED = "jb.status NOT IN ('filled', 'closed') AND NOT jb.topic_closed"
    STARTED = "(jb.opens_on IS NULL OR jb.opens_on <= CAST(:job_board_today AS date))"
    NOT_EXPIRED = "(jb.closes_on IS NULL OR jb.closes_on >= CAST(:job_board_today AS date))"

    CONDITIONS = {
      "open" => squish("(#{UNDECIDED} AND #{STARTED} AND #{NOT_EXPIRED})"),
      "closing_soon" =>
        squish(<<~SQL),
          (#{UNDECIDED} AND #{STARTED}
           AND jb.closes_on BETWEEN CAST(:job_board_today AS date) AND CAST(:job_board_soon AS date))
        SQL
      "upcoming" =>
        squish("(#{UNDECIDED} AND COALESCE(jb.opens_on > CAST(:job_board_today AS date), false))"),
      "expired" =>
        squish("(#{UNDECIDED} AND #{STARTED} AND jb.closes_on < CAST(:job_board_today AS date))"),
      "filled" => "(jb.status = 'filled')",
      "closed" => "(jb.status <> 'filled' AND (jb.status = 'closed' OR jb.topic_closed))",
    }.freeze

    # The row's state (open, upcoming, expired, filled, closed), as a column.
    STATE =
      squish(<<~SQL)
        CASE WHEN jb.status = 'filled' THEN 'filled'
             WHEN jb.status = 'closed' OR jb.topic_closed THEN 'closed'
             WHEN jb.opens_on > CAST(:job_board_today AS date) THEN 'upcoming'
             WHEN jb.closes_on < CAST(:job_board_today AS date) THEN 'expired'
             ELSE 'open' END
      SQL
    SOON = "COALESCE(jb.closes_on <= CAST(:job_board_soon AS date), false)"

    def self.condition(state)
      CONDITIONS.fetch(state)
    end

    def self.binds(today)
      day = PostingStatus.parse_day(today.to_s)
      raise ArgumentError, "today must be an ISO day" unless day
      {
        job_board_today: day.iso8601,
        job_board_soon: (day + PostingStatus::CLOSING_SOON_DAYS).iso8601,
      }
    end
  end
end
