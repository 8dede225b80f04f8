# frozen_string_literal: true

module DiscourseJobBoard
  # The role and contract vocabularies: codes with French and English labels,
  # contracts also with their schema.org employmentType. Admins edit them as
  # list settings, one entry per item, fields separated by ";" because "|"
  # already separates the items of a Discourse list setting:
  #
  #   job_board_roles:     developpement;Développement;Software development|...
  #   job_board_contracts: cdi;CDI;Permanent contract;FULL_TIME|...
  #
  # Plain Ruby: parsed the same way by the site setting validators, the
  # posting validator and the specs.
  class Vocabulary
    Entry = Struct.new(:code, :fr, :en, :employment_type, keyword_init: true)

    CODE = /\A[a-z0-9_]{1,50}\z/
    LABEL_MAX = 100
    EMPLOYMENT_TYPES = %w[
      FULL_TIME
      PART_TIME
      CONTRACTOR
      TEMPORARY
      INTERN
      VOLUNTEER
      PER_DIEM
      OTHER
    ].freeze
    FALLBACK_ROLE = "autre"

    DEFAULT_ROLES = [
      "developpement;Développement;Software development",
      "devops;DevOps / Ops;DevOps / Ops",
      "data;Data;Data",
      "design;Design;Design",
      "produit;Produit;Product",
      "deploiement;Déploiement / Bizdev;Deployment / Bizdev",
      "coach;Coach;Coach",
      "projet;Chargé·e de projets;Project officer",
      "support;Support & animation;Support & community",
      "communication;Communication;Communication",
      "autre;Autre;Other",
    ].join("|").freeze

    DEFAULT_CONTRACTS = [
      "cdi;CDI;Permanent contract;FULL_TIME",
      "cdd;CDD / contractuel·le;Fixed-term contract;TEMPORARY",
      "fonctionnaire;Fonctionnaire / détachement;Civil servant / secondment;OTHER",
      "freelance;Freelance / indépendant·e;Freelance;CONTRACTOR",
      "prestation;Prestation (marché, ESN);Service contract (agency);CONTRACTOR",
      "stage;Stage;Internship;INTERN",
      "alternance;Alternance;Work-study;INTERN",
      "service_civique;Service civique;Civic service;VOLUNTEER",
    ].join("|").freeze

    # A problem in a setting's value: `code` names the message
    # (discourse_job_board.vocabulary_errors.<code>), `item` is 1-based.
    Problem = Struct.new(:code, :item, :value, keyword_init: true)

    attr_reader :roles, :contracts

    def self.default
      new(
        roles: parse_entries(DEFAULT_ROLES, :roles),
        contracts: parse_entries(DEFAULT_CONTRACTS, :contracts),
      )
    end

    # From the two settings' values; a value with problems falls back to the
    # default list, so a bad edit never empties the board.
    def self.from_settings(roles_value, contracts_value)
      roles = problems(roles_value, :roles).empty? ? roles_value : DEFAULT_ROLES
      contracts = problems(contracts_value, :contracts).empty? ? contracts_value : DEFAULT_CONTRACTS
      new(roles: parse_entries(roles, :roles), contracts: parse_entries(contracts, :contracts))
    end

    # Vocabularies as the shared case table and the TypeScript module write them:
    # { "roles" => [{ "code", "fr", "en" }], "contracts" => [{ ..., "employmentType" }] }.
    def self.from_h(hash)
      build = ->(items) do
        items.map do |item|
          Entry.new(
            code: item.fetch("code"),
            fr: item["fr"],
            en: item["en"],
            employment_type: item["employmentType"],
          )
        end
      end
      new(roles: build.call(hash.fetch("roles")), contracts: build.call(hash.fetch("contracts")))
    end

    def self.items(value)
      value.to_s.split("|").map(&:strip).reject(&:empty?)
    end

    def self.parse_entries(value, kind)
      items(value).map do |item|
        code, fr, en, employment_type = item.split(";", -1).map(&:strip)
        employment_type = nil unless kind == :contracts
        Entry.new(code: code, fr: fr, en: en, employment_type: employment_type)
      end
    end

    # Every problem of a setting's value; empty when it is usable.
    def self.problems(value, kind)
      found = []
      entries = items(value)
      found << Problem.new(code: "empty") if entries.empty?
      seen = {}
      entries.each_with_index do |item, index|
        found.concat(item_problems(item, index + 1, kind, seen))
      end
      if kind == :roles && entries.any? && !seen.key?(FALLBACK_ROLE)
        found << Problem.new(code: "missing_fallback_role", value: FALLBACK_ROLE)
      end
      found
    end

    def self.item_problems(item, number, kind, seen)
      parts = item.split(";", -1).map(&:strip)
      expected = kind == :contracts ? 4 : 3
      if parts.length != expected
        return [Problem.new(code: "#{kind}_item_shape", item: number, value: item)]
      end
      code, fr, en, employment_type = parts
      found = []
      found << Problem.new(code: "invalid_code", item: number, value: code) unless CODE.match?(code)
      found << Problem.new(code: "duplicate_code", item: number, value: code) if seen.key?(code)
      seen[code] = true
      [fr, en].each do |label|
        next if !label.empty? && label.length <= LABEL_MAX
        found << Problem.new(code: "invalid_label", item: number, value: label)
      end
      if kind == :contracts && !EMPLOYMENT_TYPES.include?(employment_type)
        found << Problem.new(code: "invalid_employment_type", item: number, value: employment_type)
      end
      found
    end
    private_class_method :item_problems

    def initialize(roles:, contracts:)
      @roles = roles.freeze
      @contracts = contracts.freeze
      @role_codes = roles.map(&:code).freeze
      @contract_codes = contracts.map(&:code).freeze
    end

    def role_codes
      @role_codes
    end

    def contract_codes
      @contract_codes
    end

    def role?(code)
      code.is_a?(String) && @role_codes.include?(code)
    end

    def contract?(code)
      code.is_a?(String) && @contract_codes.include?(code)
    end

    def role(code)
      @roles.find { |entry| entry.code == code }
    end

    # schema.org employmentType values of contract codes, in order, without duplicates.
    def employment_types(codes)
      entries = Array(codes).filter_map { |code| @contracts.find { |entry| entry.code == code } }
      entries.map(&:employment_type).compact.uniq
    end
  end
end
