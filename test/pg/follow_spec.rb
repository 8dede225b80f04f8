# frozen_string_literal: true

require_relative "pg_helper"
require_relative "../../lib/discourse_job_board/follow_params"
require_relative "../../lib/discourse_job_board/follow_match"
require_relative "../../lib/discourse_job_board/follow_store"
require_relative "../../lib/discourse_job_board/follow_openings"

# Follows (issue 13): on the generated forum, the fan-out's one statement
# tells exactly the members with a follow under whose filters the board's
# own list (ListFilter, the SQL every list uses) would show the posting, who
# may see it, once each, and never twice across runs or app servers.
RSpec.describe DiscourseJobBoard::FollowMatch do
  CUSTOM = 14 # core: Notification.types[:custom] (app/models/notification.rb)
  FIRST_FOLLOWER = 100
  FOLLOWERS = 60

  Follower = Struct.new(:id, :active, :staged, :suspended, :admin, :insider, keyword_init: true)

  def load_notifications_table
    ActiveRecord::Base.connection.execute(
      File.read(File.join(__dir__, "core_schema_follow.sql")),
    )
  end

  def followers(random)
    Array.new(FOLLOWERS) do |index|
      Follower.new(
        id: FIRST_FOLLOWER + index,
        active: random.rand < 0.9,
        staged: random.rand < 0.05,
        suspended: random.rand < 0.05,
        admin: random.rand < 0.05,
        insider: random.rand < 0.3,
      )
    end
  end

  def insert_followers(list)
    list.each do |user|
      values = { id: user.id, name: "follower#{user.id}", active: user.active,
                 staged: user.staged, admin: user.admin,
                 suspended: user.suspended ? "2999-01-01" : nil }
      DB.exec(<<~SQL, values)
        INSERT INTO users (id, username, username_lower, created_at, updated_at, trust_level,
                           admin, active, staged, suspended_till)
        VALUES (:id, :name, :name, NOW(), NOW(), 1, :admin, :active, :staged, CAST(:suspended AS timestamp))
      SQL
      next if !user.insider
      DB.exec(<<~SQL, id: user.id, group: PgForum::STAFF_GROUP)
        INSERT INTO group_users (group_id, user_id, created_at, updated_at, first_unread_pm_at)
        VALUES (:group, :id, NOW(), NOW(), NOW())
      SQL
    end
  end

  def random_params(random, vocabulary)
    params = {}
    params["job_role"] =
vocabulary.role_codes.sample(1 + random.rand(2), random:) if random.rand < 0.5
    params["job_contract"] =
vocabulary.contract_codes.sample(1 + random.rand(2), random:).join(",") if random.rand < 0.4
    params["job_place"] =
