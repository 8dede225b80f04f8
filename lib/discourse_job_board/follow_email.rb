# frozen_string_literal: true

module DiscourseJobBoard
  # The e-mail of a follow's notification, by the member's Discourse e-mail
  # preferences.
  #
  # Core never e-mails a :custom notification: app/services/notification_emailer.rb
  # (EmailUser) has a method per e-mailed type (mentioned, posted,
  # watching_first_post, ...) and process_notification calls it only when
  # EmailUser responds to the type's name, which `custom` is not; and bulk-
  # inserted notifications skip Notification#send_email anyway. So this
  # queues core's own e-mail job as NotificationEmailer would for a member
  # watching a category's first post: app/jobs/regular/user_email.rb with
  # type user_watching_first_post (app/mailers/user_notifications.rb: the
  # posting's first post, subject with the category, reply by e-mail,
  # unsubscribe link). The rules kept from NotificationEmailer: nothing when
  # email_level is « never », only active (or staged) members, only approved
  # ones where the forum approves members, after email_time_window_mins.
  # UserEmail then applies the rest itself: « only when away » (skipped when
  # seen recently), a notification already read, the post already seen, a
  # suspended member, bounces and the daily limit.
  module FollowEmail
    TYPE = "user_watching_first_post"

    def self.enqueue(notification, post)
      user = notification.user
      return false if post.nil? || user.nil? || !emailed?(user)
      # core: Notification#send_email shelves e-mails while « do not
      # disturb » is on, then e-mails through NotificationEmailer, which
      # would not send this type: the notification alone stays.
      return false if user.do_not_disturb?
      ::Jobs.enqueue_in(
        SiteSetting.email_time_window_mins.minutes,
        :user_email,
        type: TYPE,
        user_id: user.id,
        post_id: post.id,
        notification_id: notification.id,
        notification_type: "watching_first_post",
        notification_data_hash: {
          topic_title: post.topic.title,
          original_username: post.user&.username,
          display_username: post.user&.username,
        },
      )
      true
    end

    def self.emailed?(user)
      option = user.user_option
      return false if option.nil?
      return false if option.email_level == UserOption.email_level_types[:never]
      return false if !(user.active? || user.staged?)
      return false if SiteSetting.must_approve_users? && !user.approved?
      true
    end
  end
end
