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

    # Newest by the topic's creation, the day core shows it was published:
    # core's index on topics.created_at lets a page stop after 30 rows
    # (10.9 ms at 1M topics, 20k postings), where ordering by the later of
    # creation and opening day sorted the whole board (449 ms, bench/sql).
    # So an upcoming posting, hidden from members until its opening day,
    # then appears at its creation's rank.
    #
    # Closing and questions order the board's postings only, with the
    # list's filter (postings_clause): closing joins them as `jb`, so that
    # PostgreSQL walks the matching postings by closing day on its index;
    # questions gathers their ids first; either way each topic is fetched by
    # primary key. Ordered by a subquery per topic, as core's own
    # ?order=posts orders, it read every topic of the forum to sort the
    # board's (closing 366 ms, questions 301 ms at 1M topics; 7.5 and 20.4
    # ms now, bench/sql/run.rb). The board's other topics (its « About »
    # topic) have no closing day nor questions: a sorted list leaves them
    # out, as every filter but the default one does.
    ORDER = {
      "newest" => "topics.created_at DESC, topics.id DESC",
      "closing" => "jb.closes_on ASC NULLS LAST, topics.bumped_at DESC",
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

    # Whether a list in this order holds postings only (postings_clause).
    def self.postings_only?(sort)
      sort != "newest"
    end

    # What a sort adds to a list of `filter`'s: [:joins, sql, binds]
    # (ListFilter#sort_join), [:where, sql, binds]
    # (ListFilter#sort_restriction), or nil.
    def self.postings_clause(sort, filter, today:)
      case sort
      when "closing"
        [:joins, *filter.sort_join(today: today)]
      when "questions"
        [:where, *filter.sort_restriction(today: today)]
      end
    end
  end
end
