# frozen_string_literal: true

module DiscourseJobBoard
  # Who follows a posting, and their notifications, in one statement: the
  # follows are matched against the posting's row of job_board_postings (its
  # words in job_board_search) by one scan of job_board_follows, never a
  # query per follower. Plain Ruby (SQL and binds), so test/pg runs it on
  # PostgreSQL with core's tables and bench/follow measures it at 10,000
  # followers.
  #
  # A follow's filters match as the board's list filters do (ListFilter): any
  # of its roles, any of its contracts, its place (or full remote work when
  # it asks for full remote work), partial remote work holding full, and
  # every word as a prefix, folded by SearchText. An empty array or a NULL
  # filters nothing.
  module FollowMatch
    def self.squish(sql)
      sql.gsub(/\s+/, " ").strip.freeze
    end

    MATCH_SQL = squish(<<~SQL)
      (cardinality(f.roles) = 0 OR jb.role = ANY (f.roles))
      AND (cardinality(f.contracts) = 0 OR f.contracts && jb.contracts)
      AND (f.place IS NULL OR jb.place_codes @> ARRAY[f.place]::varchar[]
           OR (f.remote = 'full' AND jb.remote = 'full'))
      AND (f.remote IS NULL
           OR (f.remote = 'partial' AND jb.remote IN ('partial', 'full'))
           OR (f.remote = 'full' AND jb.remote = 'full'))
      AND (f.query IS NULL
           OR COALESCE(jb.search_data @@ to_tsquery('french', f.query), false))
    SQL

    # The posting, only while members may see it listed as open: in the
    # board, listed, not trashed, open by the rule (an upcoming posting waits
    # for its opening day: Jobs::JobBoardFollowOpenings).
    POSTING_SQL = squish(<<~SQL)
      SELECT jb.*, js.search_data, t.user_id AS author_id, c.read_restricted
      FROM job_board_postings jb
      JOIN topics t ON t.id = jb.topic_id AND t.deleted_at IS NULL AND t.visible
                    AND t.archetype = 'regular'
      JOIN categories c ON c.id = jb.category_id
      LEFT JOIN job_board_search js ON js.topic_id = jb.topic_id
      WHERE jb.topic_id = :topic_id AND jb.category_id IN (:category_ids)
        AND NOT jb.topic_deleted AND jb.topic_visible AND #{StateSql.condition("open")}
    SQL

    # Followers who may be told: an active, unsuspended, real account that
    # can see the category, not the posting's author. core: CategoryGuardian
    # #can_see_category? (admins, an unrestricted category, else
    # User#secure_category_ids: the categories of the member's groups, through
    # group_users and category_groups).
    FOLLOWERS_SQL = squish(<<~SQL)
      SELECT DISTINCT f.user_id
      FROM job_board_follows f
      CROSS JOIN posting jb
      JOIN users u ON u.id = f.user_id
      WHERE #{MATCH_SQL}
        AND f.user_id <> COALESCE(jb.author_id, 0) AND u.id > 0
        AND u.active AND NOT u.staged
        AND (u.suspended_till IS NULL OR u.suspended_till < NOW())
        AND (NOT jb.read_restricted OR u.admin OR EXISTS (
              SELECT 1 FROM category_groups cg
              JOIN group_users gu ON gu.group_id = cg.group_id
              WHERE cg.category_id = jb.category_id AND gu.user_id = f.user_id))
    SQL

    # The posting is one row, computed first (MATERIALIZED): inlined, the
    # planner joined every follow with the board's categories before the
    # posting (bench/follow/run.rb's plan).
    #
    # Claims (posting, member) in job_board_follow_notices, whose unique
    # index lets one INSERT win across app servers and runs, and inserts a
    # notification for each claim won, in one statement: a member is told once
    # whatever the number of their follows that match.
    FANOUT_SQL = squish(<<~SQL)
      WITH posting AS MATERIALIZED (#{POSTING_SQL}),
      matched AS (#{FOLLOWERS_SQL}),
      claimed AS (
        INSERT INTO job_board_follow_notices (topic_id, user_id, created_at)
        SELECT :topic_id, user_id, NOW() FROM matched
        ON CONFLICT (topic_id, user_id) DO NOTHING
        RETURNING user_id
      )
      INSERT INTO notifications (notification_type, user_id, data, topic_id, post_number,
                                 read, high_priority, created_at, updated_at)
      SELECT :notification_type, user_id, :data, :topic_id, 1, FALSE, FALSE, NOW(), NOW()
      FROM claimed
      RETURNING id, user_id
    SQL

    # The followers alone, without claiming anything (tests, the benchmark's
    # plan).
    FOLLOWERS_ONLY_SQL = squish("WITH posting AS MATERIALIZED (#{POSTING_SQL}) #{FOLLOWERS_SQL}")

    # The notification's data (core: notifications.data, a JSON string of at
    # most 1,000 characters): the client's renderer reads `message`.
    MESSAGE = "discourse_job_board.follow.notification"

    def self.data(title:, username:)
      JSON.generate(
        message: MESSAGE,
        topic_title: title.to_s[0, 300],
        display_username: username.to_s,
      )
    end

    def self.binds(topic_id:, category_ids:, today:, notification_type:, data:)
      {
        topic_id: topic_id,
        category_ids: category_ids.empty? ? [-1] : category_ids,
        notification_type: notification_type,
        data: data,
      }.merge(StateSql.binds(today))
    end
  end
end
