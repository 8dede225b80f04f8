# frozen_string_literal: true

module DiscourseJobBoard
  # GET /job-board/attention.json answers {"postings": [{id, title, url,
  # closes_at, reasons: ["no_way_to_apply", "no_closing_date"]}]}: the open
  # postings publishers should complete. Anonymous: 403 (core:
  # ApplicationController#requires_login raises Discourse::NotLoggedIn);
  # signed in but not a publisher: 403 with a message that says why.
  class AttentionController < ::ApplicationController
    requires_plugin PLUGIN_NAME
    requires_login

    def index
      if !guardian.can_publish_job_postings?
        raise Discourse::InvalidAccess.new(
                "not a job board publisher",
                nil,
                custom_message: "discourse_job_board.attention.not_allowed",
              )
      end
      render json: { postings: AttentionList.new(guardian).call }
    end
  end
end
