# frozen_string_literal: true

module DiscourseJobBoard
  # job_sort on a board's list: newest (the default), closing (closing day
  # ascending, postings without one last) or questions (most replies). Core
  # lets a plugin replace a list's ORDER BY through the
  # :topic_query_apply_ordering_result modifier (core: lib/topic_query.rb
  # #apply_ordering); pinned topics stay first, since core's
  # prioritize_pinned_topics takes them apart and puts them before the rest.
  module ListSort
    SORTS = %w[newest closing questions].freeze

    # Newest by the day members could first see the posting: its topic's
    # creation, or its opening day when that comes later (an upcoming posting
    # is hidden until then, and must not open buried under later ones).
    ORDER = {
      "newest" => StateSql.squish(<<~SQL),
        GREATEST(topics.created_at, (SELECT jb.opens_on FROM job_board_postings jb
                                     WHERE jb.topic_id = topics.id)::timestamp) DESC,
        topics.id DESC
      SQL
      "closing" => StateSql.squish(<<~SQL),
        (SELECT jb.closes_on FROM job_board_postings jb WHERE jb.topic_id = topics.id)
        ASC NULLS LAST, topics.bumped_at DESC
      SQL
      "questions" => "topics.posts_count DESC, topics.bumped_at DESC",
    }.freeze

    # The sort asked for, "newest" when none; unknown values raise
    # ListFilter::InvalidValue (a 400 on lists).
    def self.parse(raw)
      ListFilter.one(raw, "job_sort", SORTS) || "newest"
    end

    def self.order_sql(sort)
      ORDER.fetch(sort)
    end
  end
end
