# frozen_string_literal: true

require "json"

module DiscourseJobBoard
  # A posting's place as a code: "dep-33" (a département), "reg-76" (a région)
  # or "abroad", as in assets/javascripts/discourse/lib/posting/places.ts. The
  # lists are config/job_board_places.json, generated from
  # @etalab/decoupage-administratif by script/generate-places.ts. Plain Ruby.
  module Places
    ABROAD = "abroad"
    DEPARTEMENT_PREFIX = "dep-"
    REGION_PREFIX = "reg-"
    FILE = File.expand_path("../../config/job_board_places.json", __dir__)

    Entry = Struct.new(:code, :kind, :name, :region, keyword_init: true)

    # Every code, frozen, read once: the file ships with the plugin.
    def self.entries
      @entries ||= load_entries.freeze
    end

    def self.load_entries
      data = JSON.parse(File.read(FILE))
      list = data.fetch("regions").map { |r| region_entry(r) }
      list += data.fetch("departements").map { |d| departement_entry(d) }
      list << Entry.new(code: ABROAD, kind: "abroad", name: ABROAD, region: nil).freeze
      list.to_h { |entry| [entry.code, entry] }
    end

    def self.region_entry(region)
      code = "#{REGION_PREFIX}#{region.fetch("code")}"
      Entry.new(code: code, kind: "region", name: region.fetch("name"), region: code).freeze
    end

    def self.departement_entry(departement)
      Entry.new(
        code: "#{DEPARTEMENT_PREFIX}#{departement.fetch("code")}",
        kind: "departement",
        name: departement.fetch("name"),
        region: "#{REGION_PREFIX}#{departement.fetch("region")}",
      ).freeze
    end

    def self.place?(code)
      code.is_a?(String) && entries.key?(code)
    end

    # The région code of a place (itself for a région), nil abroad or unknown:
    # what a filter on a région compares.
    def self.region_of(code)
      entries[code]&.region
    end

    # Whether a posting's place lies within a place members filter on.
    def self.within?(place, filter)
      entry = entries[place]
      return false unless entry
      entry.code == filter || entry.region == filter
    end
  end
end
