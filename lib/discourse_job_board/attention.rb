# frozen_string_literal: true

module DiscourseJobBoard
  # What an open posting lacks (issue 13): a way to apply (an http(s) apply
  # link or a contact e-mail) and a closing date. The composer warns about the
  # same gaps before publishing (assets/javascripts/discourse/lib/
  # posting-attention.ts); publishers see the postings that still have them at
  # GET /job-board/attention.json. Plain Ruby.
  module Attention
    REASONS = %w[no_way_to_apply no_closing_date].freeze
    # Only postings people can still apply to: a filled, closed or expired
    # posting needs neither.
    STATES = %w[open].freeze

    # fields: a posting's wire fields (PostingParams.from_custom_fields). A
    # link or contact counts when the validator would accept it, as the card
    # offers « Candidater » only then (lib/posting-display.ts applyTarget
    # mirrors the same checks): old data that slipped through (a javascript:
    # link, a name in place of an address) is no way to apply.
    def self.reasons(fields)
      reasons = []
      reasons << "no_way_to_apply" if !way_to_apply?(fields)
      reasons << "no_closing_date" if PostingStatus.parse_day(fields["closes_at"]).nil?
      reasons
    end

    def self.way_to_apply?(fields)
      given = fields.to_h.slice("apply_url", "contact").compact
      return false if given.empty?
      refused = PostingValidator.new.call(given).map(&:field)
      given.keys.any? { |name| !refused.include?(name) }
    end

    # The entry of one posting for the publishers' list, or nil when it needs
    # nothing (or is no longer open as of today).
    def self.entry(fields, state:)
      return nil if !STATES.include?(state)
      reasons = reasons(fields)
      reasons.empty? ? nil : reasons
    end
  end
end
