# frozen_string_literal: true

module DiscourseJobBoard
  class RoleVocabularyValidator < VocabularySettingValidator
    def self.kind
      :roles
    end
  end
end
