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

# Badge icons (open, closing soon, expired, filled, closed): core only ships the
# icons it uses itself, so each one the badge shows must be registered.
register_svg_icon "door-open"
register_svg_icon "hourglass-half"
register_svg_icon "calendar-xmark"
register_svg_icon "user-check"
register_svg_icon "lock"

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
  end

  # A queued topic keeps its fields until a moderator approves it.
  allow_new_queued_post_payload_attribute("topic_opts")

  reloadable_patch { ::Guardian.prepend(DiscourseJobBoard::GuardianExtension) }

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
  ) { DiscourseJobBoard::Posting.as_json(object, scope) }

  add_to_serializer(
    :topic_view,
    :job,
    include_condition: -> { DiscourseJobBoard::Posting.posting?(object.topic) },
  ) { DiscourseJobBoard::Posting.as_json(object.topic, scope) }

  register_html_builder("server:before-head-close-crawler") do |controller|
    DiscourseJobBoard::CrawlerJobPosting.new(controller).html
  end
end
