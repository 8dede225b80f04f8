# frozen_string_literal: true

module DiscourseJobBoard
  # How many postings of a board the user can see, per role, contract, state,
  # place (région or abroad) and remote work, for the filter bar. Each facet
  # is counted with the other facets' filters applied and not its own, as
  # faceted search usually does; `total` has every filter. The words (job_q)
  # apply to every facet.
  #
  # One query over job_board_postings alone, one pass over the board's rows
  # that answers one row: each facet value's count is a FILTER aggregate.
  # Each row's filter tests are computed once (the inner query, kept apart by
  # OFFSET 0), then each count ANDs the tests of the facets it is under. It
  # replaced a GROUP BY of role, state, remote work and région whose 2,000
  # groups (20k postings) cost more to send and sum in Ruby than to count
  # (bench/sql/run.rb: 95 ms, of which 23 ms in PostgreSQL).
  class FacetCounts
    REMOTE_COUNTS = %w[none partial full].freeze
    # The région of a row, or abroad: what the places facet counts by. The
    # last code, as PostingTable writes a département then its région.
    REGION_SQL = "jb.place_codes[cardinality(jb.place_codes)]"
    FACETS = %i[role contract status place remote].freeze
    # Choosing remote work may widen the place filter (place-filters.ts):
    # none and partial count under the place alone, full is anywhere.
    REMOTE_SQL = [
      "(r.remote IS NULL OR r.remote NOT IN ('partial', 'full')) AND r.place_alone",
      "r.remote IN ('partial', 'full') AND r.place_alone",
      "r.remote = 'full'",
    ].freeze
    # Every facet's test but some, once per row: what each count is under.
    UNDER = {
      "but_role" => %i[role],
      "but_contract" => %i[contract],
      "but_status" => %i[status],
      "but_place" => %i[place],
      "but_remote" => %i[remote place],
      "every" => [],
    }.freeze
    STATE_SQL = {
      "closing_soon" => "r.state = 'open' AND r.soon",
      "all" => "TRUE",
    }.freeze

    # Either category and guardian (the counts endpoint), or what they come
    # to: category_ids, the board category and its subcategories the user may
    # read, and include_unlisted, whether they see unlisted topics.
    def initialize(
      filter:,
      category: nil,
      guardian: nil,
      category_ids: nil,
      include_unlisted: nil,
      vocabulary: Config.vocabulary,
      today: Config.today
    )
      @filter = filter
      @category_ids = category_ids || self.class.readable_category_ids(category, guardian)
      @include_unlisted =
        include_unlisted.nil? ? guardian.can_see_unlisted_topics? : include_unlisted
      @vocabulary = vocabulary
      @today = today.respond_to?(:iso8601) ? today.iso8601 : today.to_s
    end

    # As the category's topic list would show them: core's Category.secured
    # (app/models/category.rb) drops read-restricted subcategories the user
    # may not read.
    def self.readable_category_ids(category, guardian)
      Category.secured(guardian).where(id: Category.subcategory_ids(category.id)).pluck(:id)
    end

    # The places members filter on: the régions, then abroad.
    def self.place_codes
      @place_codes ||=
        (Places.entries.values.select { |e| e.kind == "region" }.map(&:code) + [Places::ABROAD])
          .freeze
    end

    def call
      sql, binds = self.sql
      tally(DB.query_hash(sql, binds).first || {})
    end

    # [sql, binds]: one row whose columns are named after the JSON's keys
    # (role_<i>, contract_<i>, state_<i>, place_<i>, remote_<i>, total, by
    # their index in the vocabulary and lists), bound parameters only.
    def sql
      binds = { job_board_category_ids: @category_ids, **StateSql.binds(@today) }
      tests = FACETS.map { |facet| "#{test_sql(facet, binds)} AS #{facet}_ok" }
      tests << "#{@filter.place ? ListFilter::PLACE_SQL : "TRUE"} AS place_alone"
      words_sql, word_binds = only(:query).row_conditions(today: @today)
      binds.merge!(word_binds)
      sql = <<~SQL
        SELECT #{columns(binds).join(",\n       ")}
        FROM (SELECT t.*, #{combined.join(", ")}
              FROM (SELECT jb.role, jb.contracts, jb.remote, #{StateSql::STATE} AS state,
                     #{StateSql::SOON} AS soon, #{REGION_SQL} AS region,
                     #{tests.join(", ")}
              FROM job_board_postings jb
              WHERE jb.category_id IN (:job_board_category_ids) AND NOT jb.topic_deleted
              #{@include_unlisted ? "" : "AND jb.topic_visible"}
              #{@filter.hide_upcoming ? "AND NOT #{ListFilter::UPCOMING_SQL}" : ""}
              AND #{words_sql}
              OFFSET 0) t OFFSET 0) r
      SQL
      [sql, binds]
    end

    # The query's row (string or symbol keys) as the endpoint's JSON.
    def tally(row)
      get = ->(key) { (row.key?(key) ? row[key] : row[key.to_sym]).to_i }
      counts =
        lists.to_h do |key, (prefix, codes)|
          [key, codes.each_with_index.to_h { |code, index| [code, get.call("#{prefix}_#{index}")] }]
        end
      counts.merge("total" => get.call("total"))
    end

    private

    # The JSON's keys, each with its columns' prefix and its codes.
    def lists
      {
        "roles" => ["role", @vocabulary.role_codes],
        "contracts" => ["contract", @vocabulary.contract_codes],
        "states" => ["state", PostingStatus::FILTERS],
        "places" => ["place", self.class.place_codes],
        "remote" => ["remote", REMOTE_COUNTS],
      }
    end

    # Each count: its own value's test, under every other facet's filter.
    def columns(binds)
      columns = []
      @vocabulary.role_codes.each_with_index do |code, index|
        binds[:"job_board_role_#{index}"] = code
        columns << count(%i[role], "r.role = :job_board_role_#{index}", "role_#{index}")
      end
      @vocabulary.contract_codes.each_with_index do |code, index|
        binds[:"job_board_contract_#{index}"] = code
        test = "CAST(:job_board_contract_#{index} AS varchar) = ANY (r.contracts)"
        columns << count(%i[contract], test, "contract_#{index}")
      end
      PostingStatus::FILTERS.each_with_index do |state, index|
        binds[:"job_board_state_#{index}"] = state
        test = STATE_SQL.fetch(state) { "r.state = :job_board_state_#{index}" }
        columns << count(%i[status], test, "state_#{index}")
      end
      self.class.place_codes.each_with_index do |code, index|
        binds[:"job_board_region_#{index}"] = code
        region = "r.region = :job_board_region_#{index}"
        # With full remote asked for, a fully remote posting is anywhere.
        region = "(#{region} OR r.remote = 'full')" if @filter.remote == "full"
        columns << count(%i[place], region, "place_#{index}")
      end
      REMOTE_SQL.each_with_index do |test, index|
        columns << count(%i[remote place], test, "remote_#{index}")
      end
      columns << count([], "TRUE", "total")
    end

    def combined
      UNDER.map do |name, facets|
        others = FACETS.reject { |other| facets.include?(other) }.map { |f| "t.#{f}_ok" }
        "#{others.join(" AND ")} AS #{name}"
      end
    end

    def count(facets, test, name)
      under = UNDER.key(Array(facets))
      "COUNT(*) FILTER (WHERE r.#{under} AND #{test}) AS #{name}"
    end

    # One facet's filter over the row `jb` ("TRUE" when not filtered); the
    # place's holds a fully remote posting anywhere when full remote is
    # asked for (ListFilter's own rule).
    def test_sql(facet, binds)
      if facet == :place
        return "TRUE" if @filter.place.nil?
        binds[:job_board_place] = @filter.place
        return @filter.remote == "full" ? ListFilter::PLACE_OR_REMOTE_SQL : ListFilter::PLACE_SQL
      end
      sql, facet_binds = only(facet).row_conditions(today: @today)
      binds.merge!(facet_binds)
      sql
    end

    # The filter keeping only these facets' conditions.
    def only(facets)
      %i[role contract status place remote query].reject { |other| Array(facets).include?(other) }
        .reduce(@filter) { |filter, other| filter.without(other) }
    end
  end
end
