# frozen_string_literal: true

module Jobs
  # Every hour, so a posting whose closing date moves into the window is
  # reminded the same day, and a run missed during a deploy is caught up.
  # core: app/jobs/base.rb — a Scheduled job runs once per interval for the
  # whole cluster (MiniScheduler's Redis lock); the reminders' own unique
  # claim still guards against overlap (DiscourseJobBoard::Reminders).
  class JobBoardReminders < ::Jobs::Scheduled
    every 1.hour

    def execute(_args)
      return if !SiteSetting.job_board_enabled
      ::DiscourseJobBoard::Reminders.run
    end
  end
end
