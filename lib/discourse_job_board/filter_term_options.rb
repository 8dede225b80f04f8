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
        *(PostingStatus::FILTERS - ["all"]).map do |status|
          description = translate.call("#{KEY}.job_status_#{status}")
          { name: "job_status:#{status}", description: description }
        end,
        { name: "job_place:", description: translate.call("#{KEY}.job_place"), type: "text" },
        *places(translate),
        { name: "job_remote:", description: translate.call("#{KEY}.job_remote") },
        *ListFilter::REMOTES.map do |remote|
          { name: "job_remote:#{remote}",
            description: translate.call("#{KEY}.job_remote_#{remote}") }
        end,
        { name: "job_q:", description: translate.call("#{KEY}.job_q"), type: "text" },
      ]
    end

    # The régions and abroad; a département is typed by its code (dep-33).
    def self.places(translate)
      Places.entries.values.select { |entry| entry.kind == "region" }.map do |entry|
        { name: "job_place:#{entry.code}", description: entry.name }
      end + [{ name: "job_place:#{Places::ABROAD}", description: translate.call("#{KEY}.abroad") }]
    end
  end
end
