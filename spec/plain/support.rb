# frozen_string_literal: true

# Loads the plain-Ruby classes for `rspec spec/plain`. Inside Discourse's plugin
# CI the plugin is already loaded and Zeitwerk autoloads lib/, so a file is
# required only when its constant is still unknown.
module DiscourseJobBoardPlainSpecs
  FILES = %w[
    fields
    posting_status
    vocabulary
    places
    pay_rules
    search_text
    state_sql
    posting_validator
    posting_params
    list_shape
    list_filter
    job_posting_json_ld
    posting_gate
    closing_timer_plan
    config
    posting
    revision_tracking
    attention
    reminder_schedule
    upcoming_rule
  ].freeze

  def self.load!
    FILES.each do |file|
      constant = file.split("_").map(&:capitalize).join
      next if defined?(DiscourseJobBoard) && DiscourseJobBoard.const_defined?(constant, false)
      require_relative "../../lib/discourse_job_board/#{file}"
    end
  end
end

DiscourseJobBoardPlainSpecs.load!
