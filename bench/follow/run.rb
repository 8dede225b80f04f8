# frozen_string_literal: true

# npm run bench -- --only follow (through bench/follow.ts and script/pg, on a
# PostgreSQL of its own, pg-follow): core's tables (test/pg/core_schema.sql,
# core_schema_follow.sql), the plugin's migrations, a board of 2,000 postings,
# 10,000 active members with 1 to 3 follows each (about 20,000), drawn from
# the board's filters, a tenth of them in a read-restricted group's
# category. Then one new posting, and the fan-out as
# DiscourseJobBoard::FollowFanout runs it: FollowMatch::FANOUT_SQL, the match,
# the claims and the notifications in one statement, rolled back after each
# round so every round tells the same members. Prints the median, the plan,
# then one JSON line ("follow-bench-result {...}") for bench/follow.ts.
require_relative "../lib/pg_bench"
require_relative "../../lib/discourse_job_board/follow_params"
require_relative "../../lib/discourse_job_board/follow_match"

$stdout.sync = true

module FollowBench
  extend BenchClock

  TODAY = "2026-11-23"
  BOARD = 1
  RESTRICTED = 2
  GROUP = 10
  MEMBERS = Integer(ENV.fetch("BENCH_FOLLOW_MEMBERS", "10000"))
  POSTINGS = 2_000
  ROUNDS = 15
  NEW_POSTING = 1_000_000
  VOCABULARY = DiscourseJobBoard::Vocabulary.default
  PLACES = %w[dep-33 reg-75 reg-11 dep-75 dep-69 abroad].freeze
  WORDS = %w[data développeur ruby designer produit bordeaux].freeze

  def self.exec(sql)
    ActiveRecord::Base.connection.execute(sql)
  end

  def self.load!
    PgHarness.connect!("job_board_follow_bench")
    PgHarness.load_core_schema!
    exec(File.read(File.expand_path("../../test/pg/core_schema_follow.sql", __dir__)))
    PgHarness.migrate!
    exec(<<~SQL)
      INSERT INTO categories (id, name, name_lower, slug, user_id, created_at, updated_at, read_restricted)
      VALUES (#{BOARD}, 'Offres', 'offres', 'offres', 1, NOW(), NOW(), false),
             (#{RESTRICTED}, 'Interne', 'interne', 'interne', 1, NOW(), NOW(), true);
      INSERT INTO groups (id, name, created_at, updated_at) VALUES (#{GROUP}, 'equipe', NOW(), NOW());
      INSERT INTO category_groups (category_id, group_id, created_at, updated_at, permission_type)
      VALUES (#{RESTRICTED}, #{GROUP}, NOW(), NOW(), 1);
      INSERT INTO users (id, username, username_lower, created_at, updated_at, trust_level, active)
      SELECT n, 'member' || n, 'member' || n, NOW(), NOW(), 1, true
      FROM generate_series(1, #{MEMBERS}) n;
      INSERT INTO group_users (group_id, user_id, created_at, updated_at, first_unread_pm_at)
      SELECT #{GROUP}, n, NOW(), NOW(), NOW() FROM generate_series(1, #{MEMBERS}, 10) n;
    SQL
    load_postings!
    load_follows!
    exec("ANALYZE")
  end

  # The board's other postings: they only make the tables the size a board's are.
  def self.load_postings!
    roles = VOCABULARY.role_codes
    contracts = VOCABULARY.contract_codes
    random = Random.new(13)
    values =
      (1..POSTINGS).map do |id|
        "(#{id}, #{BOARD}, '#{roles.sample(random:)}', '{#{contracts.sample(random:)}}', " \
          "'{#{PLACES.sample(random:)}}', NOW(), NOW())"
      end
    exec(<<~SQL)
      INSERT INTO topics (id, title, created_at, updated_at, bumped_at, last_post_user_id, user_id, category_id)
      SELECT n, 'Offre ' || n, NOW(), NOW(), NOW(), 1, 1, #{BOARD} FROM generate_series(1, #{POSTINGS}) n;
      INSERT INTO job_board_postings (topic_id, category_id, role, contracts, place_codes, created_at, updated_at)
      VALUES #{values.join(",")};
    SQL
    insert_posting!(NEW_POSTING, "data", %w[cdi], "dep-33", "partial",
                    "Data engineer Bordeaux développeur Ruby, équipe data")
  end

  def self.insert_posting!(id, role, contracts, place, remote, text)
    exec(<<~SQL)
      INSERT INTO topics (id, title, created_at, updated_at, bumped_at, last_post_user_id, user_id, category_id)
      VALUES (#{id}, 'Data engineer', NOW(), NOW(), NOW(), 1, 1, #{BOARD});
      INSERT INTO job_board_postings (topic_id, category_id, role, contracts, place_codes, remote,
                                      created_at, updated_at)
      VALUES (#{id}, #{BOARD}, '#{role}', '{#{contracts.join(",")}}', '{#{place},reg-75}', '#{remote}', NOW(), NOW());
      INSERT INTO job_board_search (topic_id, search_data)
      VALUES (#{id}, to_tsvector('french', '#{DiscourseJobBoard::SearchText.document(text)}'));
    SQL
  end

  # 1 to 3 follows a member, each filter drawn as members would choose them.
  def self.load_follows!
    random = Random.new(7)
    rows = []
    (1..MEMBERS).each do |user_id|
      (1 + random.rand(3)).times do
        params = {}
        params["job_role"] = VOCABULARY.role_codes.sample(random:) if random.rand < 0.7
        params["job_contract"] = VOCABULARY.contract_codes.sample(random:) if random.rand < 0.4
        params["job_place"] = PLACES.sample(random:) if random.rand < 0.3
        params["job_remote"] = %w[partial full].sample(random:) if random.rand < 0.2
        params["job_q"] = WORDS.sample(random:) if random.rand < 0.2
        follow = DiscourseJobBoard::FollowParams.from_params(params, VOCABULARY)
        rows << follow.row.merge(user_id: user_id)
      end
    end
    rows.uniq.each_slice(2_000) do |slice|
      values =
        slice.map do |row|
          quote = ->(value) { ActiveRecord::Base.connection.quote(value) }
          "(#{row[:user_id]}, #{quote.call(row[:roles])}, #{quote.call(row[:contracts])}, " \
            "#{quote.call(row[:place])}, #{quote.call(row[:remote])}, #{quote.call(row[:q])}, " \
            "#{quote.call(row[:query])}, NOW(), NOW())"
        end
      exec(<<~SQL)
        INSERT INTO job_board_follows (user_id, roles, contracts, place, remote, q, query, created_at, updated_at)
        VALUES #{values.join(",")}
        ON CONFLICT DO NOTHING
      SQL
    end
  end

  def self.binds
    DiscourseJobBoard::FollowMatch.binds(
      topic_id: NEW_POSTING,
      category_ids: [BOARD, RESTRICTED],
      today: TODAY,
      notification_type: 14,
      data: DiscourseJobBoard::FollowMatch.data(title: "Data engineer", username: "system"),
    )
  end

  def self.fan_out_once
    told = nil
    ms = nil
    ActiveRecord::Base.transaction do
      started = now
      told = DB.query_hash(DiscourseJobBoard::FollowMatch::FANOUT_SQL, binds).length
      ms = (now - started) * 1000
      raise ActiveRecord::Rollback
    end
    [ms, told]
  end

  def self.match_once
    started = now
    PgHarness.select_values(DiscourseJobBoard::FollowMatch::FOLLOWERS_ONLY_SQL, binds)
    (now - started) * 1000
  end

  def self.run
    started = now
    load!
    follows = PgHarness.select_values("SELECT COUNT(*) FROM job_board_follows").first.to_i
    puts format("follow-bench: loaded %d members, %d follows in %.1f s", MEMBERS, follows,
now - started)
    fan_out_once # warm the caches
    rounds = Array.new(ROUNDS) { fan_out_once }
    times = rounds.map(&:first).sort
    told = rounds.map(&:last).uniq
    match = median(Array.new(ROUNDS) { match_once }).round(1)
    raise "the rounds told different numbers of members: #{told}" if told.length != 1
    plan = nil
    ActiveRecord::Base.transaction do
      sql = DB.bound("EXPLAIN (ANALYZE, BUFFERS) #{DiscourseJobBoard::FollowMatch::FANOUT_SQL}",
binds)
      plan = ActiveRecord::Base.connection.select_values(sql)
      raise ActiveRecord::Rollback
    end
    puts plan.join("\n")
    result = {
      members: MEMBERS,
      follows: follows,
      told: told.first,
      median_ms: median(times).round(1),
      match_ms: match,
      min_ms: times.first.round(1),
      max_ms: times.last.round(1),
      rounds: ROUNDS,
    }
    puts "follow-bench-result #{JSON.generate(result)}"
  end
end

FollowBench.run
