# frozen_string_literal: true

# name: discourse-job-board
# about: Turns categories into a job board: postings as topics with structured fields, filters and an open/closed badge.
# version: 0.1.0
# authors: Incubateur des Territoires (ANCT)
# url: https://github.com/incubateur-territoires/discourse-job-board
# required_version: 2026.7.0

# 2026.7.0-latest also names builds before TypeScript (PR #41478) and sorts below 2026.7.0.

enabled_site_setting :job_board_enabled

module ::DiscourseJobBoard
  PLUGIN_NAME = "discourse-job-board"
end

require_relative "lib/discourse_job_board/engine"

register_asset "stylesheets/common/job-board-badge.scss"
register_asset "stylesheets/common/job-board-card.scss"
register_asset "stylesheets/common/job-board-list.scss"
register_asset "stylesheets/common/job-board-filter-bar.scss"
register_asset "stylesheets/common/job-board-composer.scss"
register_asset "stylesheets/common/job-board-attention.scss"
register_asset "stylesheets/common/job-board-history.scss"
register_asset "stylesheets/common/job-board-feed.scss"
register_asset "stylesheets/common/job-board-follow.scss"

# Core only ships the icons it uses itself: each one the plugin shows (the
# badge's six states, the card, the filter bar, the composer) is registered.
%w[
  door-open
  hourglass-half
  calendar-day
  calendar-xmark
  user-check
  lock
  unlock
  arrow-up-right-from-square
  envelope
  circle-info
  circle-exclamation
  seedling
  arrow-rotate-left
  magnifying-glass
  plus
  file-import
  triangle-exclamation
  check
  chevron-up
  chevron-down
  reply
  rss
  bell
  xmark
].each { |icon| register_svg_icon(icon) }