%w[dep-33 reg-75 reg-11 dep-75 abroad dep-69].sample(random:) if random.rand < 0.3
    params["job_remote"] = %w[partial full].sample(random:) if random.rand < 0.3
    params["job_q"] = BoardTruth::QUERIES.keys.sample(random:) if random.rand < 0.3
    params
  end

  def add_follows(list, random, vocabulary)
    list.each do |user|
      (1 + random.rand(7)).times do
        params = DiscourseJobBoard::FollowParams.from_params(random_params(random, vocabulary),
vocabulary)
        DiscourseJobBoard::FollowStore.add(user.id, params)
      end
    end
  end

  def follows
    DB.query_hash("SELECT * FROM job_board_follows").map do |row|
      row.merge(
        "roles" => DiscourseJobBoard::FollowParams.codes(row["roles"]),
        "contracts" => DiscourseJobBoard::FollowParams.codes(row["contracts"]),
      )
    end
  end

  # The board's own answer: would the list filtered as this follow show the
  # posting? (ListFilter's row conditions over job_board_postings.)
  def board_lists?(follow, topic_id)
    filter =
      DiscourseJobBoard::ListFilter.new(
        roles: follow["roles"],
        contracts: follow["contracts"],
        place: follow["place"],
        remote: follow["remote"],
        query: follow["query"],
      )
    sql, binds = filter.row_conditions(today: PgForum::TODAY)
    PgHarness.select_values(<<~SQL, binds.merge(topic_id: topic_id)).any?
      SELECT jb.topic_id FROM job_board_postings jb WHERE jb.topic_id = :topic_id AND #{sql}
    SQL
  end

  def may_be_told?(user, row)
    return false if !user.active || user.staged || user.suspended
    row.category_id != PgForum::BOARD_RESTRICTED || user.admin || user.insider
  end

  def binds(topic_id, today: PgForum::TODAY, category_ids: PgForum::BOARD_IDS)
    described_class.binds(
      topic_id: topic_id,
      category_ids: category_ids,
      today: today,
      notification_type: CUSTOM,
      data: described_class.data(title: "Offre #{topic_id}", username: "admin"),
    )
  end

  def told(topic_id, **options)
    PgHarness.select_values(described_class::FOLLOWERS_ONLY_SQL, binds(topic_id, **options)).sort
  end

  def fan_out(topic_id, **options)
    DB.query_hash(described_class::FANOUT_SQL, binds(topic_id, **options))
  end

  let(:vocabulary) { DiscourseJobBoard::Vocabulary.default }
  let(:random) { Random.new(Integer(ENV.fetch("JOB_BOARD_PG_SEED", "20261203"))) }
  let(:rows) { BoardTruth.topics.index_by(&:id) }
  let(:users) { followers(random).index_by(&:id) }

  before do
    load_notifications_table
    insert_followers(users.values)
    add_follows(users.values, random, vocabulary)
  end

  it "tells of an open, listed posting exactly those who may see it and whose follows " \
     "the board would list it under" do
    all_follows = follows
    checked = 0
    told_somebody = 0
    rows.values.select(&:posting).each do |row|
      visible = row.visible == :listed && PgForum::BOARD_IDS.include?(row.category_id)
      expected =
        if visible && row.state == "open"
          all_follows.select { |f|
 may_be_told?(users[f["user_id"]], row) && board_lists?(f, row.id) }
            .map { |f| f["user_id"] }.uniq.sort
        else
          []
        end
      expect(told(row.id)).to eq(expected), "posting #{row.id} (#{row.state}, #{row.visible})"
      checked += 1
      told_somebody += 1 if expected.any?
    end
    # The forum has open postings that some follow matches and some none.
    expect(told_somebody).to be > 10
    expect(checked - told_somebody).to be > 10
  end

  it "matches words as the board searches them: case, accents and feminine forms folded" do
    DB.exec("DELETE FROM job_board_follows")
    params = DiscourseJobBoard::FollowParams.from_params({ "job_q" => "DÉVELOPPEUSE" }, vocabulary)
    DiscourseJobBoard::FollowStore.add(FIRST_FOLLOWER, params)
    users[FIRST_FOLLOWER].tap { |u|
 DB.exec("UPDATE users SET active = true, staged = false, suspended_till = NULL WHERE id = :id",
id: u.id) }
    with_word = rows.values.find do |row|
      row.posting && row.state == "open" && row.visible == :listed &&
        row.category_id == PgForum::BOARD && row.words.include?("developpeur")
    end
    without_word = rows.values.find do |row|
      row.posting && row.state == "open" && row.visible == :listed &&
        row.category_id == PgForum::BOARD && !row.words.include?("developpeur")
    end
    expect(told(with_word.id)).to eq([FIRST_FOLLOWER])
    expect(told(without_word.id)).to eq([])
  end

  it "inserts one notification per member, whatever their matching follows, none on a rerun" do
    row = rows.values.select { |r| r.posting && r.state == "open" && r.visible == :listed }
      .max_by { |r| told(r.id).length }
    matching = follows.select { |f| board_lists?(f, row.id) }.group_by { |f| f["user_id"] }
    expect(matching.values.map(&:length).max).to be > 1

    first = fan_out(row.id)
    expect(first.map { |n| n["user_id"] }.sort).to eq(told(row.id))
    notifications = DB.query_hash("SELECT * FROM notifications WHERE topic_id = :id", id: row.id)
    expect(notifications.length).to eq(first.length)
    expect(notifications.map { |n| n["user_id"] }.uniq.length).to eq(first.length)
    expect(notifications.first).to include("notification_type" => CUSTOM, "post_number" => 1,
                                           "read" => false, "high_priority" => false)
    expect(JSON.parse(notifications.first["data"])).to include(
      "message" => "discourse_job_board.follow.notification", "topic_title" => "Offre #{row.id}",
    )

    expect(fan_out(row.id)).to eq([])
    count = PgHarness.select_values("SELECT COUNT(*) FROM notifications").first.to_i
    expect(count).to eq(first.length)
  end

  it "waits for an upcoming posting's opening day, then tells its followers once" do
    # Still open on its new opening day and the next: no closing day before.
    lasts = ->(r) { r.closes_on.nil? || r.closes_on > Date.iso8601(PgForum::TODAY) + 5 }
    row = rows.values.select { |r|
 r.posting && r.state == "open" && r.visible == :listed && lasts.call(r) }
      .max_by { |r| told(r.id).length }
    opening = (Date.iso8601(PgForum::TODAY) + 3).iso8601
    DB.exec("UPDATE job_board_postings SET opens_on = :day WHERE topic_id = :id", day: opening,
                                                                                  id: row.id)

    expect(fan_out(row.id)).to eq([])
    openings = ->(today) do
      PgHarness.select_values(
        DiscourseJobBoard::FollowOpenings::SQL,
        { category_ids: PgForum::BOARD_IDS }.merge(DiscourseJobBoard::StateSql.binds(today)),
      )
    end
    expect(openings.call(PgForum::TODAY)).not_to include(row.id)
    expect(openings.call(opening)).to include(row.id)
    expect(openings.call((Date.iso8601(opening) + 1).iso8601)).to include(row.id)
    expect(openings.call((Date.iso8601(opening) + 2).iso8601)).not_to include(row.id)

    expect(fan_out(row.id, today: opening).length).to be > 0
    expect(fan_out(row.id, today: (Date.iso8601(opening) + 1).iso8601)).to eq([])
  end

  it "keeps the same filters as one follow, refuses the 21st, and removes only the member's own" do
    DB.exec("DELETE FROM job_board_follows")
    read = ->(params) { DiscourseJobBoard::FollowParams.from_params(params, vocabulary) }
    first, created = DiscourseJobBoard::FollowStore.add(FIRST_FOLLOWER,
read.call("job_role" => "data,coach", "job_q" => "Data"))
    expect(created).to be(true)
    expect(first).to include(job_role: %w[coach data], job_q: "Data")
    again, created_again = DiscourseJobBoard::FollowStore.add(FIRST_FOLLOWER,
read.call("job_role" => %w[coach data], "job_q" => "data"))
    expect(created_again).to be(false)
    expect(again[:id]).to eq(first[:id])

    roles = vocabulary.role_codes
    19.times { |i|
 DiscourseJobBoard::FollowStore.add(FIRST_FOLLOWER,
read.call("job_role" => roles[i % roles.length], "job_q" => "mot#{i}")) }
    expect(DiscourseJobBoard::FollowStore.list(FIRST_FOLLOWER).length).to eq(20)
    expect { DiscourseJobBoard::FollowStore.add(FIRST_FOLLOWER, read.call({})) }
      .to raise_error(DiscourseJobBoard::FollowStore::LimitReached)

    expect(DiscourseJobBoard::FollowStore.remove(FIRST_FOLLOWER + 1, first[:id])).to be(false)
    expect(DiscourseJobBoard::FollowStore.remove(FIRST_FOLLOWER, first[:id])).to be(true)
    expect(DiscourseJobBoard::FollowStore.list(FIRST_FOLLOWER).length).to eq(19)
  end
