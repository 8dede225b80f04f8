# frozen_string_literal: true

module DiscourseJobBoard
  # <link rel="alternate nofollow" type="application/rss+xml"> to a board's
  # feed, with the filters of the page asked for, in the head of a board
  # category's list pages (register_html_builder in plugin.rb). core:
  # app/views/list/list.erb advertises a category's own feed the same way
  # (auto_discovery_link_tag with rel "alternate nofollow"), in the page the
  # server renders; like core's, it is not updated as the visitor then
  # changes filters in the browser, where the filter bar's link is.
  class FeedHeadLink
    # For browsers and crawlers alike, as core's list.erb yields :head in
    # both layouts.
    def self.register(plugin)
      %w[server:before-head-close server:before-head-close-crawler].each do |outlet|
        plugin.register_html_builder(outlet) { |controller| new(controller).html }
      end
    end

    def initialize(controller)
      @controller = controller
    end

    def html
      return "" if !SiteSetting.job_board_enabled || SiteSetting.login_required
      return "" if !@controller.instance_of?(::ListController)
      category = @controller.instance_variable_get(:@category)
      return "" if category.nil? || !Config.board_category?(category.id)
      return "" if !Guardian.new.can_see?(category)

      title = I18n.t("discourse_job_board.feed.head_title", locale: SiteSetting.default_locale)
      %(<link rel="alternate nofollow" type="#{Feed::MEDIA_TYPE}" ) +
        %(title="#{ERB::Util.html_escape(title)}" href="#{ERB::Util.html_escape(href(category))}">)
    end

    private

    def href(category)
      query = { "category_id" => category.id }
      FeedQuery::PARAMS.each do |key|
        value = @controller.params[key]
        query[key] = value if value.is_a?(String) && !value.empty?
      end
      "#{Discourse.base_url}/job-board/feed.rss?#{URI.encode_www_form(query)}"
    end
  end
end
