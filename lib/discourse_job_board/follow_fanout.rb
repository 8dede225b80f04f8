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

    # A posting's followers are told when it is published; and when it is
    # edited into a member's filters, moved into the board (core: PostRevisor
    # fires :post_edited for a category change too; a bulk move fires no
    # event, plugin.rb's after_commit callback sees it), reopened or listed
    # again: those not told yet, since each (posting, member) is claimed
    # once. `on` skips these while the plugin is disabled.
    def self.register(plugin)
      plugin.on(:topic_created) { |topic, _opts, _user| enqueue(topic) }
      plugin.on(:post_edited) do |post, _topic_changed, _revisor|
        enqueue(post.topic) if post.is_first_post?
      end
      # core: Topic#update_status fires it with the status's name ("closed",
      # "visible", ...) and whether it is now set.
      plugin.on(:topic_status_updated) do |topic, status, enabled|
        reopened = status.to_s == "closed" && !enabled
        relisted = status.to_s == "visible" && enabled
        enqueue(topic) if reopened || relisted
      end
    end

    # Queues Jobs::JobBoardFollowFanout for a posting in a board category
    # (plugin.rb: published, edited, moved in, reopened). The job finds
    # whom to tell when it runs, after the request has saved the posting.
    def self.enqueue(topic)
      return if !Posting.posting?(topic)
      ::Jobs.enqueue(:job_board_follow_fanout, topic_id: topic.id)
    end

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
