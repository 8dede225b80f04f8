# frozen_string_literal: true

module Jobs
  # For a batch of a posting's follow notifications (at most
  # FollowFanout::BATCH): each member's notification count, then their
  # e-mail. core: User#publish_notifications_state is what
  # Notification#refresh_notification_count calls after a notification is
  # saved; the bulk insert skipped it.
  class JobBoardFollowDeliver < ::Jobs::Base
    sidekiq_options queue: "low"

    def execute(args)
      post = Post.find_by(topic_id: args[:topic_id], post_number: 1)
      Notification
        .where(id: Array(args[:notification_ids]))
        .includes(user: :user_option)
        .find_each do |notification|
          user = notification.user
          next if user.nil?
          user.publish_notifications_state
          ::DiscourseJobBoard::FollowEmail.enqueue(notification, post)
        end
    end
  end
end