end

# Two app servers fan out the same posting at once (a Sidekiq retry, the
# hourly openings run beside :topic_created): the second waits on the
# first's claims in job_board_follow_notices and, once they commit, tells
# nobody. Committed data, on a category and users of its own, removed after.
RSpec.describe "The follow fan-out on two app servers" do
  RACE_CATEGORY = 99
  RACE_TOPIC = 99_001
  RACE_USERS = (9001..9030).to_a

  def in_thread(&block)
    Thread.new { ActiveRecord::Base.connection_pool.with_connection(&block) }
  end

  def fan_out
    DB.query_hash(
      DiscourseJobBoard::FollowMatch::FANOUT_SQL,
      DiscourseJobBoard::FollowMatch.binds(
        topic_id: RACE_TOPIC,
        category_ids: [RACE_CATEGORY],
        today: PgForum::TODAY,
        notification_type: 14,
        data: DiscourseJobBoard::FollowMatch.data(title: "Course", username: "admin"),
      ),
    )
  end

  def set_up
    ActiveRecord::Base.connection.execute(File.read(File.join(__dir__, "core_schema_follow.sql")))
    DB.exec(<<~SQL, id: RACE_CATEGORY)
      INSERT INTO categories (id, name, name_lower, slug, user_id, created_at, updated_at)
      VALUES (:id, 'Course', 'course', 'course', 1, NOW(), NOW())
    SQL
    DB.exec(<<~SQL, id: RACE_TOPIC, category: RACE_CATEGORY)
      INSERT INTO topics (id, title, created_at, updated_at, bumped_at, last_post_user_id, user_id,
                          category_id)
      VALUES (:id, 'Data engineer', NOW(), NOW(), NOW(), 1, 1, :category)
    SQL
    DB.exec(<<~SQL, id: RACE_TOPIC, category: RACE_CATEGORY)
      INSERT INTO job_board_postings (topic_id, category_id, role, created_at, updated_at)
      VALUES (:id, :category, 'data', NOW(), NOW())
    SQL
    RACE_USERS.each do |id|
      DB.exec(<<~SQL, id: id, name: "racer#{id}")
        INSERT INTO users (id, username, username_lower, created_at, updated_at, trust_level, active)
        VALUES (:id, :name, :name, NOW(), NOW(), 1, true)
      SQL
      # Two follows each, both matching.
      DB.exec(<<~SQL, id: id)
        INSERT INTO job_board_follows (user_id, roles, created_at, updated_at)
        VALUES (:id, '{data}', NOW(), NOW()), (:id, '{}', NOW(), NOW())
      SQL
    end
  end

  def clean_up
    DB.exec("DROP TABLE IF EXISTS notifications")
    DB.exec("DELETE FROM job_board_follow_notices WHERE topic_id = :id", id: RACE_TOPIC)
    DB.exec("DELETE FROM job_board_follows WHERE user_id IN (:ids)", ids: RACE_USERS)
    DB.exec("DELETE FROM users WHERE id IN (:ids)", ids: RACE_USERS)
    DB.exec("DELETE FROM job_board_postings WHERE topic_id = :id", id: RACE_TOPIC)
    DB.exec("DELETE FROM topics WHERE id = :id", id: RACE_TOPIC)
    DB.exec("DELETE FROM categories WHERE id = :id", id: RACE_CATEGORY)
  end

  it "tells each follower once" do
    in_thread { set_up }.join
    ready = Queue.new
    go = Queue.new
    first = in_thread do
      ActiveRecord::Base.transaction do
        told = fan_out
        ready.push(true)
        go.pop
        told
      end
    end
    ready.pop
    second = in_thread { fan_out }
    sleep 0.5
    # Still waiting on the first server's uncommitted claims.
    expect(second.alive?).to be(true)
    go.push(true)

    expect(first.value.map { |row| row["user_id"] }.sort).to eq(RACE_USERS)
    expect(second.value).to eq([])
    count = in_thread { DB.query_single("SELECT COUNT(*) FROM notifications").first.to_i }.value
    expect(count).to eq(RACE_USERS.length)
  ensure
    in_thread { clean_up }.join
  end
end
