# frozen_string_literal: true

module DiscourseJobBoard
  # Edits of a posting's fields go through PostRevisor, so they show in the
  # first post's revision history and are refused as a whole: PUT /t/:id.json
  # (the composer, with serializeToTopic) and the postings endpoint both send
  # job_* fields as tracked topic fields.
  module RevisionTracking
    def self.register
      Fields.custom_fields.each do |custom_field|
        PostRevisor.track_topic_field(custom_field.to_sym) do |changes, value, fields|
          apply(changes, custom_field, value, fields)
        end
      end
    end

    # PostRevisor calls this once per changed field; the first one checks the
    # whole posting (fields depend on each other: closes_at and opens_at).
    def self.apply(changes, custom_field, _value, fields)
      topic = changes.topic
      return refuse(changes, I18n.t("discourse_job_board.errors.not_allowed")) if !allowed?(changes)

      given = fields.to_h.select { |key, _| Fields.bare_name(key) }
      posting = PostingParams.coerce(given)
      if custom_field == first_field(given)
        merged = Posting.fields(topic).merge(posting)
        errors = PostingValidator.new(Config.vocabulary).call(merged)
        return refuse(changes, *errors.map { |error| ErrorMessages.message(error) }) if errors.any?
        DB.after_commit { ClosingTimer.sync(topic, changes.user) }
      end

      name = Fields.bare_name(custom_field)
      stored = PostingParams.to_custom_fields(name => posting[name]).values.first
      changes.record_change(custom_field, topic.custom_fields[custom_field], stored)
      topic.custom_fields[custom_field] = stored
    rescue PostingParams::UnknownField => e
      refuse(changes, e.message)
    end

    def self.allowed?(changes)
      changes.guardian.can_edit_job_posting?(changes.topic)
    end

    def self.first_field(given)
      Fields.custom_fields.find { |custom_field| given.key?(custom_field) }
    end

    def self.refuse(changes, *messages)
      messages.each { |message| changes.topic.errors.add(:base, message) }
      changes.check_result(false)
    end
  end
end
