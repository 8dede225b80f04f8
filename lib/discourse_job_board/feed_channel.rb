# frozen_string_literal: true

module DiscourseJobBoard
  # A board feed's channel: its title and description say which filters it
  # carries, so that two feeds of the same board read apart in a feed reader.
  # Plain Ruby, like FeedItems (t gives the discourse_job_board.feed.* strings).
  class FeedChannel
    def initialize(items_builder:, t:)
      @items = items_builder
      @t = t
    end

    # filter: the parsed ListFilter; status: the state asked for ("open" when
    # none, "all"); words: job_q as typed.
    def call(category_name:, site_title:, link:, self_url:, language:, items:, filter:, status:,
             words:)
      filters = filters_text(filter, status, words)
      Feed::Channel.new(
        title: @t.call("title", category: category_name, filters: filters, site: site_title),
        link: link,
        self_url: self_url,
        description:
          @t.call("description", category: category_name, filters: filters, site: site_title),
        language: language,
        items: items,
      )
    end

    # « ouvertes, Design, Freelance / indépendant·e, Bretagne, télétravail complet, « data » »
    def filters_text(filter, status, words)
      parts = [@t.call("states.#{status}")]
      parts.concat(filter.roles.map { |code| @items.role_label(code) })
      parts.concat(filter.contracts.map { |code| @items.contract_label(code) })
      parts << place_name(filter.place) if filter.place
      parts << @t.call("remote_filter.#{filter.remote}") if filter.remote
      words = words.to_s.strip
      parts << @t.call("words", words: words) if !words.empty?
      parts.join(", ")
    end

    private

    def place_name(code)
      code == Places::ABROAD ? @t.call("abroad") : Places.entries[code].name
    end
  end
end
