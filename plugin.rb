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
register_asset "stylesheets/common/job-board-composer.scss"
register_asset "stylesheets/common/job-board-attention.scss"
register_asset "stylesheets/common/job-board-history.scss"

# Core only ships the icons it uses itself: each one the plugin shows (the
# badge's five states, the card, the filter bar, the composer) is registered.
%w[
  door-open
  hourglass-half
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

  register_html_builder("server:before-head-close-crawler") do |controller|
    DiscourseJobBoard::CrawlerJobPosting.new(controller).html
  end
end
