# frozen_string_literal: true

module DiscourseJobBoard
  # The board's filters (job_role, job_contract, job_status, job_place,
  # job_remote, job_q) as SQL fragments over `topics` with named bind parameters, never interpolated values. Plain
  # Ruby so the parameter handling is tested without Discourse; TopicQuery,
  # /filter and the counts all build their conditions here.
  #
  # Each condition reads job_board_postings (db/migrate), one row per posting:
  # a list's filter costs what the board's postings cost, whatever the size of
  # the forum's topics and topic_custom_fields (test/pg and bench/sql.ts
  # measure it on PostgreSQL with core's schema).
  class ListFilter
    class InvalidValue < StandardError
      attr_reader :param, :value

      def initialize(param, value, allowed)
        @param = param
        @value = value
        super("#{param}: #{value.to_s[0, 100].inspect} is not one of #{allowed.join(", ")}")
      end
    end

    def self.squish(sql)
      sql.gsub(/\s+/, " ").strip.freeze
    end

    STATUSES = PostingStatus::FILTERS
    REMOTES = %w[partial full].freeze
    PARAMS = %w[job_role job_contract job_status job_place job_remote job_q].freeze
    MAX_VALUES = 20

    # Open as the rule says (StateSql): kept for the callers that name it.
    OPEN_SQL = StateSql.condition("open")
    UPCOMING_SQL = StateSql.condition("upcoming")

    ROLE_SQL = "jb.role IN (:job_board_roles)"
    # Any of the chosen contracts: array overlap.
    CONTRACTS_SQL = "jb.contracts && CAST(ARRAY[:job_board_contracts] AS varchar[])"
    # place_codes holds the département and its région (PostingTable), so one
    # containment serves a région, a département and abroad (GIN index).
    PLACE_SQL = "jb.place_codes @> CAST(ARRAY[:job_board_place] AS varchar[])"
    # Asked for full remote work too, a fully remote posting is anywhere
    # (the pure core's place-filters.ts, same rule).
    PLACE_OR_REMOTE_SQL = "(jb.remote = 'full' OR #{PLACE_SQL})"
    REMOTE_SQL = {
      "partial" => "jb.remote IN ('partial', 'full')",
      "full" => "jb.remote = 'full'",
    }.freeze
    SEARCH_SQL = squish(<<~SQL)
      jb.topic_id IN (SELECT js.topic_id FROM job_board_search js
                      WHERE js.search_data @@ to_tsquery('french', :job_board_query))
    SQL

    # The same, tested on one posting: when the other filters pick a few
    # postings (ListShape), their words are read one by one, rather than every posting
    # holding a common word gathered from the index first (« service
    # public », in each of 20k postings: 57 ms against 2 ms for the 300
    # closing soon, bench/sql/run.rb). A scalar subquery, so that the
    # planner keeps it a test per row.
    SEARCH_ROW_SQL = squish(<<~SQL)
      COALESCE((SELECT js.search_data @@ to_tsquery('french', :job_board_query)
                FROM job_board_search js WHERE js.topic_id = jb.topic_id), false)
    SQL

    # Words beside a state that many postings are in: their matches
    # are looked up once and hashed (a hashed SubPlan, kept one by the
    # COALESCE), then each posting of the state is a hash probe. Read one by
    # one, the 7,600 expired postings cost twice as much.
    SEARCH_HASHED_SQL = squish(<<~SQL)
      COALESCE(jb.topic_id IN (SELECT js.topic_id FROM job_board_search js
                               WHERE js.search_data @@ to_tsquery('french', :job_board_query)), false)
    SQL
    WORDS_SQL = { index: SEARCH_SQL, row: SEARCH_ROW_SQL, hashed: SEARCH_HASHED_SQL }.freeze

    # The board's default view: its open postings and its other topics (the
    # "about" topic, a pinned guide for applicants), i.e. no posting row that
    # is not open.
    NOT_CLOSED_SQL = squish(<<~SQL)
      NOT EXISTS (SELECT 1 FROM job_board_postings jb
                  WHERE jb.topic_id = topics.id AND NOT #{OPEN_SQL})
    SQL

    # A sorted list's postings (sort_join, ListSort).
    SORT_JOIN_SQL = squish(<<~SQL)
      INNER JOIN job_board_postings jb
        ON jb.topic_id = topics.id AND NOT jb.topic_deleted AND (%<conditions>s)
    SQL

    # Members see an upcoming posting from its opening date only: for them
    # no list shows it, whatever they ask (FacetCounts counts alike).
    NO_UPCOMING_SQL = squish(<<~SQL)
      NOT EXISTS (SELECT 1 FROM job_board_postings jb
                  WHERE jb.topic_id = topics.id AND #{UPCOMING_SQL})
    SQL

    attr_reader :roles, :contracts, :status, :place, :remote, :query, :hide_upcoming

    # From request parameters (string or symbol keys): unknown values raise
    # InvalidValue, which the list answers with a 400 naming the parameter.
    # Absent or blank values filter nothing here; ListFilters makes "open"
    # the default of a board category's own list.
    def self.from_params(params, vocabulary, hide_upcoming: false)
      get = ->(key) { params[key] || params[key.to_sym] }
      new(
        roles: values(get.call("job_role"), "job_role", vocabulary.role_codes),
        contracts: values(get.call("job_contract"), "job_contract", vocabulary.contract_codes),
        status: one(get.call("job_status"), "job_status", STATUSES),
        place: place(get.call("job_place")),
        remote: one(get.call("job_remote"), "job_remote", REMOTES),
        query: query(get.call("job_q")),
        hide_upcoming: hide_upcoming,
      )
    end

    # From a /filter term's values (`job_role:coach,data` arrives as
    # ["coach,data"], repeated terms as more items): split on commas and keep
    # the known codes, as core's own terms ignore what they do not know. A
    # term naming nothing known filters nothing. Only postings match.
    # full_remote: the same query also asks job_remote:full
    # (full_remote_term?), so the place keeps fully remote postings elsewhere,
    # as it does on the board's list.
    def self.from_filter_term(param, raw_values, vocabulary, hide_upcoming: false,
                              full_remote: false)
      words = Array(raw_values).flat_map { |value| value.to_s.split(",") }.map(&:strip)
      options = { hide_upcoming: hide_upcoming }
      case param
      when "job_role"
        new(roles: (words & vocabulary.role_codes).first(MAX_VALUES), **options)
      when "job_contract"
        new(contracts: (words & vocabulary.contract_codes).first(MAX_VALUES), **options)
      when "job_place"
        place = words.find { |word| Places.place?(word) }
        new(place: place, remote: ("full" if place && full_remote), **options)
      when "job_remote"
        new(remote: (REMOTES & words).last, **options)
      when "job_q"
        new(query: SearchText.query(Array(raw_values).join(" ")), **options)
      else
        known = words & STATUSES
        new(status: known.length == 1 && known.first != "all" ? known.first : nil,
            postings_only: known.any?, **options)
      end
    end

    # core: lib/topics_filter.rb reads `key:value` terms; a term prefixed with
    # "-" or "=" is another term (negated, or exact), not this one.
    REMOTE_TERM = /(?:\A|\s)job_remote:(\S+)/

    # Whether a /filter query string asks job_remote:full, read as the
    # job_remote term itself reads its values (the last known one wins).
    def self.full_remote_term?(query_string)
      values = query_string.to_s.scan(REMOTE_TERM).flatten
      words = values.flat_map { |value| value.split(",") }.map(&:strip)
      (REMOTES & words).last == "full"
    end

    # A parameter's codes: "a", "a,b" or ["a", "b"]; each must be allowed.
    def self.values(raw, param, allowed)
      list = raw.is_a?(Array) ? raw : raw.to_s.split(",")
      list = list.map { |value| value.is_a?(String) ? value.strip : value }
      list = list.reject { |value| value.nil? || value == "" }
      if list.length > MAX_VALUES
        raise InvalidValue.new(param, list.join(","), ["at most #{MAX_VALUES} values"])
      end
      list.each do |value|
        raise InvalidValue.new(param, value, allowed) unless allowed.include?(value)
      end
      list.uniq
    end

    # One value of a list (job_status, job_remote); "all" and blank: none.
    def self.one(raw, param, allowed)
      raw = raw.first if raw.is_a?(Array) && raw.length == 1
      return nil if raw.nil? || raw == ""
      raise InvalidValue.new(param, raw, allowed) unless allowed.include?(raw)
      raw == "all" ? nil : raw
    end

    def self.status(raw)
      one(raw, "job_status", STATUSES)
    end

    def self.place(raw)
      raw = raw.first if raw.is_a?(Array) && raw.length == 1
      return nil if raw.nil? || raw == ""
      if !Places.place?(raw)
        raise InvalidValue.new("job_place", raw, ["a région (reg-XX)", "a département (dep-XX)",
                                                  Places::ABROAD])
      end
      raw
    end

    def self.query(raw)
      return nil if raw.nil?
      if !raw.is_a?(String) || raw.length > SearchText::MAX_QUERY_CHARS
        raise InvalidValue.new("job_q", raw.to_s,
                               ["words, at most #{SearchText::MAX_QUERY_CHARS} characters"])
      end
      SearchText.query(raw)
    end

    def initialize(roles: [], contracts: [], status: nil, place: nil, remote: nil, query: nil,
                   postings_only: false, hide_upcoming: false)
      @roles = roles.freeze
      @contracts = contracts.freeze
      @status = status == "all" ? nil : status
      @place = place
      @remote = remote
      @query = query
      @postings_only = postings_only
      @hide_upcoming = hide_upcoming
    end

    def empty?
      row_filters_empty? && @status.nil? && !@postings_only && !@hide_upcoming
    end

    # The same filter with one facet dropped, for counting that facet.
    def without(facet)
      ListFilter.new(
        roles: facet == :role ? [] : @roles,
        contracts: facet == :contract ? [] : @contracts,
        status: facet == :status ? nil : @status,
        place: facet == :place ? nil : @place,
        remote: facet == :remote ? nil : @remote,
        query: facet == :query ? nil : @query,
      )
    end

    # [[sql, binds], ...] to AND together on `topics`; today is an ISO day
    # in Europe/Paris. Any posting filter, or a state other than open, asks
    # for postings only; "open" alone (the board's default) keeps the
    # board's other topics beside its open postings.
    #
    # common_words (SearchText.common?, ListShape): job_q holds words that
    # many postings have, so they are read posting by posting rather than
    # looked up in the index first.
    def conditions(today:, common_words: false)
      return [] if empty?
      if !postings_only?
        sql = @status == "open" ? NOT_CLOSED_SQL : NO_UPCOMING_SQL
        return [[sql, StateSql.binds(today)]]
      end
      shape, words = ListShape.for(self, common_words)
      sql, binds = row_conditions(today: today, words: words)
      [[format(shape, conditions: sql), binds]]
    end

    # The filter over a job_board_postings row `jb`: [sql, binds]; "TRUE"
    # when it filters nothing. FacetCounts counts with these. words: how
    # job_q is tested (WORDS_SQL; ListShape chooses).
    def row_conditions(today:, words: :index)
      parts = []
      binds = {}
      if @roles.any?
        parts << ROLE_SQL
        binds[:job_board_roles] = @roles
      end
      if @contracts.any?
        parts << CONTRACTS_SQL
        binds[:job_board_contracts] = @contracts
      end
      if @place
        parts << (@remote == "full" ? PLACE_OR_REMOTE_SQL : PLACE_SQL)
        binds[:job_board_place] = @place
      end
      parts << REMOTE_SQL.fetch(@remote) if @remote
      if @query
        parts << WORDS_SQL.fetch(words)
        binds[:job_board_query] = @query
      end
      parts << StateSql.condition(@status) if @status
      parts << "NOT #{UPCOMING_SQL}" if @hide_upcoming && @status != "open"
      binds.merge!(StateSql.binds(today)) if @status || @hide_upcoming
      [parts.empty? ? "TRUE" : parts.join(" AND "), binds]
    end

    # A list sorted by closing day (ListSort): the board's postings joined as
    # `jb`, with this filter in the join, so that PostgreSQL walks the
    # matching postings by closing day and fetches their topics by primary
    # key. [sql, binds]; the list's own conditions stay as they are.
    def sort_join(today:)
      sql, binds = row_conditions(today: today, words: :row)
      [format(SORT_JOIN_SQL, conditions: sql), binds]
    end

    # A list sorted by questions (ListSort): the board's postings matching
    # this filter, gathered first and fetched by primary key (ListShape's
    # selected shape), [sql, binds] to AND on `topics`. Joined instead, the
    # planner read the forum's topics for a long state (all: 515 ms against
    # 84 ms at 1M topics, bench/sql/run.rb).
    def sort_restriction(today:)
      sql, binds = row_conditions(today: today, words: :row)
      [format(ListShape::SELECTED_POSTINGS_SQL, conditions: sql), binds]
    end

    # job_q and nothing else but hiding upcoming postings: common words
    # then walk the board's newest topics (ListShape).
    def words_alone?
      !@query.nil? && @roles.empty? && @contracts.empty? && @place.nil? && @remote.nil? &&
        @status.nil?
    end

    def postings_only?
      @postings_only || !row_filters_empty? || (!@status.nil? && @status != "open")
    end

    # A role, a contract or a place pick a few of the board's postings
    # (ListShape gathers them first).
    def selective?
      @roles.any? || @contracts.any? || !@place.nil?
    end

    def row_filters_empty?
      @roles.empty? && @contracts.empty? && @place.nil? && @remote.nil? && @query.nil?
    end
  end
end
