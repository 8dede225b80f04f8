# frozen_string_literal: true

module DiscourseJobBoard
  # How many postings of a board the user can see, per role, per contract and
  # per state, for the filter bar. Each facet is counted with the other
  # facets' filters applied and not its own (choosing a role shows how many
  # postings every other role would give), as faceted search usually does;
  # `total` has every filter. One query over job_board_postings alone, with a
  # FILTER aggregate per figure: its cost is the board's rows, never the
  # forum's topics.
  class FacetCounts
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
      self.class.result(DB.query_hash(sql, binds).first || {}, @vocabulary)
    end

    # [sql, binds]: one row with the figures as columns (total, role_<i>,
    # contract_<i>, open_count, all_count), in the vocabulary's order.
    def sql
      binds = { job_board_category_ids: @category_ids }
      role_sql, role_binds = only(:role).row_conditions(today: @today)
      contract_sql, contract_binds = only(:contract).row_conditions(today: @today)
      status_sql, status_binds = only(:status).row_conditions(today: @today)
      all_sql, all_binds = @filter.row_conditions(today: @today)
      binds.merge!(role_binds, contract_binds, status_binds, all_binds)
      binds[:job_board_today] = @today

      columns = ["COUNT(*) FILTER (WHERE #{all_sql}) AS total"]
      @vocabulary.role_codes.each_with_index do |code, index|
        binds[:"job_board_role_#{index}"] = code
        columns << "COUNT(*) FILTER (WHERE #{contract_sql} AND #{status_sql} " \
          "AND jb.role = :job_board_role_#{index}) AS role_#{index}"
      end
      @vocabulary.contract_codes.each_with_index do |code, index|
        binds[:"job_board_contract_#{index}"] = code
        columns << "COUNT(*) FILTER (WHERE #{role_sql} AND #{status_sql} " \
          "AND CAST(:job_board_contract_#{index} AS varchar) = ANY (jb.contracts)) " \
          "AS contract_#{index}"
      end
      columns << "COUNT(*) FILTER (WHERE #{role_sql} AND #{contract_sql} " \
        "AND #{ListFilter::OPEN_SQL}) AS open_count"
      columns << "COUNT(*) FILTER (WHERE #{role_sql} AND #{contract_sql}) AS all_count"

      sql = <<~SQL
        SELECT #{columns.join(",\n       ")}
        FROM job_board_postings jb
        WHERE jb.category_id IN (:job_board_category_ids) AND NOT jb.topic_deleted
        #{@include_unlisted ? "" : "AND jb.topic_visible"}
      SQL
      [sql, binds]
    end

    # The query's row (string or symbol keys) as the endpoint's JSON.
    def self.result(row, vocabulary)
      get = ->(key) { (row[key] || row[key.to_sym]).to_i }
      open = get.call("open_count")
      all = get.call("all_count")
      {
        "roles" => figures(vocabulary.role_codes, "role", get),
        "contracts" => figures(vocabulary.contract_codes, "contract", get),
        "states" => { "open" => open, "closed" => all - open, "all" => all },
        "total" => get.call("total"),
      }
    end

    def self.figures(codes, prefix, get)
      codes.each_with_index.to_h { |code, index| [code, get.call("#{prefix}_#{index}")] }
    end

    private

    # The filter keeping only one facet's condition.
    def only(facet)
      %i[role contract status].reject { |other| other == facet }.reduce(@filter) do |filter, other|
        filter.without(other)
      end
    end
  end
end
