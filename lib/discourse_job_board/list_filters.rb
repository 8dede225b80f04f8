# frozen_string_literal: true

module DiscourseJobBoard
  # job_role, job_contract and job_status on topic lists (/latest.json,
  # /c/<slug>/<id>/l/latest.json, ...) as TopicQuery custom filters, and the
  # same as terms of the /filter route (job_role:coach,data job_status:open).
  # On lists an unknown value raises Discourse::InvalidParameters, a 400 with
  # the message; /filter terms ignore unknown values as core's own terms do.
  module ListFilters
    def self.register(plugin)
      # Each key must be registered to be a valid list option, and core calls
      # every registered block on every list (lib/topic_query.rb). The three
      # parameters make one filter, one subquery on the board's table: the
      # job_status block applies them all, the other two pass the list on.
      ListFilter::PARAMS.each do |param|
        TopicQuery.add_custom_filter(param.to_sym) do |results, topic_query|
          next results if param != "job_status" || !SiteSetting.job_board_enabled
          params = ListFilter::PARAMS.to_h { |key| [key, topic_query.options[key.to_sym]] }
          params["job_status"] = params["job_status"].presence || default(topic_query)
          params.values.all?(&:blank?) ? results : apply(results, params)
        end

        # core: lib/topics_filter.rb passes a term's values as written
        # (job_role:coach,data gives ["coach,data"]; repeated terms add items).
        plugin.add_filter_custom_filter(param) do |scope, values, _guardian|
          next scope if !SiteSetting.job_board_enabled
          where(scope, ListFilter.from_filter_term(param, values, Config.vocabulary))
        end
      end

      # core: TopicsFilter.option_info hands its tips to this modifier, so
      # /filter's input autocompletes the terms.
      plugin.register_modifier(:topics_filter_options) do |results, _guardian|
        next results if !SiteSetting.job_board_enabled
        results.concat(FilterTermOptions.call(Config.vocabulary, I18n.locale))
      end
    end

    # A board category's list shows its open postings unless asked otherwise,
    # as its filter bar says; ?job_status=all shows everything.
    def self.default(topic_query)
      "open" if Config.board_category?(topic_query.options[:category])
    end

    def self.apply(scope, params)
      where(scope, parse(params))
    end

    def self.where(scope, filter)
      filter.conditions(today: Config.today.iso8601).reduce(scope) do |result, (sql, binds)|
        result.where(sql, binds)
      end
    end

    def self.parse(params)
      ListFilter.from_params(params, Config.vocabulary)
    rescue ListFilter::InvalidValue => e
      raise Discourse::InvalidParameters.new(e.message)
    end
  end
end
