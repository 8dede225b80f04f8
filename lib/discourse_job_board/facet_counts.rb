# frozen_string_literal: true

module DiscourseJobBoard
  # How many postings of a board the user can see, per role, per contract and
  # per state, for the filter bar. Each facet is counted with the other facets'
  # filters applied and not its own (choosing a role shows how many postings
  # every other role would give), as faceted search usually does; `total` has
  # every filter. Counted in SQL: one GROUP BY for roles, FILTER aggregates for
  # contracts and states.
  class FacetCounts
    def initialize(
      category:,
      guardian:,
      filter:,
      vocabulary: Config.vocabulary,
      today: Config.today
    )
      @category = category
      @guardian = guardian
      @filter = filter
      @vocabulary = vocabulary
      @today = today.iso8601
    end

    def call
      {
        "roles" => roles,
        "contracts" => contracts,
        "states" => states,
        "total" => filtered(@filter).count,
      }
    end

    private

    # Postings of the category and its subcategories that the user may see,
    # as the category's topic list would show them.
    def base
      scope =
        Topic
          .secured(@guardian)
          .listable_topics
          .where(deleted_at: nil)
          .where(category_id: Category.subcategory_ids(@category.id))
          .where(ListFilter::IS_POSTING_SQL)
      scope = scope.visible if !@guardian.can_see_unlisted_topics?
      scope
    end

    def filtered(filter)
      filter
        .conditions(today: @today)
        .reduce(base) { |scope, (sql, binds)| scope.where(sql, binds) }
    end

    def roles
      counts =
        filtered(@filter.without(:role))
          .joins(<<~SQL)
            JOIN topic_custom_fields jb_role_count
              ON jb_role_count.topic_id = topics.id AND jb_role_count.name = 'job_role'
          SQL
          .group("jb_role_count.value")
          .count
      @vocabulary.role_codes.index_with { |code| counts[code].to_i }
    end

    def contracts
      codes = @vocabulary.contract_codes
      columns =
        codes.each_with_index.map do |code, index|
          sql, binds = ListFilter.contracts_condition([code], prefix: "job_board_count_#{index}")
          Arel.sql(ActiveRecord::Base.sanitize_sql_array(["COUNT(*) FILTER (WHERE #{sql})", binds]))
        end
      values = filtered(@filter.without(:contract)).pick(*columns)
      codes.zip(Array(values).map(&:to_i)).to_h
    end

    def states
      open_sql =
        ActiveRecord::Base.sanitize_sql_array(
          ["COUNT(*) FILTER (WHERE #{ListFilter::OPEN_SQL})", { job_board_today: @today }],
        )
      open, all = filtered(@filter.without(:status)).pick(Arel.sql(open_sql), Arel.sql("COUNT(*)"))
      { "open" => open.to_i, "closed" => all.to_i - open.to_i, "all" => all.to_i }
    end
  end
end