after_initialize do
  # Fields: typed, editable on POST /posts.json (topic_custom_fields), loaded
  # for whole topic lists in one query. Core lets only staff set staff_only
  # fields; publishers may be any group, so the fields are registered as
  # editable by all and TopicCreation refuses them from anyone else and
  # outside job-board categories.
  DiscourseJobBoard::Fields::NAMES.each do |name|
    field = DiscourseJobBoard::Fields.custom_field(name)
    register_topic_custom_field_type(
      field,
      DiscourseJobBoard::Fields::TYPES[name],
      max_length: DiscourseJobBoard::Fields::STORAGE_MAX_BYTES.fetch(name),
    )
    register_editable_topic_custom_field(field.to_sym, staff_only: false)
    add_preloaded_topic_list_custom_field(field)
    # core: app/serializers/post_revision_serializer.rb reads a tracked
    # field's current value only when the topic responds to it.
    add_to_class(:topic, field) { custom_fields[field] }
  end

  # New postings the review queue would hold are refused (QueuedPostings); one
  # queued anyway (by another plugin's handler, or before this rule) keeps its
  # fields, checked again on approval (TopicCreation).
  allow_new_queued_post_payload_attribute("topic_opts")
  NewPostManager.add_handler(DiscourseJobBoard::QueuedPostings::PRIORITY) do |manager|
    DiscourseJobBoard::QueuedPostings.refusal(manager)
  end

  reloadable_patch do
    ::Guardian.prepend(DiscourseJobBoard::GuardianExtension)
    ::PostRevisor.prepend(DiscourseJobBoard::RevisorExtension)
  end

  on(:before_create_topic) do |topic, creator|
    DiscourseJobBoard::TopicCreation.normalise(topic, creator)
  end
  validate(:topic, :job_board_posting_valid) { DiscourseJobBoard::TopicCreation.validate(self) }
  on(:topic_created) do |topic, _opts, user|
    DiscourseJobBoard::ClosingTimer.sync(topic, user) if DiscourseJobBoard::Posting.posting?(topic)
  end

  DiscourseJobBoard::RevisionTracking.register
  DiscourseJobBoard::ListFilters.register(self)

  # job_board_postings (db/migrate) follows every change of a posting: its
  # fields, its category, its closed, listed and deleted state. Core state
  # changes while the plugin is off too, so these listen through
  # DiscourseEvent itself rather than `on`, which skips a disabled plugin.
  # PostingTable.sync rewrites the row from the topic: firing twice is harmless.
  sync_posting = ->(topic) { DiscourseJobBoard::PostingTable.sync(topic) }
  # core: PostCreator fires :topic_created after saving the topic and its
  # custom fields, for direct posts and for queued posts a moderator approves.
  DiscourseEvent.on(:topic_created) { |topic, _opts, _user| sync_posting.call(topic) }
  # core: PostRevisor#revise! fires :post_edited once the topic and its
  # tracked fields (ours, category_id) are saved: composer edits, the
  # postings endpoint, fill/reopen, moving a topic in or out of the board.
  DiscourseEvent.on(:post_edited) do |post, _topic_changed, _revisor|
    sync_posting.call(post.topic) if post.is_first_post?
  end
  # core: Topic#update_status fires it for closed, autoclosed (the close
  # timer firing), visible and archived.
  DiscourseEvent.on(:topic_status_updated) { |topic, _status, _enabled| sync_posting.call(topic) }
  # core: Topic#trash! and #recover! fire these; PostDestroyer too.
  DiscourseEvent.on(:topic_trashed) { |topic| sync_posting.call(topic) }
  DiscourseEvent.on(:topic_destroyed) { |topic, _user| sync_posting.call(topic) }
  DiscourseEvent.on(:topic_recovered) { |topic, *| sync_posting.call(topic) }
  # core: Topic#change_category_to_id (bulk "change category", a deleted
  # category's topics) fires no event, nor does a plain topic.update!(...).
  add_model_callback(:topic, :after_commit, on: :update) do
    if saved_changes.keys.intersect?(DiscourseJobBoard::PostingTable::TOPIC_COLUMNS)
      DiscourseJobBoard::PostingTable.sync(self)
    end
    # Moved into the board without PostRevisor: its followers (FollowFanout).
    if saved_changes.key?("category_id") && SiteSetting.job_board_enabled
      DiscourseJobBoard::FollowFanout.enqueue(self)
    end
  end

  # Search results and the categories page load the fields with their topics,
  # as discourse-solved does for its own field.
  DiscourseJobBoard::Fields.custom_fields.each do |field|
    Search.preloaded_topic_custom_fields << field
    CategoryList.preloaded_topic_custom_fields << field
  end

  add_to_serializer(
    :topic_list_item,
    :job,
    include_condition: -> { DiscourseJobBoard::Posting.posting?(object) },
  ) { DiscourseJobBoard::Posting.as_json(object) }

  add_to_serializer(
    :topic_view,
    :job,
    include_condition: -> { DiscourseJobBoard::Posting.posting?(object.topic) },
  ) { DiscourseJobBoard::Posting.as_json(object.topic, scope) }

  # Whether to offer « Publier une offre » and the composer's fields.
  add_to_serializer(:current_user, :can_publish_job_postings) do
    scope.can_publish_job_postings?
  end

  # Upcoming postings: the guardian hides their page (GuardianExtension),
  # lists skip them (ListFilters), and search drops them here.
  Search.on_preload do |results, search|
    DiscourseJobBoard::Visibility.drop_hidden_search_results(results, search)
  end

  register_html_builder("server:before-head-close-crawler") do |controller|
    DiscourseJobBoard::CrawlerJobPosting.new(controller).html
  end

  # A board's feed (GET /job-board/feed.rss) advertised in its pages' head.
  DiscourseJobBoard::FeedHeadLink.register(self)
  # Follows (issue 13): members follow the board's filters; a published
  # posting's followers are told by a Sidekiq job (FollowFanout), an upcoming
  # one's on its opening day (Jobs::JobBoardFollowOpenings).
  reloadable_patch { ::Guardian.prepend(DiscourseJobBoard::FollowGuardian) }
  DiscourseJobBoard::FollowFanout.register(self)
end
