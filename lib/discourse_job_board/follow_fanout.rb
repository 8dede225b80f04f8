# frozen_string_literal: true

module DiscourseJobBoard
  # Tells a posting's followers about it: one statement matches every follow
  # against the posting, claims (posting, member) and inserts the
  # notifications (FollowMatch::FANOUT_SQL); then Jobs::JobBoardFollowDeliver,
  # one job per batch of members, refreshes their notification counts and
  # queues their e-mails.
  #
  # core: app/models/notification.rb — a notification saved through
  # ActiveRecord refreshes the member's count and e-mails in its after_commit
  # callbacks; rows inserted in bulk skip both, which is why the deliver job
  # does that work itself.
  module FollowFanout
    BATCH = 500

    # Returns the number of members told. Safe to run twice, on two app
    # servers at once, or for a posting that is not open (it does nothing).
    def self.call(topic_id, today: Config.today)
      category_ids = Config.category_ids
      return 0 if category_ids.empty?
      topic = Topic.find_by(id: topic_id)
      return 0 if topic.nil?
      data = FollowMatch.data(title: topic.title, username: topic.user&.username)
      binds =
        FollowMatch.binds(
          topic_id: topic_id,
          category_ids: category_ids,
          today: today.iso8601,
          notification_type: Notification.types[:custom],
          data: data,
        )
      told = DB.query_hash(FollowMatch::FANOUT_SQL, binds)
      told.each_slice(BATCH) do |batch|
        ::Jobs.enqueue(
          :job_board_follow_deliver,
          topic_id: topic_id,
          notification_ids: batch.map { |row| row["id"] },
        )
      end
      told.length
    end
  end
end
