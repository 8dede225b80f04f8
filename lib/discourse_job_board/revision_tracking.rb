# frozen_string_literal: true

module DiscourseJobBoard
  # Edits of a posting's fields go through PostRevisor, so they are recorded
  # in the first post's revisions (who, when, each field from what to what) and
  # are refused as a whole: PUT /t/:id.json (the composer, with
  # serializeToTopic) and the postings endpoint both send job_* fields as
  # tracked topic fields.
  #
  # The history's JSON carries each one as job_<name>_changes {previous,
  # current} (core: app/serializers/post_revision_serializer.rb, with the Topic
  # readers plugin.rb adds); core's history modal draws only its own fields
  # (core: frontend/discourse/app/components/modal/history/revision.gjs), so
  # showing them there takes a connector on its revision-user-details-after
  # outlet, on the front end.
  module RevisionTracking
    def self.register
      Fields.custom_fields.each do |custom_field|
        # core: lib/post_revisor.rb #update_topic calls each tracked field's
        # block with (topic_changes, value, fields) for each key present.
        PostRevisor.track_topic_field(custom_field.to_sym) do |changes, value, fields|
          apply(changes, custom_field, value, fields)
        end
      end
    end

    # The fields worth giving PostRevisor. Core counts any tracked key present
    # as a change (core: lib/post_revisor.rb topic_changed?), so an unchanged
    # job_* key would still make a new version with an empty revision: such
    # keys are dropped. A topic moved out of the board takes no field at all:
    # its fields stay as they were, dormant (no card, filter or JSON-LD
    # outside the board), and come back if it moves back.
    def self.effective_fields(topic, fields)
      given = fields.to_h.keys.select { |key| Fields.bare_name(key) }
      return fields if given.empty?
      drop =
        if leaving_board?(topic, fields)
          given
        else
          raw = fields.to_h.slice(*given)
          given - PostingParams.changed_keys(raw, Posting.fields(topic))
        end
      fields.to_h.except(*drop)
    end

    # core: lib/post_revisor.rb #revise! casts category_id with to_i.
    def self.leaving_board?(topic, fields)
      new_category = fields.to_h.find { |key, _| key.to_s == "category_id" }&.last
      return false if new_category.nil? || new_category.to_i == topic.category_id.to_i
      Config.board_category?(topic.category_id) && !Config.board_category?(new_category.to_i)
    end

    # PostRevisor calls this once per changed field; the first one checks the
    # whole posting (fields depend on each other: closes_at and opens_at).
    def self.apply(changes, custom_field, _value, fields)
      topic = changes.topic
      if !Config.board_category?(topic.category_id)
        # core: lib/post_revisor.rb tracks category_id before any plugin field,
        # so a move out of the board in this same edit is already applied.
        return if changes.diff.key?("category_id")
        return refuse(changes, I18n.t("discourse_job_board.errors.not_a_board"))
      end
      return refuse(changes, I18n.t("discourse_job_board.errors.not_allowed")) if !allowed?(changes)

      given = fields.to_h.select { |key, _| Fields.bare_name(key) }
      posting = PostingParams.coerce(given)
      check_posting(changes, posting) if custom_field == first_field(given)
      return if changes.errored?

      name = Fields.bare_name(custom_field)
      stored = PostingParams.to_custom_fields(name => posting[name]).values.first
      changes.record_change(custom_field, topic.custom_fields[custom_field], stored)
      topic.custom_fields[custom_field] = stored
    rescue PostingParams::UnknownField => e
      refuse(changes, e.message)
    end

    def self.check_posting(changes, posting)
      topic = changes.topic
      current = Posting.fields(topic)
      errors = PostingValidator.new(Config.vocabulary).call(current.merge(posting))
      return refuse(changes, *errors.map { |error| ErrorMessages.message(error) }) if errors.any?
      previous_closes_at = current["closes_at"]
      DB.after_commit do
        ClosingTimer.sync(topic, changes.user, previous_closes_at: previous_closes_at)
      end
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
