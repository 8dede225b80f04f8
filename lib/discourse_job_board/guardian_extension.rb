# frozen_string_literal: true

module DiscourseJobBoard
  # Who may publish postings: admins, and members of the groups named in
  # job_board_publisher_groups (staff by default), only in job-board categories.
  #
  # The publisher rule: publishers manage every topic of the board, whoever
  # wrote it. Core's own checks are widened for those topics only, so every
  # path that asks core agrees: the composer (PUT /posts/:id asks
  # can_edit_post?, PUT /t/:id asks can_edit_topic?), the plugin's endpoint,
  # fill and reopen (can_close_topic? / can_open_topic?, as core's
  # PUT /t/:id/status does) and moving a posting (TopicsController#update
  # asks can_edit_topic?, then core's own can_move_topic_to_category? for the
  # destination, left as it is). Like staff, they may also post in a closed
  # posting, which closing it needs.
  module GuardianExtension
    def can_publish_job_postings?(category_id = nil)
      return false if !authenticated?
      return false if category_id && !Config.board_category?(category_id)
      return true if is_admin?
      @user.in_any_groups?(Config.publisher_group_ids)
    end

    # core: lib/guardian/topic_guardian.rb can_edit_topic? lets only admins,
    # moderators, category group moderators, edit_all_topic_groups and the
    # author edit a topic.
    def can_edit_job_posting?(topic)
      return false if topic.blank?
      can_publish_job_postings?(topic.category_id) && can_edit?(topic)
    end

    # A topic of the board that this publisher manages (none while the plugin
    # is disabled: the guardian is patched whatever the setting). Core's own refusals
    # that hold for everyone but staff stay: a topic they cannot see, a
    # private message, a first post locked by staff (can_edit_topic? and
    # can_edit_post? refuse locked posts to non-staff).
    def manages_job_board_topic?(topic)
      return false if !SiteSetting.job_board_enabled
      return false if topic.blank? || topic.private_message?
      return false if !can_publish_job_postings?(topic.category_id)
      return false if !can_see?(topic)
      is_staff? || !topic.first_post&.locked?
    end

    def can_edit_topic?(topic)
      super || manages_job_board_topic?(topic)
    end

    # An upcoming posting is no one's but its author's, its publishers' and
    # staff's until its opening day (UpcomingRule). core:
    # lib/guardian/topic_guardian.rb can_see_topic? is what TopicView (the
    # topic page, its JSON, its RSS feed, crawlers) and can_see_post?
    # (lib/guardian/post_guardian.rb can_see_post_topic?) ask; both with
    # hide_deleted true or false, so that app/controllers/topics_controller.rb
    # #show answers 404 (403 with detailed_404), never the 410 of a deleted
    # topic.
    def can_see_topic?(topic, hide_deleted = true)
      super && !hides_upcoming_job_posting?(topic)
    end

    def hides_upcoming_job_posting?(topic)
      return false if !SiteSetting.job_board_enabled || topic.blank? || is_staff?
      return false if !Posting.posting?(topic)
      viewer =
        UpcomingRule::Viewer.new(
          staff: false,
          author: authenticated? && topic.user_id == @user.id,
          publisher: can_publish_job_postings?(topic.category_id),
        )
      UpcomingRule.hidden?(
        Posting.fields(topic),
        topic_closed: topic.closed,
        today: Config.today,
        viewer: viewer,
      )
    end

    # core: lib/guardian/post_guardian.rb can_edit_post? — only the posting's
    # description (the first post) is widened, never the replies.
    def can_edit_post?(post)
      super || (post.is_first_post? && !post.deleted_at && manages_job_board_topic?(post.topic))
    end

    # core: lib/guardian/topic_guardian.rb aliases can_close_topic? and
    # can_open_topic? to can_perform_action_available_to_group_moderators?
    # (staff, TL4, category group moderators).
    def can_close_topic?(topic)
      super || manages_job_board_topic?(topic)
    end

    def can_open_topic?(topic)
      super || manages_job_board_topic?(topic)
    end

    # core: app/services/topic_status_updater.rb closes the topic, then writes
    # the « closed » small action (Topic#add_moderator_post, a PostCreator);
    # can_create_post_on_topic? refuses closed topics to all but staff, TL4
    # and category group moderators, so a publisher's close would leave no
    # trace in the topic without this.
    def can_create_post_on_topic?(topic)
      super || manages_job_board_topic?(topic)
    end
  end
end
