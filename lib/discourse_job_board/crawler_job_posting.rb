# frozen_string_literal: true

module DiscourseJobBoard
  # The JobPosting JSON-LD of a posting's page as crawlers get it
  # (register_html_builder("server:before-head-close-crawler")); none for
  # postings that are not open, unlisted topics and hidden descriptions.
  class CrawlerJobPosting
    def initialize(controller)
      @controller = controller
    end

    def html
      return "" if !@controller.instance_of?(::TopicsController)
      topic = @controller.instance_variable_get(:@topic_view)&.topic
      return "" if !publishable?(topic)

      JobPostingJsonLd.new(Config.vocabulary).call(document(topic)) || ""
    end

    private

    # core: app/controllers/topics_controller.rb #show sends
    # "X-Robots-Tag: noindex" for an unlisted topic, so search engines get no
    # posting for it either. core: app/views/topics/show.html.erb gives
    # crawlers flagging.user_must_edit instead of a hidden post's text: a
    # posting whose description is hidden gets no JSON-LD at all, since
    # Google's JobPosting needs that description.
    def publishable?(topic)
      return false if !Posting.posting?(topic) || !topic.visible
      return false if !@controller.guardian.can_see?(topic)
      post = topic.first_post
      post.present? && !post.hidden && post.deleted_at.nil?
    end

    def document(topic)
      fields = Posting.fields(topic)
      closes = PostingStatus.parse_day(fields["closes_at"].to_s)
      fields.merge(
        "state" => Posting.status(fields, topic).state,
        "title" => topic.title,
        "description" => topic.first_post&.cooked,
        "url" => topic.url,
        "posted_at" => topic.created_at,
        "valid_through" => closes && Config.end_of_day(closes),
        "organization" => SiteSetting.title,
      )
    end
  end
end
