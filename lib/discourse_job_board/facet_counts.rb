# frozen_string_literal: true

require "json"

module DiscourseJobBoard
  # How many postings of a board the user can see, per role, per contract and
  # per state, for the filter bar. Each facet is counted with the other
  # facets' filters applied and not its own (choosing a role shows how many
  # postings every other role would give), as faceted search usually does;
  # `total` has every filter.
  #
  # One query over job_board_postings alone groups the board's rows by role,
  # contract list and open state (the rule in SQL, ListFilter::OPEN_SQL): a
  # few hundred groups at most, whatever the board's size. The facets are
  # then summed from those groups here, so the query's cost is one scan of the
  # board's rows, never the forum's topics.
  class FacetCounts
    Group = Struct.new(:role, :contracts, :open, :count, keyword_init: true)

    # Either category and guardian (the counts endpoint), or what they come
    # to: category_ids, the board category and its subcategories the user may
    # read, and include_unlisted, whether they see unlisted topics.
    def initialize(
      filter:,
      category: nil,
      guardian: nil,
      category_ids: nil,
      include_unlisted: nil,
      vocabulary: Config.vocabulary,
      today: Config.today
    )
      @filter = filter
      @category_ids = category_ids || self.class.readable_category_ids(category, guardian)
      @include_unlisted =
        include_unlisted.nil? ? guardian.can_see_unlisted_topics? : include_unlisted
      @vocabulary = vocabulary
      @today = today.respond_to?(:iso8601) ? today.iso8601 : today.to_s
    end

    # As the category's topic list would show them: core's Category.secured
    # (app/models/category.rb) drops read-restricted subcategories the user
    # may not read.
    def self.readable_category_ids(category, guardian)
      Category.secured(guardian).where(id: Category.subcategory_ids(category.id)).pluck(:id)
    end

    def call
      sql, binds = self.sql
      tally(DB.query_hash(sql, binds))
    end

    # [sql, binds]: one row per (role, contracts, open) group with its count.
    def sql
      sql = <<~SQL
        SELECT jb.role, array_to_json(jb.contracts)::text AS contracts,
               #{ListFilter::OPEN_SQL} AS open, COUNT(*) AS count
        FROM job_board_postings jb
        WHERE jb.category_id IN (:job_board_category_ids) AND NOT jb.topic_deleted
        #{@include_unlisted ? "" : "AND jb.topic_visible"}
        GROUP BY jb.role, jb.contracts, open
      SQL
      [sql, { job_board_category_ids: @category_ids, job_board_today: @today }]
    end

    # The query's rows (string or symbol keys) as the endpoint's JSON.
    def tally(rows)
      counts = empty_counts
      rows.each { |row| add(counts, group(row)) }
      counts["states"]["closed"] = counts["states"]["all"] - counts["states"]["open"]
      counts
    end

    private

    def group(row)
      get = ->(key) { row.key?(key) ? row[key] : row[key.to_sym] }
      contracts = get.call("contracts")
      Group.new(
        role: get.call("role"),
        contracts: contracts.is_a?(String) ? JSON.parse(contracts) : Array(contracts),
        open: [true, "t", "true"].include?(get.call("open")),
        count: get.call("count").to_i,
      )
    end

    def add(counts, group)
      role = @filter.roles.empty? || @filter.roles.include?(group.role)
      contract = @filter.contracts.empty? || (group.contracts & @filter.contracts).any?
      status = @filter.status.nil? || group.open == (@filter.status == "open")

      if contract && status && counts["roles"].key?(group.role)
        counts["roles"][group.role] += group.count
      end
      if role && status
        group.contracts.uniq.each do |code|
          counts["contracts"][code] += group.count if counts["contracts"].key?(code)
        end
      end
      if role && contract
        counts["states"]["all"] += group.count
        counts["states"]["open"] += group.count if group.open
      end
      counts["total"] += group.count if role && contract && status
    end

    def empty_counts
      {
        "roles" => @vocabulary.role_codes.to_h { |code| [code, 0] },
        "contracts" => @vocabulary.contract_codes.to_h { |code| [code, 0] },
        "states" => { "open" => 0, "closed" => 0, "all" => 0 },
        "total" => 0,
      }
    end
  end
end
