# frozen_string_literal: true

module DiscourseJobBoard
  # GET /job-board/feed.rss?category_id=…&job_role=…&job_contract=…&job_status=…
  #   &job_place=…&job_remote=…&job_q=…&job_sort=…
  # answers a board's RSS 2.0 feed with the board's filters (FeedQuery): what
  # an anonymous visitor may see, whoever asks, so a feed's URL can be shared
  # and read by any feed reader. A category anyone may not read, or any
  # category on a forum that requires logging in, has no feed: 404.
  class FeedController < ::ApplicationController
    requires_plugin PLUGIN_NAME
    # core: app/controllers/list_controller.rb skips it too, so that a feed
    # reader's plain GET gets the feed rather than the empty page core gives
    # to non-XHR, non-JSON requests.
    skip_before_action :check_xhr

    def show
      raise Discourse::NotFound if SiteSetting.login_required
      category = find_category
      filters = feed_params
      # Bad values answer 400 naming the parameter, as the board's list does.
      ListFilters.parse(filters)
      begin
        ListSort.parse(filters["job_sort"])
      rescue ListFilter::InvalidValue => e
        raise Discourse::InvalidParameters.new(e.message)
      end
      # core: list_controller.rb caches its feeds a minute for anonymous requests.
      discourse_expires_in 1.minute
      render body: FeedQuery.new(category, filters).xml, content_type: Feed::MEDIA_TYPE
    end

    private

    def feed_params
      FeedQuery::PARAMS.each_with_object({}) do |key, values|
        value = params[key]
        next if value.nil?
        raise Discourse::InvalidParameters.new(key.to_sym) if !value.is_a?(String)
        values[key] = value
      end
    end

    # As the counts endpoint, with a visitor's rights whoever asks.
    def find_category
      id = params.require(:category_id)
      if !id.is_a?(String) || !id.match?(/\A\d+\z/)
        raise Discourse::InvalidParameters.new(:category_id)
      end
      category = Category.find_by(id: id.to_i)
      Visibility.ensure_can_see!(Guardian.new, category)
      raise Discourse::NotFound if !Config.board_category?(category.id)
      category
    end
  end
end
