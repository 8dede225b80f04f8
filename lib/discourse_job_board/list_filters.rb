# frozen_string_literal: true

module DiscourseJobBoard
  # job_role, job_contract, job_status, job_place, job_remote and job_q on
  # topic lists (/latest.json, /c/<slug>/<id>/l/latest.json, ...) as
  # TopicQuery custom filters, and the same as terms of the /filter route
  # (job_role:coach,data job_status:open), plus job_sort on board lists.
  # On lists an unknown value raises Discourse::InvalidParameters, a 400 with
  # the message; /filter terms ignore unknown values as core's own terms do.
  module ListFilters
    def self.register(plugin)
      # Each key must be registered to be a valid list option, and core calls
      # every registered block on every list (lib/topic_query.rb). The
      # parameters make one filter, one subquery on the board's table: the
      # job_status block applies them all, the others pass the list on.
      ListFilter::PARAMS.each do |param|
        TopicQuery.add_custom_filter(param.to_sym) do |results, topic_query|
          next results if param != "job_status" || !SiteSetting.job_board_enabled
          results = mark_full_remote(results, topic_query.options[:q])
          params = list_params(topic_query)
          hide = hide_upcoming?(topic_query.guardian)
          # Every other list (latest, new, suggested...) also keeps an
          # upcoming posting from members: one primary-key probe per row.
          if params.values.all?(&:blank?)
            next hide ? where(results, ListFilter.new(hide_upcoming: true)) : results
          end
          apply(results, params, hide_upcoming: hide)
        end

        # core: lib/topics_filter.rb passes a term's values as written
        # (job_role:coach,data gives ["coach,data"]; repeated terms add items).
        plugin.add_filter_custom_filter(param) do |scope, values, guardian|
          next scope if !SiteSetting.job_board_enabled
          filter =
            ListFilter.from_filter_term(
              param, values, Config.vocabulary,
              hide_upcoming: hide_upcoming?(guardian),
              full_remote: scope.extending_values.include?(FULL_REMOTE_ASKED)
            )
          where(scope, filter)
        end
      end
      register_sort(plugin)

      # core: TopicsFilter.option_info hands its tips to this modifier, so
      # /filter's input autocompletes the terms.
      plugin.register_modifier(:topics_filter_options) do |results, _guardian|
        next results if !SiteSetting.job_board_enabled
        results.concat(FilterTermOptions.call(Config.vocabulary, I18n.locale))
      end
    end

    # job_sort: a valid list option once registered; the order itself is
    # core's modifier, only on a board category's list and only where core
    # would use its default order (no ?order=, no category sort order).
    def self.register_sort(plugin)
      TopicQuery.add_custom_filter(:job_sort) { |results, _topic_query| results }
      plugin.register_modifier(
        :topic_query_apply_ordering_result,
      ) do |result, order, _dir, _options, topic_query|
        next result if !SiteSetting.job_board_enabled
        next result if order.present? && order != "default"
        next result if !Config.board_category?(topic_query.options[:category])
        sort = ListSort.parse(topic_query.options[:job_sort])
        result = with_postings(result, sort, topic_query) if ListSort.postings_only?(sort)
        result.order(Arel.sql(ListSort.order_sql(sort)))
      rescue ListFilter::InvalidValue => e
        raise Discourse::InvalidParameters.new(e.message)
      end
    end

    # A list sorted by closing day or questions: the board's postings that
    # match its filter (ListSort.postings_clause).
    def self.with_postings(result, sort, topic_query)
      filter = parse(list_params(topic_query), hide_upcoming: hide_upcoming?(topic_query.guardian))
      kind, sql, binds = ListSort.postings_clause(sort, filter, today: Config.today.iso8601)
      # sanitize_sql_array without named binds would format the SQL with %.
      sql = ActiveRecord::Base.sanitize_sql_array([sql, binds]) if binds.any?
      kind == :joins ? result.joins(sql) : result.where(sql)
    end

    # The list's job_* options; a board category's own list shows its open
    # postings unless job_status says otherwise.
    def self.list_params(topic_query)
      params = ListFilter::PARAMS.to_h { |key| [key, topic_query.options[key.to_sym]] }
      board = Config.board_category?(topic_query.options[:category])
      params["job_status"] = params["job_status"].presence || ("open" if board)
      params
    end

    # A /filter query asking job_remote:full: its job_place term then also
    # keeps fully remote postings elsewhere, as the board's filter bar does.
    # core: lib/topic_query.rb #list_filter builds its scope with
    # latest_results, whose default_results runs the custom filters above
    # (options[:q] is the whole query) before lib/topics_filter.rb hands each
    # term to its own block alone; this mark on the scope tells the job_place
    # term what the job_remote term asks, in whichever order they come.
    FULL_REMOTE_ASKED = Module.new

    def self.mark_full_remote(results, query_string)
      return results if !ListFilter.full_remote_term?(query_string)
      results.extending(FULL_REMOTE_ASKED)
    end

    # Members see an upcoming posting from its opening day; its publishers
    # (core: the guardian's can_publish_job_postings?, GuardianExtension)
    # see it before, to check it.
    # core: app/models/category_featured_topic.rb picks the categories page's
    # featured topics, shown to every reader, as an unsaved fake admin: for
    # it too they are hidden until their opening day.
    def self.hide_upcoming?(guardian)
      return true if guardian&.user&.new_record?
      !guardian&.can_publish_job_postings?
    end

    def self.apply(scope, params, hide_upcoming: false)
      where(scope, parse(params, hide_upcoming: hide_upcoming))
    end

    def self.where(scope, filter)
      common = ListShape.common_words_count?(filter) && SearchText.common?(filter.query)
      conditions = filter.conditions(today: Config.today.iso8601, common_words: common)
      conditions.reduce(scope) do |result, (sql, binds)|
        result.where(sql, binds)
      end
    end

    def self.parse(params, hide_upcoming: false)
      ListFilter.from_params(params, Config.vocabulary, hide_upcoming: hide_upcoming)
    rescue ListFilter::InvalidValue => e
      raise Discourse::InvalidParameters.new(e.message)
    end
  end
end
