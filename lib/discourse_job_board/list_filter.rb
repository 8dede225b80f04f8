# frozen_string_literal: true

module DiscourseJobBoard
  # The board's filters (job_role, job_contract, job_status) as SQL fragments
  # over `topics` with named bind parameters, never interpolated values. Plain
  # Ruby so the parameter handling is tested without Discourse; TopicQuery,
  # /filter and the counts endpoint all build their conditions here.
  #
  # Each condition is an EXISTS on topic_custom_fields by (topic_id, name),
  # which core's index_topic_custom_fields_on_topic_id_and_name serves; the
  # role test on (value, name) can also use topic_custom_fields_value_key_idx.
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

    IS_POSTING_SQL = squish(<<~SQL)
      EXISTS (SELECT 1 FROM topic_custom_fields jb_posting
              WHERE jb_posting.topic_id = topics.id AND jb_posting.name = 'job_role')
    SQL

    ROLE_SQL = squish(<<~SQL)
      EXISTS (SELECT 1 FROM topic_custom_fields jb_role
              WHERE jb_role.topic_id = topics.id AND jb_role.name = 'job_role'
                AND jb_role.value IN (:job_board_roles))
    SQL

    # Contracts are stored as a JSON array of codes; codes are [a-z0-9_] and
    # the pattern escapes LIKE's wildcards, so '%"cdd"%' matches one element.
    CONTRACT_MATCH_SQL = squish(<<~'SQL')
      jb_contracts.value LIKE :%<bind>s ESCAPE '\'
    SQL

    CONTRACTS_SQL = squish(<<~SQL)
      EXISTS (SELECT 1 FROM topic_custom_fields jb_contracts
              WHERE jb_contracts.topic_id = topics.id AND jb_contracts.name = 'job_contracts'
                AND (%<matches>s))
    SQL

    # The open/closed rule of PostingStatus in SQL: open unless a moderator
    # filled or closed it, the topic is closed, or its closing day is before
    # today (Europe/Paris, bound as an ISO day; ISO days compare as text).
    OPEN_SQL = squish(<<~SQL)
      NOT topics.closed
      AND NOT EXISTS (SELECT 1 FROM topic_custom_fields jb_status
                      WHERE jb_status.topic_id = topics.id AND jb_status.name = 'job_status'
                        AND jb_status.value IN ('filled', 'closed'))
      AND NOT EXISTS (SELECT 1 FROM topic_custom_fields jb_closes
                      WHERE jb_closes.topic_id = topics.id AND jb_closes.name = 'job_closes_at'
                        AND jb_closes.value ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'
                        AND jb_closes.value < :job_board_today)
    SQL

    attr_reader :roles, :contracts, :status

    # From request parameters (string or symbol keys). Absent or blank values
    # filter nothing here; ListFilters makes "open" the default of a board
    # category's own list, and other lists stay unchanged.
    def self.from_params(params, vocabulary)
      get = ->(key) { params[key] || params[key.to_sym] }
      new(
        roles: values(get.call("job_role"), "job_role", vocabulary.role_codes),
        contracts: values(get.call("job_contract"), "job_contract", vocabulary.contract_codes),
        status: status(get.call("job_status")),
      )
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

    def self.like_pattern(code)
      "%\"#{code.gsub(/[\\%_]/) { |char| "\\#{char}" }}\"%"
    end

    # SQL matching a posting holding any of `codes`, with its binds.
    def self.contracts_condition(codes, prefix: "job_board_contract")
      binds = {}
      matches =
        codes.each_with_index.map do |code, index|
          bind = :"#{prefix}_#{index}"
          binds[bind] = like_pattern(code)
          format(CONTRACT_MATCH_SQL, bind: bind)
        end
      [format(CONTRACTS_SQL, matches: matches.join(" OR ")), binds]
    end

    def initialize(roles: [], contracts: [], status: nil)
      @roles = roles.freeze
      @contracts = contracts.freeze
      @status = status
    end

    def empty?
      @roles.empty? && @contracts.empty? && @status.nil?
    end

    # The same filter with one facet dropped, for counting that facet.
    def without(facet)
      ListFilter.new(
        roles: facet == :role ? [] : @roles,
        contracts: facet == :contract ? [] : @contracts,
        status: facet == :status ? nil : @status,
      )
    end

    # [[sql, binds], ...] to AND together; today is an ISO day in Europe/Paris.
    # A role, a contract or "closed" asks for postings only; "open" keeps the
    # board's other topics (its "about" topic, a pinned guide for applicants)
    # beside the open postings, since it is the board's default view.
    def conditions(today:)
      return [] if empty?
      found = []
      found << [IS_POSTING_SQL, {}] if postings_only?
      found << [ROLE_SQL, { job_board_roles: @roles }] if @roles.any?
      found << self.class.contracts_condition(@contracts) if @contracts.any?
      found << status_condition(today) if @status
      found
    end

    private

    def postings_only?
      @roles.any? || @contracts.any? || @status == "closed"
    end

    def status_condition(today)
      raise ArgumentError, "today must be an ISO day" unless PostingStatus.parse_day(today.to_s)
      sql =
        if @status == "open"
          postings_only? ? OPEN_SQL : "(NOT #{IS_POSTING_SQL}) OR (#{OPEN_SQL})"
        else
          "NOT (#{OPEN_SQL})"
        end
      [sql, { job_board_today: today.to_s }]
    end
  end
end
