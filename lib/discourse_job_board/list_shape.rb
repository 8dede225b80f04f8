# frozen_string_literal: true

module DiscourseJobBoard
  # How a list asks for the postings its ListFilter matches: the shape of
  # the subquery on job_board_postings decides which plan PostgreSQL can
  # choose, walking the board's newest topics (as core's category list
  # does) or gathering the matching postings first. Each shape's cost was
  # measured by bench/sql/run.rb (1M topics, 20k postings); test/pg proves
  # they all give the same rows.
  module ListShape
    def self.squish(sql)
      sql.gsub(/\s+/, " ").strip.freeze
    end

    # Postings matching every condition; trashed ones are left to the list's
    # own deleted_at test, this only lets the partial indexes serve.
    POSTINGS_SQL = squish(<<~SQL)
      topics.id IN (SELECT jb.topic_id FROM job_board_postings jb
                    WHERE NOT jb.topic_deleted AND %<conditions>s)
    SQL

    # The same for a role, a contract, a place, or a state a posting holds
    # for some days only (closing soon, upcoming), which pick a few postings
    # of the board: the ids are gathered first (an InitPlan), then fetched by primary
    # key and sorted, so the list costs what those postings cost. As a
    # semi-join PostgreSQL may instead walk the forum's topics by bumped_at
    # until it finds a page, which grows with the forum (bench/sql/run.rb).
    SELECTED_POSTINGS_SQL = squish(<<~SQL)
      topics.id = ANY (ARRAY(SELECT jb.topic_id FROM job_board_postings jb
                             WHERE NOT jb.topic_deleted AND %<conditions>s))
    SQL

    # A state that most of a board's postings reach in time (expired,
    # filled, closed; open), or any state: each topic of the page is probed by
    # primary key as core's list walks the board by bumped_at, and the page
    # stops at 30 rows, as the default list does (ListFilter::NOT_CLOSED_SQL).
    # Gathered first, the 3,200 closed postings of 20k were fetched and
    # sorted whole: 30 ms against 8 ms (bench/sql/run.rb, 1M topics). Words
    # alone that a posting in eight holds (SearchText.common?) walk alike:
    # 44 ms gathering 5,000 matches.
    PROBED_POSTING_SQL = squish(<<~SQL)
      COALESCE((SELECT %<conditions>s FROM job_board_postings jb
                WHERE jb.topic_id = topics.id AND NOT jb.topic_deleted), false)
    SQL
    RARE_STATES = %w[closing_soon upcoming].freeze

    # [shape, how its words are tested (ListFilter::WORDS_SQL)] for a
    # filter asking for postings only; common_words is SearchText.common?
    # for words alone (common_words_count?). Words are never left to the
    # planner beside other filters: its estimate for a prefix query is far
    # too low (SearchText.common?), and beside a state it then probed
    # 6,667 matches one by one (« ruby postgresql », open: 29 ms,
    # bench/sql/run.rb). Hashed, rare words cost a scan of the state's rows.
    def self.for(filter, common_words)
      if filter.selective? || RARE_STATES.include?(filter.status)
        [SELECTED_POSTINGS_SQL, :row]
      elsif filter.row_filters_empty? || (common_words && filter.words_alone?)
        [PROBED_POSTING_SQL, :row]
      elsif filter.query && !filter.words_alone?
        [SELECTED_POSTINGS_SQL, :hashed]
      else
        [POSTINGS_SQL, :index]
      end
    end

    # Whether the shape depends on the words being common: words alone,
    # which either walk the board or are looked up in the index first.
    def self.common_words_count?(filter)
      filter.words_alone?
    end
  end
end
