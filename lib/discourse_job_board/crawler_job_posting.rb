# frozen_string_literal: true

module DiscourseJobBoard
  # The JobPosting JSON-LD of a posting's page as crawlers get it
  # (register_html_builder("server:before-head-close-crawler")); none for
  # postings that are not open.
  class CrawlerJobPosting
    def initialize(controller)
      @controller = controller
    end

    def html
      return "" if !@controller.instance_of?(::TopicsController)
      topic = @controller.instance_variable_get(:@topic_view)&.topic
      return "" if !Posting.posting?(topic) || !@controller.guardian.can_see?(topic)

      JobPostingJsonLd.new(Config.vocabulary).call(document(topic)) || ""
    end

    private

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
