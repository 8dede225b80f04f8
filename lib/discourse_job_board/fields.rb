# frozen_string_literal: true

module DiscourseJobBoard
  # The wire contract (DESIGN.md): each field travels as the topic custom field
  # "job_<name>" and, inside the `job` object of lists, topics and the postings
  # endpoint, under its bare name. Plain Ruby: the validator and the specs use it
  # without Discourse.
  module Fields
    PREFIX = "job_"

    NAMES = %w[
      role
      contracts
      team
      location
      place
      remote
      opens_at
      closes_at
      status
      contact
      apply_url
      junior
      pay_min
      pay_max
      pay_period
    ].freeze

    # Topic custom field types. Contracts are a JSON array in one row (core
    # deprecates array types, and one row keeps the preload and the revision
    # diff simple); junior is a boolean; pay amounts are whole euros; the rest
    # are strings.
    TYPES =
      Hash
        .new(:string)
        .merge(
          "contracts" => :json,
          "junior" => :boolean,
          "pay_min" => :integer,
          "pay_max" => :integer,
        )
        .freeze

    # Core's own cap, in bytes of the stored value: a backstop under the
    # validator's limits in characters (a character is at most 4 bytes).
    STORAGE_MAX_BYTES = {
      "role" => 200,
      "contracts" => 1000,
      "team" => 400,
      "location" => 400,
      "place" => 20,
      "remote" => 20,
      "opens_at" => 20,
      "closes_at" => 20,
      "status" => 20,
      "contact" => 1016,
      "apply_url" => 4000,
      "junior" => 5,
      "pay_min" => 20,
      "pay_max" => 20,
      "pay_period" => 20,
    }.freeze

    def self.custom_field(name)
      "#{PREFIX}#{name}"
    end

    def self.custom_fields
      NAMES.map { |name| custom_field(name) }
    end

    # The bare name of "job_role"; nil for anything that is not one of ours.
    def self.bare_name(custom_field_name)
      name = custom_field_name.to_s.delete_prefix(PREFIX)
      return nil if name == custom_field_name.to_s
      NAMES.include?(name) ? name : nil
    end
  end
end
