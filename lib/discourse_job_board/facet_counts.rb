# frozen_string_literal: true

module DiscourseJobBoard
  # How many postings of a board the user can see, per role, per contract and
  # per state, for the filter bar. Each facet is counted with the other
  # facets' filters applied and not its own (choosing a role shows how many
  # postings every other role would give), as faceted search usually does;
  # `total` has every filter.
  #
  # One query over job_board_postings alone groups the board's rows by role
  # and open state (the rule in SQL, ListFilter::OPEN_SQL), at most two rows
  # per role, each with its count under the contract filter and its count per
  # contract; the facets are summed from those rows here. Its cost is one scan
  # of the board's rows, never the forum's topics.
  class FacetCounts
    Group = Struct.new(:role, :open, :matching, :contracts, keyword_init: true)

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

    # [sql, binds]: one row per (role, open) group: `matching`, its postings
    # under the contract filter, and contract_<i>, its postings holding the
    # vocabulary's i-th contract.
    def sql
      contract_sql, binds = only(:contract).row_conditions(today: @today)
      columns = ["COUNT(*) FILTER (WHERE #{contract_sql}) AS matching"]
      @vocabulary.contract_codes.each_with_index do |code, index|
        binds[:"job_board_contract_#{index}"] = code
        columns << "COUNT(*) FILTER (WHERE CAST(:job_board_contract_#{index} AS varchar) " \
          "= ANY (jb.contracts)) AS contract_#{index}"
      end
      sql = <<~SQL
        SELECT jb.role, #{ListFilter::OPEN_SQL} AS open,
               #{columns.join(",\n       ")}
        FROM job_board_postings jb
        WHERE jb.category_id IN (:job_board_category_ids) AND NOT jb.topic_deleted
        #{@include_unlisted ? "" : "AND jb.topic_visible"}
        GROUP BY jb.role, open
      SQL
      [sql, binds.merge(job_board_category_ids: @category_ids, job_board_today: @today)]
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
      Group.new(
        role: get.call("role"),
        open: [true, "t", "true"].include?(get.call("open")),
        matching: get.call("matching").to_i,
        contracts:
          @vocabulary.contract_codes.each_index.map { |index| get.call("contract_#{index}").to_i },
      )
    end

    # The role and status filters apply to a whole group, the contract filter
    # was applied in SQL (matching).
    def add(counts, group)
      role = @filter.roles.empty? || @filter.roles.include?(group.role)
      status = @filter.status.nil? || group.open == (@filter.status == "open")

      counts["roles"][group.role] += group.matching if status && counts["roles"].key?(group.role)
      if role && status
        @vocabulary.contract_codes.zip(group.contracts) do |code, count|
          counts["contracts"][code] += count
        end
      end
      if role
        counts["states"]["all"] += group.matching
        counts["states"]["open"] += group.matching if group.open
      end
      counts["total"] += group.matching if role && status
    end

    # The filter keeping only one facet's condition.
    def only(facet)
      %i[role contract status].reject { |other| other == facet }.reduce(@filter) do |filter, other|
        filter.without(other)
      end
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
