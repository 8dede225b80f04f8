# frozen_string_literal: true

module DiscourseJobBoard
  class ContractVocabularyValidator < VocabularySettingValidator
    def self.kind
      :contracts
    end
  end
end
