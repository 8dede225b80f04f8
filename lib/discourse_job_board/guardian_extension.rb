# frozen_string_literal: true

module DiscourseJobBoard
  # Who may publish postings: admins, and members of the groups named in
  # job_board_publisher_groups (staff by default), only in job-board categories.
  module GuardianExtension
    def can_publish_job_postings?(category_id = nil)
      return false if !authenticated?
      return false if category_id && !Config.board_category?(category_id)
      return true if is_admin?
      @user.in_any_groups?(Config.publisher_group_ids)
    end

    def can_edit_job_posting?(topic)
      return false if topic.blank?
      can_publish_job_postings?(topic.category_id) && can_edit?(topic)
    end
  end
end
