# frozen_string_literal: true

module DiscourseJobBoard
  # A posting created through POST /posts.json with `topic_custom_fields`:
  # core puts them on the new topic (core: lib/topic_creator.rb #create sets
  # opts[:custom_fields] before :before_create_topic and the save).
  # normalise runs on :before_create_topic and types the form strings;
  # validate runs as a Topic validation, so a refused posting rolls back the
  # whole creation and the composer gets a 422 with the messages while it keeps
  # the user's title and text.
  #
  # A queued post's topic is created on approval with skip_validations (core:
  # app/models/reviewable_queued_post.rb #perform_approve_post), so the Topic
  # validation never runs then: normalise checks the same gate itself and rolls
  # the approval back with the messages, which core shows to the moderator.
  module TopicCreation
    def self.normalise(topic, creator)
      opts = creator.respond_to?(:opts) ? creator.opts.to_h.with_indifferent_access : {}
      raw = job_fields(topic.custom_fields).presence || queued_fields(opts)
      return if raw.blank?

      posting = PostingValidator::DEFAULTS.merge(PostingParams.coerce(raw))
      topic.custom_fields.merge!(PostingParams.to_custom_fields(posting))
      refuse_approval(topic, creator) if opts[:reviewed_queued_post]
    end

    # The payload of a queued post comes back from JSON with string keys
    # (core: lib/new_post_manager.rb #enqueue keeps `topic_opts`, a plugin
    # payload attribute), and TopicCreator reads only opts[:custom_fields].
    def self.queued_fields(opts)
      job_fields(opts.dig(:topic_opts, :custom_fields))
    end

    def self.job_fields(custom_fields)
      custom_fields.to_h.select { |key, _| Fields.bare_name(key) }
    end

    def self.validate(topic)
      return if !topic.new_record?
      raw = job_fields(topic.custom_fields)
      return if raw.blank?
      verdict = gate(raw, topic.category_id, topic.user)
      ErrorMessages.of_verdict(verdict).each { |message| topic.errors.add(:base, message) }
    end

    def self.gate(raw, category_id, author)
      PostingGate.new(Config.vocabulary).call(
        raw,
        board: Config.board_category?(category_id),
        publisher: Guardian.new(author).can_publish_job_postings?(category_id),
      )
    end

    # core: lib/has_errors.rb rollback_from_errors! copies the topic's errors
    # to the creator and raises ActiveRecord::Rollback before the topic is
    # saved; core: lib/post_creator.rb #create_topic passes them on, and
    # ReviewableQueuedPost#perform_approve_post answers a failure with them.
    def self.refuse_approval(topic, creator)
      verdict = gate(job_fields(topic.custom_fields), topic.category_id, topic.user)
      return if verdict.ok?
      ErrorMessages.of_verdict(verdict).each { |message| topic.errors.add(:base, message) }
      creator.rollback_from_errors!(topic)
    end
  end
end
