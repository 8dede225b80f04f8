# frozen_string_literal: true

module DiscourseJobBoard
  # The checks a new topic's posting fields must pass, the same wherever the
  # topic comes from: POST /posts.json, a post the review queue would hold
  # (QueuedPostings) and a queued post a moderator approves (TopicCreation).
  # In this order: a job-board category, an author allowed to publish there,
  # then every field rule (PostingValidator). Plain Ruby.
  class PostingGate
    # refusal: :not_a_board, :not_allowed or nil; errors: PostingValidator errors.
    Verdict =
      Struct.new(:refusal, :errors, keyword_init: true) do
        def ok?
          refusal.nil? && errors.empty?
        end
      end

    def initialize(vocabulary = Vocabulary.default)
      @vocabulary = vocabulary
    end

    # fields: custom fields ("job_role" => ...) or bare wire names, as form
    # strings or typed; keys that are not posting fields raise
    # PostingParams::UnknownField.
    def call(fields, board:, publisher:)
      return Verdict.new(refusal: :not_a_board, errors: []) if !board
      return Verdict.new(refusal: :not_allowed, errors: []) if !publisher
      posting = PostingParams.coerce(fields)
      Verdict.new(refusal: nil, errors: PostingValidator.new(@vocabulary).call(posting))
    end
  end
end
