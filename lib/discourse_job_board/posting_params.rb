# frozen_string_literal: true

require "json"

module DiscourseJobBoard
  # Turns a posting's fields as they arrive (JSON from the postings endpoint,
  # form strings from POST /posts.json's topic_custom_fields, stored custom
  # fields) into the typed hash PostingValidator checks, and back into custom
  # fields. Plain Ruby.
  module PostingParams
    class UnknownField < StandardError
      attr_reader :field

      def initialize(field)
        @field = field
        super("unknown posting field: #{field}")
      end
    end

    TRUE_WORDS = %w[true t 1 on].freeze
    FALSE_WORDS = %w[false f 0 off].freeze
    AMOUNT_FIELDS = %w[pay_min pay_max].freeze
    TEXT_FIELDS = (Fields::NAMES - %w[contracts junior] - AMOUNT_FIELDS).freeze

    # Keys may carry the "job_" prefix or not; unknown keys raise UnknownField.
    # Only the keys given are returned, so a partial update stays partial.
    def self.coerce(raw)
      raw.to_h.each_with_object({}) do |(key, value), posting|
        name = key.to_s.delete_prefix(Fields::PREFIX)
        raise UnknownField.new(key.to_s) unless Fields::NAMES.include?(name)
        posting[name] = coerce_value(name, value)
      end
    end

    # The keys of raw ("job_role" or "role" => form string or typed value)
    # whose value differs from the current wire fields once typed. Keys that
    # are not posting fields stay, so the caller still refuses them.
    def self.changed_keys(raw, current)
      raw.to_h.keys.reject do |key|
        name = key.to_s.delete_prefix(Fields::PREFIX)
        Fields::NAMES.include?(name) && coerce_value(name, raw[key]) == current[name]
      end
    end

    def self.coerce_value(name, value)
      case name
      when "contracts"
        coerce_list(value)
      when "junior"
        coerce_boolean(value)
      when *AMOUNT_FIELDS
        coerce_amount(value)
      else
        coerce_text(value)
      end
    end

    # Core's posts controller passes custom fields as strings: "45000" is the
    # number, "" no amount. Anything else stays as given, for the validator to
    # name ("45 000 €" is read by the importer, before it is sent).
    def self.coerce_amount(value)
      value = coerce_text(value)
      return value.to_i if value.is_a?(String) && value.match?(/\A[0-9]{1,9}\z/)
      return value.to_i if value.is_a?(Float) && value.finite? && value == value.floor
      value
    end

    def self.coerce_text(value)
      return value unless value.is_a?(String)
      stripped = value.strip
      stripped.empty? ? nil : stripped
    end

    # Core's posts controller only lets scalar custom field values through, so
    # a list may come as "cdd,freelance" or as the JSON text of an array.
    def self.coerce_list(value)
      case value
      when nil
        []
      when Array
        value.map { |item| coerce_text(item) }.compact
      when String
        text = value.strip
        return coerce_list(parse_json_list(text)) if text.start_with?("[")
        text.split(",").map(&:strip).reject(&:empty?)
      else
        value
      end
    end

    def self.parse_json_list(text)
      parsed = JSON.parse(text)
      parsed.is_a?(Array) ? parsed : text
    rescue JSON::ParserError
      text
    end

    def self.coerce_boolean(value)
      return value unless value.is_a?(String)
      word = value.strip.downcase
      return true if TRUE_WORDS.include?(word)
      return false if FALSE_WORDS.include?(word) || word.empty?
      value
    end

    # A valid posting as topic custom fields; nil removes a field.
    def self.to_custom_fields(posting)
      posting.to_h do |name, value|
        stored = name == "contracts" ? Array(value) : value
        stored = nil if stored == [] || stored == ""
        [Fields.custom_field(name), stored]
      end
    end

    # The wire fields of a topic's custom fields (a Hash or core's preloaded
    # proxy: anything answering [] with "job_<name>").
    def self.from_custom_fields(custom_fields)
      Fields::NAMES.to_h do |name|
        value = custom_fields[Fields.custom_field(name)]
        value =
          case name
          when "contracts"
            stored_list(value)
          when "junior"
            value == true || TRUE_WORDS.include?(value.to_s)
          when *AMOUNT_FIELDS
            stored_amount(value)
          else
            text_or_nil(value)
          end
        [name, value]
      end
    end

    # core: app/models/concerns/has_custom_fields.rb reads an :integer field
    # with to_i, so a stored value is an Integer (a String in plain specs);
    # nothing but a positive number is an amount.
    def self.stored_amount(value)
      amount = value.is_a?(String) && value.strip.match?(/\A[0-9]{1,9}\z/) ? value.to_i : value
      amount.is_a?(Integer) && amount.positive? ? amount : nil
    end

    def self.stored_list(value)
      list = value.is_a?(String) ? coerce_list(value) : value
      list.is_a?(Array) ? list.map(&:to_s) : []
    end

    def self.text_or_nil(value)
      return nil if value.nil?
      text = value.to_s
      text.strip.empty? ? nil : text
    end
  end
end
