# frozen_string_literal: true

module Jobs
  # An upcoming posting (« À venir »: opens_on after today, StateSql) is
  # hidden from members until its opening day, so its followers are told on
  # that day rather than when it was published. Every hour, the postings
  # that opened today or yesterday (a run missed during a deploy is caught
  # up) and are open get a fan-out; job_board_follow_notices makes a posting
  # already told, or told by an earlier run, tell nobody twice.
  class JobBoardFollowOpenings < ::Jobs::Scheduled
    every 1.hour

    def execute(_args)
      return if !SiteSetting.job_board_enabled
      ::DiscourseJobBoard::FollowOpenings.topic_ids.each do |topic_id|
        ::Jobs.enqueue(:job_board_follow_fanout, topic_id: topic_id)
      end
    end
  end
end
