# frozen_string_literal: true

module DiscourseJobBoard
  # The postings that opened today or yesterday (Europe/Paris) and are open
  # now, in the board: Jobs::JobBoardFollowOpenings tells their followers.
  # A posting published with no opening day, or opened before, was told when
  # it was published (plugin.rb, :topic_created).
  module FollowOpenings
    SQL = <<~SQL
      SELECT jb.topic_id FROM job_board_postings jb
      WHERE jb.category_id IN (:category_ids) AND NOT jb.topic_deleted AND jb.topic_visible
        AND jb.opens_on BETWEEN CAST(:job_board_today AS date) - 1 AND CAST(:job_board_today AS date)
        AND #{StateSql.condition("open")}
    SQL

    def self.topic_ids(today: Config.today)
      category_ids = Config.category_ids
      return [] if category_ids.empty?
      DB.query_single(SQL, { category_ids: category_ids }.merge(StateSql.binds(today.iso8601)))
    end
  end
end
