# frozen_string_literal: true

module DiscourseJobBoard
  # Prepended to core's PostRevisor: hands it only the job_* keys that change
  # something (RevisionTracking.effective_fields), whoever calls it — the
  # composer through TopicsController#update, the postings endpoint, an API
  # client — and lets the plugin's close timer go when a posting leaves the
  # board.
  module RevisorExtension
    def revise!(editor, fields, opts = {}, &block)
      return super if !SiteSetting.job_board_enabled || fields.blank?

      kept = RevisionTracking.effective_fields(@topic, fields)
      # core: lib/post_revisor.rb #revise! answers false when nothing would
      # change, and TopicsController#update then answers 422 "unable to
      # update": an edit that only repeated the posting's values succeeded.
      return true if kept.size < fields.size && !revisable?(kept)

      leaving = RevisionTracking.leaving_board?(@topic, kept)
      revised = super(editor, kept, opts, &block)
      ClosingTimer.release(@topic, editor) if revised && leaving
      revised
    end

    private

    def revisable?(fields)
      fields.keys.any? do |key|
        PostRevisor::POST_TRACKED_FIELDS.include?(key.to_s) ||
          PostRevisor.tracked_topic_fields.key?(key.to_sym)
      end
    end
  end
end
