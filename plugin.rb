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
  # Custom fields, serializers, list filters, guardian rules and timers are
  # wired here as they land; the open/closed rule itself
  # (DiscourseJobBoard::PostingStatus) is plain Ruby autoloaded from lib/ and
  # needs no wiring.
end
