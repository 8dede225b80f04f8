# frozen_string_literal: true

module Jobs
  # Tells a new or newly opened posting's followers (DiscourseJobBoard::
  # FollowFanout). Queued by plugin.rb on :topic_created and by
  # Jobs::JobBoardFollowOpenings; core: app/jobs/base.rb runs it in Sidekiq,
  # out of the request that published the posting.
  class JobBoardFollowFanout < ::Jobs::Base
    def execute(args)
      return if !SiteSetting.job_board_enabled
      ::DiscourseJobBoard::FollowFanout.call(args[:topic_id].to_i)
    end
  end
end
