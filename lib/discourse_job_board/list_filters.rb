# frozen_string_literal: true

module DiscourseJobBoard
  # job_role, job_contract and job_status on topic lists (/latest.json,
  # /c/<slug>/<id>/l/latest.json, ...) as TopicQuery custom filters, and the
  # same as terms of the /filter route (job_role:coach job_status:open).
  # Unknown values raise Discourse::InvalidParameters: a 400 with the message.
  module ListFilters
    def self.register(plugin)
      ListFilter::PARAMS.each do |param|
        TopicQuery.add_custom_filter(param.to_sym) do |results, topic_query|
          next results if !SiteSetting.job_board_enabled
          value = topic_query.options[param.to_sym].presence || default(param, topic_query)
          next results if value.blank?
          apply(results, param => value)
        end

        plugin.add_filter_custom_filter(param) do |scope, values, _guardian|
          apply(scope, param => values)
        end
      end
    end

    # A board category's list shows its open postings unless asked otherwise,
    # as its filter bar says; ?job_status=all shows everything.
    def self.default(param, topic_query)
      return nil if param != "job_status"
      "open" if Config.board_category?(topic_query.options[:category])
    end

    def self.apply(scope, params)
      filter = parse(params)
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
