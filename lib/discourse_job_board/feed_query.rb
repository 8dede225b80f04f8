# frozen_string_literal: true

module DiscourseJobBoard
  # A board category's feed with the board's filters (job_role, job_contract,
  # job_status, job_place, job_remote, job_q, job_sort), as an anonymous
  # visitor sees the board, whoever asks: the same list query as the board's
  # page, built by core's TopicQuery for no user (core: lib/topic_query.rb
  # gives it Guardian.new(nil), so only listed topics of categories anyone
  # may read, and no trashed ones), with the plugin's filters (ListFilters,
  # which also keep upcoming postings from visitors) and order (ListSort).
  # Then the postings only, at most LIMIT, and two queries for their fields
  # and first posts (FeedItems).
  class FeedQuery
    LIMIT = 50
    PARAMS = (ListFilter::PARAMS + %w[job_sort]).freeze
    # The board's default view keeps its other topics (a pinned guide); a
    # feed of job postings carries postings only.
    POSTINGS_ONLY_SQL =
      "EXISTS (SELECT 1 FROM job_board_postings jb WHERE jb.topic_id = topics.id)"

    # params: the request's job_* values (strings), already checked by
    # ListFilters.parse and ListSort.parse.
    def initialize(category, params)
      @category = category
      @params = params.to_h.slice(*PARAMS).select { |_key, value| value.present? }
    end

    def topics
      options = { category: @category.id.to_s, per_page: LIMIT, no_definitions: true }
      @params.each { |key, value| options[key.to_sym] = value }
      TopicQuery.new(nil, options).latest_results.where(POSTINGS_ONLY_SQL).to_a
    end

    def xml
      locale = SiteSetting.default_locale
      builder = items_builder(locale)
      topics = self.topics.map { |topic| feed_topic(topic) }
      channel =
        FeedChannel.new(items_builder: builder, t: translator(locale)).call(
          category_name: @category.name,
          site_title: SiteSetting.title,
          link: url("#{Discourse.base_url_no_prefix}#{@category.url}"),
          self_url: url("#{Discourse.base_url}/job-board/feed.rss", category_id: @category.id),
          language: locale.to_s.downcase.tr("_", "-"),
          items: builder.call(DB, topics),
          filter: ListFilters.parse(@params),
          status: @params["job_status"] || "open",
          words: @params["job_q"],
        )
      Feed.new(channel).to_xml
    end

    private

    # The feed speaks the site's language, which is what a visitor without an
    # account reads (core: ApplicationController#set_locale).
    def translator(locale)
      ->(key, **args) { I18n.t("discourse_job_board.feed.#{key}", locale: locale, **args) }
    end

    def items_builder(locale)
      FeedItems.new(
        vocabulary: Config.vocabulary,
        locale: locale,
        t: translator(locale),
        origin: Discourse.base_url_no_prefix,
        base_url: Discourse.base_url,
      )
    end

    def feed_topic(topic)
      FeedItems::Topic.new(
        id: topic.id,
        title: topic.title,
        relative_url: topic.relative_url,
        created_at: topic.created_at,
        category_name: topic.category&.name,
      )
    end

    # The filters in a fixed order, so that the same board and filters always
    # give the same URLs.
    def url(base, extra = {})
      query = extra.merge(PARAMS.filter_map { |key| [key, @params[key]] if @params[key] }.to_h)
      query.empty? ? base : "#{base}?#{URI.encode_www_form(query)}"
    end
  end
end
