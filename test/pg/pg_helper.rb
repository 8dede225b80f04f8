# frozen_string_literal: true

require_relative "support"
require_relative "forum"
require "open3"

# What the board should show, computed in Ruby from core's tables as they are
# (topics and topic_custom_fields), with the plugin's plain-Ruby rule
# (PostingStatus) and field reading (PostingParams): the truth the SQL over
# job_board_postings is held to.
module BoardTruth
  Row = Struct.new(:id, :category_id, :bumped_at, :visible, :posting, :role, :contracts, :state,
                   :fields, :closed, keyword_init: true)

  def self.topics
    custom = Hash.new { |hash, key| hash[key] = {} }
    DB.query_hash("SELECT topic_id, name, value FROM topic_custom_fields").each do |row|
      custom[row["topic_id"]][row["name"]] = row["value"]
    end
    DB.query_hash(<<~SQL).map { |topic| row(topic, custom[topic["id"]]) }
      SELECT id, category_id, bumped_at, visible, closed, archetype, deleted_at FROM topics
    SQL
  end

  def self.row(topic, custom_fields)
    fields = DiscourseJobBoard::PostingParams.from_custom_fields(custom_fields)
    state =
      DiscourseJobBoard::PostingStatus.call(
        today: PgForum::TODAY,
        status: fields["status"],
        closes_at: fields["closes_at"],
        topic_closed: topic["closed"],
      ).state
    Row.new(
      id: topic["id"],
      category_id: topic["category_id"],
      bumped_at: topic["bumped_at"],
      visible: topic["visible"] && topic["deleted_at"].nil? ? :listed : visibility(topic),
      posting: !fields["role"].nil? && topic["archetype"] == "regular",
      role: fields["role"],
      contracts: fields["contracts"],
      state: state,
      fields: fields,
      closed: topic["closed"],
    )
  end

  def self.visibility(topic)
    return :deleted if topic["deleted_at"]
    return :pm if topic["archetype"] != "regular"
    :unlisted
  end

  # The topics of the board's list for a user who reads these categories.
  def self.board(rows, category_ids, include_unlisted:)
    rows.select do |row|
      category_ids.include?(row.category_id) &&
        (row.visible == :listed || (include_unlisted && row.visible == :unlisted))
    end
  end

  def self.matches?(row, roles: [], contracts: [], status: nil, postings_only: false)
    postings_only ||= roles.any? || contracts.any? || status == "closed"
    return false if postings_only && !row.posting
    return false if roles.any? && !roles.include?(row.role)
    return false if contracts.any? && (row.contracts & contracts).empty?
    return true if status.nil? || !row.posting
    (row.state == "open") == (status == "open")
  end

  def self.counts(rows, vocabulary, roles: [], contracts: [], status: nil)
    postings = rows.select(&:posting)
    role_ok = ->(row) { roles.empty? || roles.include?(row.role) }
    contract_ok = ->(row) { contracts.empty? || (row.contracts & contracts).any? }
    status_ok = ->(row) { status.nil? || (row.state == "open") == (status == "open") }
    others = ->(row) { role_ok.call(row) && contract_ok.call(row) }
    open = postings.count { |row| others.call(row) && row.state == "open" }
    all = postings.count { |row| others.call(row) }
    {
      "roles" => vocabulary.role_codes.to_h do |code|
        [code, postings.count { |r| r.role == code && contract_ok.call(r) && status_ok.call(r) }]
      end,
      "contracts" => vocabulary.contract_codes.to_h do |code|
        matching = postings.select { |r| r.contracts.include?(code) }
        [code, matching.count { |r| role_ok.call(r) && status_ok.call(r) }]
      end,
      "states" => { "open" => open, "closed" => all - open, "all" => all },
      "total" => postings.count { |r| role_ok.call(r) && contract_ok.call(r) && status_ok.call(r) },
    }
  end

  # The same, by the front end's TypeScript modules (test/pg/expected.ts).
  def self.typescript(rows, filters)
    input = {
      today: PgForum::TODAY,
      postings: rows.select(&:posting).map do |row|
        { id: row.id, role: row.role, contracts: row.contracts, status: row.fields["status"],
          closes_at: row.fields["closes_at"], topic_closed: row.closed }
      end,
      filters: filters,
    }
    path = File.join(PgHarness::ROOT, "tmp", "pg-expected-input.json")
    File.write(path, JSON.generate(input))
    out, err, status =
      Open3.capture3("node", "--import", "tsx", "test/pg/expected.ts", path, chdir: PgHarness::ROOT)
    raise "test/pg/expected.ts failed: #{err}" unless status.success?
    JSON.parse(out)
  end
end

# The board's list as TopicQuery builds it for /c/<slug>/<id>/l/latest
# (lib/topic_query.rb: the category and its subcategories, not deleted, not
# a personal message, listed unless the user may see unlisted topics, Topic.secured,
# bumped_at order), with the plugin's conditions added as ListFilters adds them.
module BoardList
  def self.sql(filter, category_ids:, include_unlisted:, limit: nil)
    conditions = filter.conditions(today: PgForum::TODAY)
    binds = conditions.map(&:last).reduce({ category_ids: category_ids }, :merge)
    sql = <<~SQL
      SELECT topics.id FROM topics
      WHERE topics.archetype <> 'private_message' AND topics.deleted_at IS NULL
        AND topics.category_id IN (:category_ids)
        #{include_unlisted ? "" : "AND topics.visible"}
        #{conditions.map { |(condition, _)| "AND (#{condition})" }.join("\n  ")}
      ORDER BY topics.bumped_at DESC, topics.id DESC
      #{limit ? "LIMIT #{Integer(limit)}" : ""}
    SQL
    [sql, binds]
  end

  def self.ids(filter, **options)
    sql, binds = sql(filter, **options)
    PgHarness.select_values(sql, binds)
  end
end

# The filter bar's counts, by the plugin's FacetCounts on PostgreSQL.
module BoardCounts
  def self.call(filter, category_ids:, include_unlisted:)
    vocabulary = DiscourseJobBoard::Vocabulary.default
    DiscourseJobBoard::FacetCounts.new(
      category_ids:,
      include_unlisted:,
      filter:,
      vocabulary:,
      today: PgForum::TODAY,
    ).call
  end
end

RSpec.configure do |config|
  config.before(:suite) do
    PgHarness.connect!("job_board_test")
    PgHarness.load_core_schema!
    PgForum.new(seed: Integer(ENV.fetch("JOB_BOARD_PG_SEED", "20261203"))).insert!
    PgHarness.migrate!
  end

  # Each example's writes are rolled back, so every example sees the
  # generated forum as the migrations left it.
  config.around do |example|
    ActiveRecord::Base.transaction do
      example.run
      raise ActiveRecord::Rollback
    end
  end
end
