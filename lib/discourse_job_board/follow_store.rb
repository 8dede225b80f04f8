# frozen_string_literal: true

module DiscourseJobBoard
  # A member's follows in job_board_follows: listed, added (the same filters
  # twice are one follow, answered again), removed. Through core's DB
  # (MiniSql) with bound parameters; FollowParams has checked every value.
  module FollowStore
    class LimitReached < StandardError
    end

    LIST_SQL = <<~SQL
      SELECT id, roles, contracts, place, remote, q, created_at
      FROM job_board_follows WHERE user_id = :user_id ORDER BY id
    SQL

    # ON CONFLICT on the unique index of the filters
    # (index_job_board_follows_unique_filters): a second click, or two tabs,
    # make one follow.
    INSERT_SQL = <<~SQL
      INSERT INTO job_board_follows (user_id, roles, contracts, place, remote, q, query,
                                     created_at, updated_at)
      VALUES (:user_id, CAST(:roles AS varchar[]), CAST(:contracts AS varchar[]), :place,
              :remote, :q, :query, NOW(), NOW())
      ON CONFLICT (user_id, roles, contracts, COALESCE(place, ''), COALESCE(remote, ''),
                   COALESCE(query, ''))
      DO NOTHING
      RETURNING id
    SQL

    SAME_SQL = <<~SQL
      SELECT id FROM job_board_follows
      WHERE user_id = :user_id AND roles = CAST(:roles AS varchar[])
        AND contracts = CAST(:contracts AS varchar[])
        AND COALESCE(place, '') = COALESCE(:place, '')
        AND COALESCE(remote, '') = COALESCE(:remote, '')
        AND COALESCE(query, '') = COALESCE(:query, '')
    SQL

    def self.list(user_id)
      DB.query_hash(LIST_SQL, user_id: user_id).map { |row| FollowParams.as_json(row) }
    end

    # [follow_json, created?]. The limit is checked under a lock on the
    # member's row, so two requests at once cannot both pass it.
    def self.add(user_id, params)
      ActiveRecord::Base.transaction do
        DB.exec("SELECT id FROM users WHERE id = :user_id FOR UPDATE", user_id: user_id)
        binds = params.row.merge(user_id: user_id)
        existing = DB.query_single(SAME_SQL, binds).first
        next [find(user_id, existing), false] if existing
        count = DB.query_single(<<~SQL, user_id: user_id).first.to_i
          SELECT COUNT(*) FROM job_board_follows WHERE user_id = :user_id
        SQL
        raise LimitReached if count >= FollowParams::MAX_PER_USER
        id = DB.query_single(INSERT_SQL, binds).first || DB.query_single(SAME_SQL, binds).first
        [find(user_id, id), true]
      end
    end

    def self.find(user_id, id)
      list(user_id).find { |follow| follow[:id] == id }
    end

    # Whether a follow of this member was removed (another member's is not).
    def self.remove(user_id, id)
      DB.exec(<<~SQL, user_id: user_id, id: id).positive?
        DELETE FROM job_board_follows WHERE user_id = :user_id AND id = :id
      SQL
    end
  end
end
