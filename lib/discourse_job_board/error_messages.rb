# frozen_string_literal: true

module DiscourseJobBoard
  # Validation errors as sentences in the user's language, naming the field
  # (server.*.yml, discourse_job_board.errors / .fields). Values are escaped:
  # the composer may show these messages as HTML.
  module ErrorMessages
    def self.message(error)
      params = error.params.to_h.transform_keys(&:to_sym)
      params = params.transform_values { |value| CGI.escapeHTML(value.to_s) }
      I18n.t(
        "discourse_job_board.errors.#{error.code}",
        **params,
        field: I18n.t("discourse_job_board.fields.#{error.field}"),
      )
    end

    # The messages of a PostingGate verdict that is not ok.
    def self.of_verdict(verdict)
      return [I18n.t("discourse_job_board.errors.#{verdict.refusal}")] if verdict.refusal
      verdict.errors.map { |error| message(error) }
    end

    def self.as_json(errors)
      errors.map { |error| error.to_h.merge("message" => message(error)) }
    end
  end
end
