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

    # Deliberately simple, like the TypeScript one: something@domain.tld, no
    # spaces; invisible and control characters are refused as well.
    INVISIBLE = /[[:space:]]|\p{Cc}|\p{Cf}/
    EMAIL = /\A[^@<>()\[\]\\,;:"]+@[^@<>()\[\]\\,;:"]+\.[^@<>()\[\]\\,;:".]{2,}\z/
    # A leading scheme, as a browser would read it (whitespace inside is dropped).
    # ASCII letters only: with /i, Ruby would read "httpſ" (long s) as "https".
    SCHEME = /\A(?:[[:space:]]|\p{Cc})*([a-zA-Z](?:[a-zA-Z0-9+.\-]|[[:space:]])*):/
    HTTP = /\A[hH][tT][tT][pP][sS]?\z/
    HTTP_URL = %r{\A[hH][tT][tT][pP][sS]?://([^/?#]*)(?:[/?#].*)?\z}m
    # A host whose last label is a number is an IPv4 address to a browser.
    IPV4 = /\A(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\z/
    HOST = %r{\A[^#/:<>?@\[\\\]^|%]+\z}
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
      check_role
      check_contracts
      check_text("team")
      check_text("location")
      check_place
      check_dates
      check_choices
      check_contact
      check_apply_url
      @errors
    end

    def valid?(fields)
      call(fields).empty?
    end

    private

    def stringify(fields)
      fields.to_h.transform_keys(&:to_s)
    end

    def report(field, code, **params)
      @errors << Error.new(field: field, code: code, params: params.transform_keys(&:to_s))
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
      return if contact.is_a?(String) && EMAIL.match?(contact) && !INVISIBLE.match?(contact)

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
      elsif !http_url?(url)
        report("apply_url", "invalid_url", value: url)
      end
    end

    def http_url?(url)
      return false if INVISIBLE.match?(url)
      authority = HTTP_URL.match(url)&.[](1)
      return false if authority.nil?

      # -1 keeps a trailing empty part: "user@" has no host.
      host_and_port = authority.split("@", -1).last.to_s
      host, port = host_and_port.match(/\A(.*?)(?::(\d*))?\z/m).captures
      return false if port && !port.empty? && port.to_i > 65_535
      return false if host.split(".").last.to_s.match?(/\A\d+\z/) && !IPV4.match?(host)
      HOST.match?(host)
    end
  end
end
