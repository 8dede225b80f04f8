# frozen_string_literal: true

module DiscourseJobBoard
  # job_role, job_contract and job_status on topic lists (/latest.json,
  # /c/<slug>/<id>/l/latest.json, ...) as TopicQuery custom filters, and the
  # same as terms of the /filter route (job_role:coach,data job_status:open).
  # On lists an unknown value raises Discourse::InvalidParameters, a 400 with
  # the message; /filter terms ignore unknown values as core's own terms do.
  module ListFilters
    def self.register(plugin)
      ListFilter::PARAMS.each do |param|
        TopicQuery.add_custom_filter(param.to_sym) do |results, topic_query|
          next results if !SiteSetting.job_board_enabled
          value = topic_query.options[param.to_sym].presence || default(param, topic_query)
          next results if value.blank?
          apply(results, param => value)
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
    def self.default(param, topic_query)
      return nil if param != "job_status"
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
