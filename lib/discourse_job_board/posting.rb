# frozen_string_literal: true

module DiscourseJobBoard
  # A topic's posting, read from its custom fields, as the `job` object of topic
  # lists, the topic view and the postings endpoint.
  module Posting
    def self.posting?(topic)
      topic.present? && Config.board_category?(topic.category_id) &&
        topic.custom_fields[Fields.custom_field("role")].present?
    end

    def self.fields(topic)
      PostingParams.from_custom_fields(topic.custom_fields)
    end

    def self.status(fields, topic, today = Config.today)
      PostingStatus.call(
        today: today,
        status: fields["status"],
        opens_at: fields["opens_at"],
        closes_at: fields["closes_at"],
        topic_closed: topic.closed,
      )
    end

    # guardian: given where the viewer's rights matter (the topic view and the
    # postings endpoint), to add can_edit. Lists leave it out: core's
    # can_edit_topic? loads the topic's first post, a query per row.
    def self.as_json(topic, guardian = nil)
      fields = fields(topic)
      status = status(fields, topic)
      json = fields.merge(
        "state" => status.state,
        "badge" => status.badge,
        "closing_soon" => status.closing_soon,
        "days_left" => status.days_left,
        "days_to_open" => status.days_to_open,
        "missing_closing_date" => status.missing_closing_date,
      )
      json["can_edit"] = guardian.can_edit_job_posting?(topic) if guardian
      json
    end
  end
end
