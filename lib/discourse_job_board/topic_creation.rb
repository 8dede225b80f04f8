# frozen_string_literal: true

module DiscourseJobBoard
  # A posting created through POST /posts.json with `topic_custom_fields`:
  # core puts them on the new topic (TopicCreator#create) before saving it.
  # normalise runs on :before_create_topic and types the form strings;
  # validate runs as a Topic validation, so a refused posting rolls back the
  # whole creation and the composer gets a 422 with the messages while it keeps
  # the user's title and text.
  module TopicCreation
    # A queued (reviewed) topic keeps `topic_opts` in its payload, which comes
    # back from JSON with string keys; TopicCreator reads :custom_fields.
    def self.normalise(topic, creator)
      opts = creator.respond_to?(:opts) ? creator.opts.to_h.with_indifferent_access : {}
      queued = opts.dig(:topic_opts, :custom_fields) || {}
      raw = job_fields(topic.custom_fields).presence || job_fields(queued)
      return if raw.blank?

      posting = PostingParams.coerce(raw)
      posting = PostingValidator::DEFAULTS.merge(posting)
      topic.custom_fields.merge!(PostingParams.to_custom_fields(posting))
    rescue PostingParams::UnknownField
      nil
    end

    def self.job_fields(custom_fields)
      custom_fields.to_h.select { |key, _| Fields.bare_name(key) }
    end

    def self.validate(topic)
      return validate_title_edit(topic) if !topic.new_record?
      raw = job_fields(topic.custom_fields)
      return if raw.blank?

      if !Config.board_category?(topic.category_id)
        return topic.errors.add(:base, I18n.t("discourse_job_board.errors.not_a_board"))
      end
      if !Guardian.new(topic.user).can_publish_job_postings?(topic.category_id)
        return topic.errors.add(:base, I18n.t("discourse_job_board.errors.not_allowed"))
      end

      # The title is core's; PostingValidator checks only the characters it holds.
      posting = raw.transform_keys { |key| Fields.bare_name(key) }.merge("title" => topic.title)
      errors = PostingValidator.new(Config.vocabulary).call(posting)
      errors.each { |error| topic.errors.add(:base, ErrorMessages.message(error)) }
    end

    # A posting's title edited later meets the same rule.
    # core: lib/post_revisor.rb (update_topic) saves the topic with its validations.
    def self.validate_title_edit(topic)
      return if !topic.title_changed? || job_fields(topic.custom_fields).blank?

      errors = PostingValidator.new(Config.vocabulary).call("title" => topic.title)
      errors
        .select { |error| error.field == "title" }
        .each { |error| topic.errors.add(:base, ErrorMessages.message(error)) }
    end
  end
end
