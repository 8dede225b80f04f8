# frozen_string_literal: true

module DiscourseJobBoard
  # The board's filters (job_role, job_contract, job_status) as SQL fragments
  # over `topics` with named bind parameters, never interpolated values. Plain
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

    STATUSES = %w[open closed all].freeze
    PARAMS = %w[job_role job_contract job_status].freeze
    MAX_VALUES = 20

    # The open/closed rule of PostingStatus over a row `jb`: open unless a
    # moderator filled or closed it, the topic is closed, or its closing day
    # is before today (Europe/Paris, bound as an ISO day, compared as a date).
    OPEN_SQL = squish(<<~SQL)
      (jb.status NOT IN ('filled', 'closed') AND NOT jb.topic_closed
       AND (jb.closes_on IS NULL OR jb.closes_on >= CAST(:job_board_today AS date)))
    SQL

    ROLE_SQL = "jb.role IN (:job_board_roles)"
    # Any of the chosen contracts: array overlap.
    CONTRACTS_SQL = "jb.contracts && CAST(ARRAY[:job_board_contracts] AS varchar[])"

    # Postings matching every condition; trashed ones are left to the list's
    # own deleted_at test, this only lets the partial indexes serve.
    POSTINGS_SQL = squish(<<~SQL)
      topics.id IN (SELECT jb.topic_id FROM job_board_postings jb
                    WHERE NOT jb.topic_deleted AND %<conditions>s)
    SQL

    # The same for a role or a contract, which pick a few postings of the
    # board: the ids are gathered first (an InitPlan), then fetched by primary
    # key and sorted, so the list costs what those postings cost. As a
    # semi-join PostgreSQL may instead walk the forum's topics by bumped_at
    # until it finds a page, which grows with the forum (bench/sql/run.rb).
    SELECTED_POSTINGS_SQL = squish(<<~SQL)
      topics.id = ANY (ARRAY(SELECT jb.topic_id FROM job_board_postings jb
                             WHERE NOT jb.topic_deleted AND %<conditions>s))
    SQL

    # The board's default view: its open postings and its other topics (the
    # "about" topic, a pinned guide for applicants), i.e. no posting row that
    # is not open.
    NOT_CLOSED_SQL = squish(<<~SQL)
      NOT EXISTS (SELECT 1 FROM job_board_postings jb
                  WHERE jb.topic_id = topics.id AND NOT #{OPEN_SQL})
    SQL

    attr_reader :roles, :contracts, :status

    # From request parameters (string or symbol keys): unknown values raise
    # InvalidValue, which the list answers with a 400 naming the parameter.
    # Absent or blank values filter nothing here; ListFilters makes "open"
    # the default of a board category's own list.
    def self.from_params(params, vocabulary)
      get = ->(key) { params[key] || params[key.to_sym] }
      new(
        roles: values(get.call("job_role"), "job_role", vocabulary.role_codes),
        contracts: values(get.call("job_contract"), "job_contract", vocabulary.contract_codes),
        status: status(get.call("job_status")),
      )
    end

    # From a /filter term's values (`job_role:coach,data` arrives as
    # ["coach,data"], repeated terms as more items): split on commas and keep
    # the known codes, as core's own terms ignore what they do not know. A
    # term naming nothing known filters nothing. Only postings match.
    def self.from_filter_term(param, raw_values, vocabulary)
      words = Array(raw_values).flat_map { |value| value.to_s.split(",") }.map(&:strip)
      case param
      when "job_role"
        new(roles: (words & vocabulary.role_codes).first(MAX_VALUES))
      when "job_contract"
        new(contracts: (words & vocabulary.contract_codes).first(MAX_VALUES))
      else
        known = words & STATUSES
        new(status: known.length == 1 && known.first != "all" ? known.first : nil,
            postings_only: known.any?)
      end
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

    def self.status(raw)
      raw = raw.first if raw.is_a?(Array) && raw.length == 1
      return nil if raw.nil? || raw == ""
      raise InvalidValue.new("job_status", raw, STATUSES) unless STATUSES.include?(raw)
      raw == "all" ? nil : raw
    end

    def initialize(roles: [], contracts: [], status: nil, postings_only: false)
      @roles = roles.freeze
      @contracts = contracts.freeze
      @status = status
      @postings_only = postings_only
    end

    def empty?
      @roles.empty? && @contracts.empty? && @status.nil? && !@postings_only
    end

    # The same filter with one facet dropped, for counting that facet.
    def without(facet)
      ListFilter.new(
        roles: facet == :role ? [] : @roles,
        contracts: facet == :contract ? [] : @contracts,
        status: facet == :status ? nil : @status,
      )
    end

    # [[sql, binds], ...] to AND together on `topics`; today is an ISO day
    # in Europe/Paris. A role, a contract or "closed" asks for postings only;
    # "open" alone keeps the board's other topics beside its open postings.
    def conditions(today:)
      return [] if empty?
      return [[NOT_CLOSED_SQL, today_binds(today)]] if !postings_only?
      sql, binds = row_conditions(today: today)
      shape = @roles.any? || @contracts.any? ? SELECTED_POSTINGS_SQL : POSTINGS_SQL
      [[format(shape, conditions: sql), binds]]
    end

    # The filter over a job_board_postings row `jb`: [sql, binds]; "TRUE"
    # when it filters nothing. FacetCounts counts with these.
    def row_conditions(today:)
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
      if @status
        parts << (@status == "open" ? OPEN_SQL : "NOT #{OPEN_SQL}")
        binds.merge!(today_binds(today))
      end
      [parts.empty? ? "TRUE" : parts.join(" AND "), binds]
    end

    def postings_only?
      @postings_only || @roles.any? || @contracts.any? || @status == "closed"
    end

    private

    def today_binds(today)
      raise ArgumentError, "today must be an ISO day" unless PostingStatus.parse_day(today.to_s)
      { job_board_today: today.to_s }
    end
  end
end
