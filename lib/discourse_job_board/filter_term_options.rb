# frozen_string_literal: true

module DiscourseJobBoard
  # The /filter route's tips for the board's terms, in the shape of core's
  # TopicsFilter.option_info entries (lib/topics_filter.rb): a term with its
  # "," delimiter, then one entry per value with its label. Plain Ruby.
  module FilterTermOptions
    KEY = "discourse_job_board.filter"

    def self.call(vocabulary, locale, translate: ->(key) { I18n.t(key) })
      label = ->(entry) { locale.to_s.start_with?("fr") ? entry.fr : entry.en }
      any = { name: ",", description: translate.call("#{KEY}.any") }
      [
        { name: "job_role:", description: translate.call("#{KEY}.job_role"), type: "text",
          delimiters: [any] },
        *vocabulary.roles.map do |entry|
          { name: "job_role:#{entry.code}", description: label.call(entry) }
        end,
        { name: "job_contract:", description: translate.call("#{KEY}.job_contract"), type: "text",
          delimiters: [any] },
        *vocabulary.contracts.map do |entry|
          { name: "job_contract:#{entry.code}", description: label.call(entry) }
        end,
        { name: "job_status:", description: translate.call("#{KEY}.job_status") },
        *%w[open closed].map do |status|
          description = translate.call("#{KEY}.job_status_#{status}")
          { name: "job_status:#{status}", description: description }
        end,
      ]
    end
  end
end
