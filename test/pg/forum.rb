# frozen_string_literal: true

# A small generated forum in core's tables: a job board category with a
# public and a read-restricted subcategory, another category, personal
# messages, and topics that are postings or not, closed, trashed or
# unlisted, whose fields hold what real custom fields may hold (JSON and comma
# lists, blank values, impossible and malformed dates). Seeded, so a failure
# replays.
class PgForum
  TODAY = "2026-11-23"
  BOARD = 1
  BOARD_SUB = 2
  BOARD_RESTRICTED = 3
  ELSEWHERE = 4
  BOARD_IDS = [BOARD, BOARD_SUB, BOARD_RESTRICTED].freeze
  STAFF_GROUP = 10
  ADMIN = 1
  MEMBER = 2
  INSIDER = 3

  Topic = Struct.new(:id, :category_id, :archetype, :closed, :visible, :deleted, :bumped_at,
                     :custom_fields, :title, :raw, :created_at, :posts_count, keyword_init: true)

  # Titles and first posts for keyword search, each with the words a search
  # must find it by (hand-labelled: the truth job_q is held to). Inclusive
  # writing, feminine forms, accents and case vary on purpose.
  TITLES = [
    ["Développeur·se full-stack", %w[developpeur]],
    ["Développeuse back-end", %w[developpeur]],
    ["DÉVELOPPEUR data", %w[developpeur data]],
    ["Designer UX/UI", %w[designer]],
    ["Chargé·e de déploiement", %w[deploiement]],
    ["Coach agile", []],
  ].freeze
  BODIES = [
    ["Poste basé à Bordeaux, télétravail partiel.", %w[bordeaux teletravail]],
    ["Nous cherchons une développeuse Ruby.", %w[developpeur ruby]],
    ["Rejoignez-nous.", []],
  ].freeze
  # What each place code adds to a posting's searchable words.
  PLACE_WORDS = { "reg-75" => %w[aquitaine], "dep-33" => %w[aquitaine] }.freeze
  TEAM_WORDS = %w[data].freeze
  PLACES = [nil, "dep-33", "dep-69", "reg-11", "dep-75", "abroad", "reg-75", "Paris"].freeze

  attr_reader :topics, :vocabulary

  def initialize(seed:, count: 600, vocabulary: DiscourseJobBoard::Vocabulary.default)
    @random = Random.new(seed)
    @vocabulary = vocabulary
    @topics = Array.new(count) { |index| generate_topic(index + 1) }
  end

  def insert!
    connection = ActiveRecord::Base.connection
    connection.execute(<<~SQL)
      INSERT INTO users (id, username, username_lower, created_at, updated_at, trust_level, admin)
      VALUES (#{ADMIN}, 'admin', 'admin', NOW(), NOW(), 4, true),
             (#{MEMBER}, 'member', 'member', NOW(), NOW(), 1, false),
             (#{INSIDER}, 'insider', 'insider', NOW(), NOW(), 2, false);
      INSERT INTO groups (id, name, created_at, updated_at) VALUES (#{STAFF_GROUP}, 'equipe', NOW(), NOW());
      INSERT INTO group_users (group_id, user_id, created_at, updated_at, first_unread_pm_at)
      VALUES (#{STAFF_GROUP}, #{INSIDER}, NOW(), NOW(), NOW());
      INSERT INTO categories (id, name, name_lower, slug, user_id, created_at, updated_at,
                              parent_category_id, read_restricted)
      VALUES (#{BOARD}, 'Offres', 'offres', 'offres', 1, NOW(), NOW(), NULL, false),
             (#{BOARD_SUB}, 'Stages', 'stages', 'stages', 1, NOW(), NOW(), #{BOARD}, false),
             (#{BOARD_RESTRICTED}, 'Interne', 'interne', 'interne', 1, NOW(), NOW(), #{BOARD}, true),
             (#{ELSEWHERE}, 'Général', 'général', 'general', 1, NOW(), NOW(), NULL, false);
      INSERT INTO category_groups (category_id, group_id, created_at, updated_at, permission_type)
      VALUES (#{BOARD_RESTRICTED}, #{STAFF_GROUP}, NOW(), NOW(), 1);
    SQL
    @topics.each_slice(200) do |slice|
      connection.execute(<<~SQL)
        INSERT INTO topics (id, title, created_at, updated_at, bumped_at, last_post_user_id, user_id,
                            category_id, archetype, closed, visible, deleted_at, posts_count)
        VALUES #{slice.map { |topic| topic_values(connection, topic) }.join(",\n")}
      SQL
      connection.execute(<<~SQL)
        INSERT INTO posts (topic_id, post_number, raw, cooked, created_at, updated_at, user_id)
        VALUES #{slice.map { |t| "(#{t.id}, 1, #{connection.quote(t.raw)}, '', NOW(), NOW(), 1)" }.join(",\n")}
      SQL
      fields = slice.flat_map { |topic| field_values(connection, topic) }
      next if fields.empty?
      connection.execute(<<~SQL)
        INSERT INTO topic_custom_fields (topic_id, name, value, created_at, updated_at)
        VALUES #{fields.join(",\n")}
      SQL
    end
    pms = @topics.select { |topic| topic.archetype == "private_message" }
    return if pms.empty?
    connection.execute(<<~SQL)
      INSERT INTO topic_allowed_users (topic_id, user_id, created_at, updated_at)
      VALUES #{pms.map { |topic| "(#{topic.id}, #{MEMBER}, NOW(), NOW())" }.join(", ")}
    SQL
  end

  # The board category and its subcategories this user may read, as core's
  # Category.secured(guardian) computes them from secure_category_ids (the
  # user's groups' category_groups; every category for an admin). Stand-in:
  # it leaves out moderators' and everyone-group rules the fixtures don't use.
  def readable_board_ids(user_id)
    return BOARD_IDS if user_id == ADMIN
    secure = DB.query_single(<<~SQL, user_id: user_id.to_i)
      SELECT cg.category_id FROM category_groups cg
      JOIN group_users gu ON gu.group_id = cg.group_id AND gu.user_id = :user_id
    SQL
    DB.query_single(<<~SQL, ids: BOARD_IDS, secure: secure.presence || [-1])
      SELECT id FROM categories
      WHERE id IN (:ids) AND (NOT read_restricted OR id IN (:secure))
      ORDER BY id
    SQL
  end

  private

  def pick(*choices)
    choices[@random.rand(choices.length)]
  end

  def chance(probability)
    @random.rand < probability
  end

  def generate_topic(id)
    pm = chance(0.04)
    category = pm ? nil : pick(BOARD, BOARD, BOARD_SUB, BOARD_RESTRICTED, ELSEWHERE)
    posting = !pm && (category != ELSEWHERE ? chance(0.85) : chance(0.15))
    title = pick(*TITLES)
    body = pick(*BODIES)
    Topic.new(
      title: "#{title.first} #{id}",
      raw: body.first,
      created_at: Time.utc(2026, 1, 1) + @random.rand(300 * 86_400),
      posts_count: 1 + @random.rand(6),
      id: id,
      category_id: category,
      archetype: pm ? "private_message" : "regular",
      closed: chance(0.15),
      visible: !chance(0.08),
      deleted: chance(0.08),
      bumped_at: Time.utc(2026, 1, 1) + @random.rand(330 * 86_400),
      custom_fields: posting || pm ? fields : {},
    )
  end

  def fields
    roles = @vocabulary.role_codes
    contracts = @vocabulary.contract_codes
    chosen = contracts.sample(pick(0, 1, 1, 2, 3), random: @random)
    {
      "job_role" => chance(0.03) ? pick("pilote", "  ") : pick(*roles),
      "job_contracts" => pick(chosen.to_json, chosen.to_json, chosen.join(", "), nil),
      "job_status" => pick(nil, "", "open", "open", "filled", "closed"),
      "job_closes_at" => pick(nil, "", day(-40..60), day(-40..60), day(-3..3), "2026-02-30",
                              "31/12/2026", "2026-13-01"),
      "job_opens_at" => pick(nil, day(-90..10), "soon"),
      "job_remote" => pick(nil, "", "none", "partial", "full"),
      "job_team" => pick(nil, "L'équipe \"data\"; DROP TABLE topics; --"),
      "job_place" => pick(*PLACES),
      "job_location" => pick(nil, "Bordeaux"),
      # Valid pay, and what a drifted row may hold: the table keeps none of it.
      "job_pay_min" => pick(nil, nil, "450", "45000", "0", "45 000", ""),
      "job_pay_max" => pick(nil, nil, "650", "55000", "-3"),
      "job_pay_period" => pick(nil, nil, "day", "year", "month", "par an", ""),
    }.compact
  end

  def day(range)
    (Date.iso8601(TODAY) + @random.rand(range)).iso8601
  end

  def topic_values(connection, topic)
    values = [
      topic.id, connection.quote(topic.title), connection.quote(topic.created_at.strftime("%F %T")),
      "NOW()",
      connection.quote(topic.bumped_at.strftime("%F %T")), 1, 1,
      topic.category_id || "NULL", connection.quote(topic.archetype), topic.closed, topic.visible,
      topic.deleted ? "NOW()" : "NULL", topic.posts_count
    ]
    "(#{values.join(", ")})"
  end

  def field_values(connection, topic)
    topic.custom_fields.map do |name, value|
      "(#{topic.id}, #{connection.quote(name)}, #{connection.quote(value)}, NOW(), NOW())"
    end
  end
end
