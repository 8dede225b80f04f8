# frozen_string_literal: true

module DiscourseJobBoard
  # What the plugin's endpoints answer for a topic or category the user cannot
  # see: 404, as if it did not exist, and 403 only when the site asks for
  # detailed 404s. core: app/controllers/list_controller.rb #set_category and
  # app/controllers/topics_controller.rb #show do the same (Guardian's own
  # ensure_can_see! would answer 403 and tell that the thing exists).
  module Visibility
    def self.ensure_can_see!(guardian, object)
      return if object && guardian.can_see?(object)
      raise Discourse::InvalidAccess if SiteSetting.detailed_404 && object
      raise Discourse::NotFound
    end

    # core: lib/search.rb keeps posts by their category's permissions only
    # (posts_query asks no can_see_topic?), then hands the results to every
    # Search.on_preload block before they are serialized: an upcoming posting
    # is dropped there for those the guardian keeps it from (UpcomingRule). A
    # page of results may then hold fewer posts than the page size.
    def self.drop_hidden_search_results(results, search)
      return if !SiteSetting.job_board_enabled
      results.posts.reject! { |post| search.guardian.hides_upcoming_job_posting?(post.topic) }
    end
  end
end
