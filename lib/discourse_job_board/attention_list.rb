# frozen_string_literal: true

module DiscourseJobBoard
  # The open postings of the board that lack a way to apply or a closing date,
  # for publishers (GET /job-board/attention.json). Reads the topics and their
  # custom fields directly rather than the board's list filters, which are
  # being moved to a table of their own: a board holds hundreds of open
  # postings, and this list is read by a few publishers, now and then.
  class AttentionList
    LIMIT = 500

    def initialize(guardian, today: Config.today)
      @guardian = guardian
      @today = today
    end

    def call
      topics = candidate_topics
      Topic.preload_custom_fields(topics, Fields.custom_fields)
      topics.filter_map { |topic| entry(topic) }
    end

    private

    # core: app/models/topic.rb — secured(guardian) keeps the categories the
    # publisher may read, listable_topics leaves private messages out.
    def candidate_topics
      Topic
        .secured(@guardian)
        .listable_topics
        .where(category_id: Config.category_ids, closed: false, deleted_at: nil)
        .where(<<~SQL)
          EXISTS (
            SELECT 1 FROM topic_custom_fields role
            WHERE role.topic_id = topics.id AND role.name = 'job_role' AND role.value <> ''
          )
        SQL
        .order(created_at: :desc)
        .limit(LIMIT)
        .to_a
    end

    def entry(topic)
      fields = Posting.fields(topic)
      state = Posting.status(fields, topic, @today).state
      reasons = Attention.entry(fields, state: state)
      return nil if reasons.nil?
      {
        id: topic.id,
        title: topic.title,
        url: topic.relative_url,
        closes_at: fields["closes_at"],
        reasons: reasons,
      }
    end
  end
end
