# frozen_string_literal: true

module DiscourseJobBoard
  # A new topic with posting fields that the review queue would hold is
  # refused outright, with a message saying why, instead of being queued.
  #
  # Why refuse rather than queue: core's review queue shows a queued topic's
  # title, category, tags and text, never its custom fields (core:
  # app/models/reviewable_queued_post.rb #build_editable_fields), so the
  # moderator would approve fields they never saw. Who meets this: a member of
  # a publisher group whose posts need approval (a new account, a category that
  # requires topic approval, a watched word); staff are never queued (core:
  # lib/new_post_manager.rb exempt_user?). Their text is not lost: the
  # composer stays open with the message.
  #
  # Runs as a NewPostManager handler (core: lib/new_post_manager.rb #perform
  # calls each handler before the default one, which would enqueue), ahead of
  # other plugins' handlers that may enqueue too.
  module QueuedPostings
    PRIORITY = 100

    # nil lets the post go on; a failed NewPostResult stops it with a 422
    # (core: app/controllers/posts_controller.rb #create).
    def self.refusal(manager)
      return nil if !SiteSetting.job_board_enabled
      args = manager.args.to_h.with_indifferent_access
      return nil if args[:topic_id].present?
      raw = TopicCreation.queued_fields(args)
      return nil if raw.blank?
      return nil if NewPostManager.post_needs_approval?(manager) == :skip

      result = NewPostResult.new(:created_post, false)
      messages(raw, args[:category], manager.user).each { |m| result.errors.add(:base, m) }
      result
    end

    # The same refusals a direct post would get come first, so the author
    # learns everything that stands in the way.
    def self.messages(raw, category_id, user)
      verdict = TopicCreation.gate(raw, category_id, user)
      messages = ErrorMessages.of_verdict(verdict)
      messages.presence || [I18n.t("discourse_job_board.errors.needs_approval")]
    end
  end
end
