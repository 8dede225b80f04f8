# frozen_string_literal: true

module DiscourseJobBoard
  # Who may follow the board's filters: any signed-in member who can be told,
  # not a staged account (core: staged users are made from incoming e-mail
  # and never sign in) nor a suspended one. What a follow then tells a member
  # is limited to what they may see (FollowMatch::FOLLOWERS_SQL).
  # core: lib/guardian/ensure_magic.rb turns can_x? into ensure_can_x!,
  # raising Discourse::InvalidAccess (403).
  module FollowGuardian
    def can_follow_job_board?
      return false if !authenticated? || !SiteSetting.job_board_enabled
      !@user.staged? && !@user.suspended?
    end
  end
end
