# frozen_string_literal: true

module DiscourseJobBoard
  # Site setting validator of the role and contract vocabularies
  # (config/settings.yml: validator:), so an admin's mistake is named, with
  # the item it is in, instead of silently breaking the board.
  class VocabularySettingValidator
    def self.kind
      raise NotImplementedError
    end

    def initialize(opts = {})
      @opts = opts
    end

    def valid_value?(value)
      @problem = Vocabulary.problems(value, self.class.kind).first
      @problem.nil?
    end

    def error_message
      return "" if @problem.nil?
      I18n.t(
        "discourse_job_board.vocabulary_errors.#{@problem.code}",
        item: @problem.item,
        value: @problem.value,
      )
    end
  end
end
