# frozen_string_literal: true

module DiscourseJobBoard
  # Changes a posting's fields for the postings endpoint (the importer, the
  # board's moderator actions): validated as a whole, written through
  # PostRevisor so the first post's revisions record them, then the close
  # timer follows. Marking filled closes the topic; reopening undoes both
  # (the controller checks core's can_close_topic? / can_open_topic? first).
  class PostingWriter
    # errors: PostingValidator errors; messages: anything else that stopped the write.
    Result =
      Struct.new(:errors, :messages, keyword_init: true) do
        def ok?
          errors.empty? && messages.empty?
        end
      end

    def initialize(topic, user)
      @topic = topic
      @user = user
    end

    # Raises PostingParams::UnknownField on a key that is not a posting field.
    def update(raw)
      changes = PostingParams.coerce(raw)
      merged = Posting.fields(@topic).merge(changes)
      errors = PostingValidator.new(Config.vocabulary).call(merged)
      return Result.new(errors: errors, messages: []) if errors.any?

      current = Posting.fields(@topic)
      changed = changes.reject { |name, value| current[name] == value }
      if changed.any? && !revise(changed)
        return Result.new(errors: [], messages: @topic.errors.full_messages.presence || ["-"])
      end
      ClosingTimer.sync(@topic.reload, @user, previous_closes_at: current["closes_at"])
      Result.new(errors: [], messages: [])
    end

    def fill
      result = update("status" => "filled")
      @topic.update_status("closed", true, @user) if result.ok? && !@topic.closed
      result
    end

    def reopen
      result = update("status" => "open")
      if result.ok? && @topic.closed
        @topic.update_status("closed", false, @user)
        ClosingTimer.sync(@topic.reload, @user)
      end
      result
    end

    private

    def revise(changed)
      fields = changed.transform_keys { |name| Fields.custom_field(name).to_sym }
      PostRevisor.new(@topic.first_post, @topic).revise!(
        @user,
        fields,
        validate_post: false,
        bypass_bump: true,
      )
    end
  end
end
