# frozen_string_literal: true

module DiscourseJobBoard
  # The filters a member follows, read from the board's own query parameters
  # (job_role, job_contract, job_place, job_remote, job_q: the filter bar's
  # URL, board-filters.ts) and checked with the list's own rules
  # (ListFilter), so a follow matches what the board would list. Plain Ruby.
  #
  # job_status and job_sort are not part of a follow: a follow is about new
  # postings, which are open by definition, and the order of a list says
  # nothing about what to be told of. They are refused with a message rather
  # than silently dropped, so a caller does not believe they count.
  #
  # A follow with no filter at all is allowed: « Toutes les offres » is what
  # a member of a small board wants (a dozen postings a month), and it costs
  # the fan-out nothing more than any other follow (one row, one query).
  class FollowParams
    class Invalid < StandardError
      attr_reader :param

      def initialize(param, message)
        @param = param
        super("#{param}: #{message}")
      end
    end

    # Enough for every role of the board, each with its own place; past it a
    # member is better served by a wider filter. The error says so.
    MAX_PER_USER = 20
    PARAMS = %w[job_role job_contract job_place job_remote job_q].freeze
    NOT_FOLLOWED = %w[job_status job_sort].freeze

    attr_reader :roles, :contracts, :place, :remote, :q, :query

    def self.from_params(params, vocabulary)
      get = ->(key) { params[key] || params[key.to_sym] }
      NOT_FOLLOWED.each do |param|
        value = get.call(param)
        next if value.nil? || value == "" || value == "all"
        raise Invalid.new(param, "a follow is about new open postings: leave #{param} out")
      end
      q = words(get.call("job_q"))
      roles = vocabulary.role_codes
      codes = vocabulary.contract_codes
      new(
        roles: checked { ListFilter.values(get.call("job_role"), "job_role", roles) },
        contracts: checked { ListFilter.values(get.call("job_contract"), "job_contract", codes) },
        place: checked { ListFilter.place(get.call("job_place")) },
        remote: checked { ListFilter.one(get.call("job_remote"), "job_remote", remotes) },
        q: q,
        query: q && SearchText.query(q),
      )
    end

    def self.remotes
      ListFilter::REMOTES
    end

    def self.checked
      yield
    rescue ListFilter::InvalidValue => e
      raise Invalid.new(e.param, e.message.delete_prefix("#{e.param}: "))
    end

    # The words as typed, trimmed and with spaces folded; nil for none. Words
    # that hold no letter or digit would follow every posting while the member
    # believes they filter: refused.
    def self.words(raw)
      return nil if raw.nil?
      if !raw.is_a?(String) || raw.length > SearchText::MAX_QUERY_CHARS
        raise Invalid.new("job_q", "words, at most #{SearchText::MAX_QUERY_CHARS} characters")
      end
      text = raw.gsub(/\s+/, " ").strip
      return nil if text.empty?
      if SearchText.query(text).nil?
        raise Invalid.new("job_q", "#{text.inspect} holds no word to search for")
      end
      text
    end

    def initialize(roles: [], contracts: [], place: nil, remote: nil, q: nil, query: nil)
      @roles = roles.sort.freeze
      @contracts = contracts.sort.freeze
      @place = place
      @remote = remote
      @q = q
      @query = query
    end

    def everything?
      roles.empty? && contracts.empty? && place.nil? && remote.nil? && query.nil?
    end

    # The row's bind values (arrays as PostgreSQL literals, as PostingTable
    # binds them).
    def row
      {
        roles: PostingTable.array_literal(roles),
        contracts: PostingTable.array_literal(contracts),
        place: place,
        remote: remote,
        q: q,
        query: query,
      }
    end

    # As the client reads a follow back, in the board's query parameters.
    def self.as_json(record)
      {
        id: record["id"],
        job_role: codes(record["roles"]),
        job_contract: codes(record["contracts"]),
        job_place: record["place"],
        job_remote: record["remote"],
        job_q: record["q"],
        created_at: record["created_at"],
      }
    end

    # A varchar[] as the driver hands it: a Ruby array, or PostgreSQL's text
    # form ("{coach,data}") where no type map decodes arrays. Codes are
    # [a-z0-9_], so the text form needs no unquoting.
    def self.codes(value)
      return value.map(&:to_s) if value.is_a?(Array)
      value.to_s.delete("{}\"").split(",").reject(&:empty?)
    end
  end
end
