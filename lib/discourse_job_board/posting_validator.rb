# frozen_string_literal: true

require "date"

module DiscourseJobBoard
  # The rules every write of a posting's fields must meet, on the server
  # (DESIGN.md, "Security and bad input"). The same rules as the TypeScript
  # validate() in assets/javascripts/discourse/lib/posting/validate.ts; both are
  # checked against test/fixtures/posting-validation-cases.json. Plain Ruby.
  #
  # Input: the fields under their bare wire names ("role", "contracts", ...),
  # typed as JSON would type them (PostingParams turns form strings into that).
  # Absent keys take DEFAULTS; a key present with nil clears the field.
  class PostingValidator
    Error =
      Struct.new(:field, :code, :params, keyword_init: true) do
        def to_h
          { "field" => field, "code" => code, "params" => params }
        end
      end

    MAX_LENGTHS = { "team" => 100, "location" => 100, "contact" => 254, "apply_url" => 1000 }.freeze
    REMOTE_MODES = %w[none partial full].freeze
    STATUSES = PostingStatus::STATUSES
    DEFAULTS = { "contracts" => [], "status" => "open", "junior" => false }.freeze

    # Whitespace, control and format characters: never in an address or a link.
    # Unicode's White_Space is the separators (\p{Z}) and six controls, so
    # these three classes cover it without overlapping. One class, never an
    # alternation: "(?:[[:space:]]|\p{Cc})*" matched U+0085 (and tabs) both
    # ways, which a backtracking engine may try in 2^n orders (Ruby 3.1.2's
    # Onigmo merged the two in our tries; nothing should rely on that).
    INVISIBLE = /[\p{Cc}\p{Cf}\p{Z}]/
    # One rule for hosts, in links and e-mail addresses alike, the same as the
    # TypeScript one (wire-text.ts), checked against the same table and against
    # generated inputs (test/node/posting-wire-differential-test.ts): an ASCII
    # host name of two labels or more, each of letters, digits and inner
    # hyphens, the last one of letters only or an IDN's "xn--" form. So no IP
    # address in any spelling a browser reads as one (127.1, 2130706433,
    # 0x7f.1, full-width digits, [::1]), and no host written in Unicode
    # (browsers map it before the lookup: what readers see is not always the
    # host); its "xn--" form is accepted.
    HOST_LABEL = /\A[a-zA-Z0-9-]{1,63}\z/
    TOP_LEVEL_LABEL = /\A(?:[a-zA-Z]{2,63}|[xX][nN]--[a-zA-Z0-9-]{1,59})\z/
    MAX_HOST_LENGTH = 253
    # Deliberately simple: something@host, one "@", nothing invisible.
    LOCAL_PART = /\A[^@<>()\[\]\\,;:"]+\z/
    # A leading scheme, as a browser would read it (whitespace inside is dropped).
    # ASCII letters only: with /i, Ruby would read "httpſ" (long s) as "https".
    SCHEME = /\A[\p{Cc}\p{Z}]*([a-zA-Z][a-zA-Z0-9+.\-\p{Z}\t\n\v\f\r\u0085]*):/
    HTTP = /\A[hH][tT][tT][pP][sS]?\z/
    HTTP_PREFIX = %r{\A[hH][tT][tT][pP][sS]?://}
    PORT = /\A[0-9]{0,5}\z/
    # No control characters, no bidirectional overrides or isolates, no
    # invisible spaces: they can hide or reorder what moderators and readers see.
    UNSAFE_TEXT = /[\p{Cc}\u200b\u2060\ufeff\u202a-\u202e\u2066-\u2069]/

    def initialize(vocabulary = Vocabulary.default)
      @vocabulary = vocabulary
    end

    # The errors of a posting, as Error structs; empty when it is valid.
    def call(fields)
      @posting = DEFAULTS.merge(stringify(fields))
      @errors = []
      check_title
      check_role
      check_contracts
      check_text("team")
      check_text("location")
      check_place
      check_dates
      check_choices
      check_contact
      check_apply_url
      PayRules.check(@posting, method(:report))
      @errors
    end

    def valid?(fields)
      call(fields).empty?
    end

    def self.host_name?(host)
      return false if host.length > MAX_HOST_LENGTH

      # -1 keeps trailing empty labels: "example.org." has one.
      labels = host.split(".", -1)
      labels.length >= 2 && TOP_LEVEL_LABEL.match?(labels.last) &&
        labels.all? do |label|
          HOST_LABEL.match?(label) && !label.start_with?("-") && !label.end_with?("-")
        end
    end

    def self.email?(text)
      return false if !text.is_a?(String) || INVISIBLE.match?(text)

      at = text.index("@")
      !at.nil? && at.positive? && at == text.rindex("@") && LOCAL_PART.match?(text[0...at]) &&
        host_name?(text[(at + 1)..])
    end

    # http(s) only, nothing invisible, no backslash anywhere (a browser reads it
    # as a slash), no user-info: an "@" in the authority is refused outright
    # ("https://evil.example\\@beta.gouv.fr/" goes to evil.example).
    def self.http_url?(text)
      return false if !text.is_a?(String) || INVISIBLE.match?(text) || text.include?("\\")

      prefix = HTTP_PREFIX.match(text)
      return false if prefix.nil?

      authority = text[prefix[0].length..][%r{\A[^/?#]*}]
      return false if authority.include?("@")

      host, port = authority.split(":", 2)
      port = port.to_s
      PORT.match?(port) && port.to_i <= 65_535 && host_name?(host.to_s)
    end

    private

    def stringify(fields)
      fields.to_h.transform_keys(&:to_s)
    end

    def report(field, code, **params)
      @errors << Error.new(field: field, code: code, params: params.transform_keys(&:to_s))
    end

    # The title is core's (TopicCreator), checked here for what core lets
    # through: characters that hide or reorder text, as for team and location.
    def check_title
      title = @posting["title"]
      report("title", "invalid_characters") if title.is_a?(String) && UNSAFE_TEXT.match?(title)
    end

    def check_role
      role = @posting["role"]
      if role.nil? || (role.is_a?(String) && role.strip.empty?)
        report("role", "required")
      elsif !@vocabulary.role?(role)
        report("role", "unknown_role", value: role.to_s)
      end
    end

    def check_contracts
      contracts = @posting["contracts"]
      return if contracts.nil?
      unless contracts.is_a?(Array)
        return report("contracts", "invalid_list", value: contracts.to_s)
      end

      contracts.each do |code|
        report("contracts", "unknown_contract", value: code.to_s) unless @vocabulary.contract?(code)
      end
      report("contracts", "duplicate_contract") if contracts.uniq.length != contracts.length
    end

    def check_text(field)
      value = @posting[field]
      return if value.nil?
      return report(field, "invalid_text") unless value.is_a?(String)

      check_length(field, value)
      report(field, "invalid_characters") if UNSAFE_TEXT.match?(value)
    end

    def check_length(field, value)
      max = MAX_LENGTHS.fetch(field)
      report(field, "too_long", max: max, length: value.length) if value.length > max
    end

    def check_place
      place = @posting["place"]
      report("place", "unknown_place", value: place.to_s) if !place.nil? && !Places.place?(place)
    end

    def check_dates
      days =
        %w[opens_at closes_at].to_h do |field|
          value = @posting[field]
          day = value.is_a?(String) ? PostingStatus.parse_day(value) : nil
          report(field, "invalid_date", value: value.to_s) if !value.nil? && day.nil?
          [field, day]
        end
      opens, closes = days.values_at("opens_at", "closes_at")
      return unless opens && closes && closes < opens

      report(
        "closes_at",
        "closes_before_opens",
        opens_at: @posting["opens_at"],
        closes_at: @posting["closes_at"],
      )
    end

    def check_choices
      status = @posting["status"]
      report("status", "invalid_status", value: status.to_s) unless STATUSES.include?(status)
      remote = @posting["remote"]
      if !remote.nil? && !REMOTE_MODES.include?(remote)
        report("remote", "invalid_remote", value: remote.to_s)
      end
      junior = @posting["junior"]
      report("junior", "invalid_boolean", value: junior.to_s) unless [true, false].include?(junior)
    end

    def check_contact
      contact = @posting["contact"]
      return if contact.nil?

      check_length("contact", contact) if contact.is_a?(String)
      return if self.class.email?(contact)

      report("contact", "invalid_email", value: contact.to_s)
    end

    def check_apply_url
      url = @posting["apply_url"]
      return if url.nil?
      return report("apply_url", "invalid_url", value: url.to_s) unless url.is_a?(String)

      check_length("apply_url", url)
      # A scheme other than http(s) (javascript:, data:, vbscript:, ...) would
      # run or load something where the apply button points.
      scheme = SCHEME.match(url)&.[](1)
      if scheme && !HTTP.match?(scheme)
        scheme = scheme.gsub(/[[:space:]]/, "").downcase
        report("apply_url", "unsafe_url", value: url, scheme: scheme)
      elsif !self.class.http_url?(url)
        report("apply_url", "invalid_url", value: url)
      end
    end
  end
end
