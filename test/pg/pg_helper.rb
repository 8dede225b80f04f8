# frozen_string_literal: true

require_relative "support"
require_relative "forum"
require_relative "../../lib/discourse_job_board/list_sort"
require "open3"

# What the board should show, computed in Ruby from core's tables as they are
# (topics and topic_custom_fields), with the plugin's plain-Ruby rule
# (PostingStatus) and field reading (PostingParams): the truth the SQL over
# job_board_postings is held to.
module BoardTruth
  Row = Struct.new(:id, :category_id, :bumped_at, :created_at, :posts_count, :visible, :posting,
                   :role, :contracts, :state, :result, :fields, :closed, :place, :remote,
                   :opens_on, :closes_on, :words, keyword_init: true)

  # job_q queries of the suite and the hand-labelled words each must find
  # (PgForum::TITLES, BODIES, ...): every word, whatever its case, accents,
  # inclusive writing or feminine form.
  QUERIES = {
    "développeur" => %w[developpeur],
    "Data" => %w[data],
    "bordeaux télétravail" => %w[bordeaux teletravail],
    "AQUITAINE" => %w[aquitaine],
    "Développeuse Bordeaux" => %w[developpeur bordeaux],
  }.freeze

  def self.topics
    custom = Hash.new { |hash, key| hash[key] = {} }
    DB.query_hash("SELECT topic_id, name, value FROM topic_custom_fields").each do |row|
      custom[row["topic_id"]][row["name"]] = row["value"]
    end
    raws = DB.query_hash("SELECT topic_id, raw FROM posts WHERE post_number = 1")
      .to_h { |row| [row["topic_id"], row["raw"]] }
    DB.query_hash(<<~SQL).map { |topic| row(topic, custom[topic["id"]], raws[topic["id"]]) }
      SELECT id, title, category_id, bumped_at, created_at, posts_count, visible, closed,
             archetype, deleted_at
      FROM topics
    SQL
  end

  def self.row(topic, custom_fields, raw)
    fields = DiscourseJobBoard::PostingParams.from_custom_fields(custom_fields)
    result =
      DiscourseJobBoard::PostingStatus.call(
        today: PgForum::TODAY,
        status: fields["status"],
        opens_at: fields["opens_at"],
        closes_at: fields["closes_at"],
        topic_closed: topic["closed"],
      )
    place = DiscourseJobBoard::Places.place?(fields["place"]) ? fields["place"] : nil
    Row.new(
      id: topic["id"],
      category_id: topic["category_id"],
      bumped_at: topic["bumped_at"],
      created_at: topic["created_at"],
      posts_count: topic["posts_count"],
      visible: topic["visible"] && topic["deleted_at"].nil? ? :listed : visibility(topic),
      posting: !fields["role"].nil? && topic["archetype"] == "regular",
      role: fields["role"],
      contracts: fields["contracts"],
      state: result.state,
      result: result,
      fields: fields,
      closed: topic["closed"],
      place: place,
      remote: fields["remote"],
      opens_on: DiscourseJobBoard::PostingStatus.parse_day(fields["opens_at"].to_s),
      closes_on: DiscourseJobBoard::PostingStatus.parse_day(fields["closes_at"].to_s),
      words: words(topic["title"], raw, fields, place),
    )
  end

  # The labels of what a posting's text holds, from the forum's tables.
  def self.words(title, raw, fields, place)
    labels = []
    PgForum::TITLES.each { |text, w| labels.concat(w) if title.to_s.start_with?("#{text} ") }
    PgForum::BODIES.each { |text, w| labels.concat(w) if raw == text }
    labels.concat(PgForum::TEAM_WORDS) if fields["team"]
    labels << "bordeaux" if fields["location"] == "Bordeaux"
    labels.concat(PgForum::PLACE_WORDS.fetch(place, []))
    labels.uniq
  end

  # The plugin's filter for a spec's given filter (job_q as its words).
  def self.filter(given)
    q = given[:q]
    DiscourseJobBoard::ListFilter.new(
      **given.except(:q), query: q && DiscourseJobBoard::SearchText.query(q),
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

  # place-filters.ts's rule: with full remote asked for, a fully remote
  # posting is anywhere.
  def self.place?(row, place, remote)
    place.nil? || DiscourseJobBoard::Places.within?(row.place, place) ||
      (remote == "full" && row.remote == "full")
  end

  def self.remote?(row, remote)
    remote.nil? || (remote == "full" ? row.remote == "full" : %w[partial full].include?(row.remote))
  end

  def self.words?(row, q)
    q.nil? || (BoardTruth::QUERIES.fetch(q) - row.words).empty?
  end

  def self.matches?(row, roles: [], contracts: [], status: nil, place: nil, remote: nil, q: nil,
                    hide_upcoming: false, postings_only: false)
    status = nil if status == "all"
    postings_only ||= roles.any? || contracts.any? || place || remote || q ||
      (status && status != "open")
    return false if postings_only && !row.posting
    return true if !row.posting
    return false if hide_upcoming && row.state == "upcoming"
    return false if roles.any? && !roles.include?(row.role)
    return false if contracts.any? && (row.contracts & contracts).empty?
    return false if status && !row.result.matches?(status)
    place?(row, place, remote) && remote?(row, remote) && words?(row, q)
  end

  # The counts endpoint's JSON, by definition: each facet under every other
  # facet's filter, job_q and hiding on all of them.
  def self.counts(rows, vocabulary, roles: [], contracts: [], status: nil, place: nil, remote: nil,
                  q: nil, hide_upcoming: false)
    status = nil if status == "all"
    postings = rows.select do |row|
      row.posting && words?(row, q) && !(hide_upcoming && row.state == "upcoming")
    end
    ok = {
      role: ->(r) { roles.empty? || roles.include?(r.role) },
      contract: ->(r) { contracts.empty? || (r.contracts & contracts).any? },
      status: ->(r) { status.nil? || r.result.matches?(status) },
      place: ->(r) { place?(r, place, remote) },
      remote: ->(r) { remote?(r, remote) },
    }
    but = ->(facet) { postings.select { |r| ok.except(facet).values.all? { |check|
 check.call(r) } } }
    regions = DiscourseJobBoard::FacetCounts.place_codes
    unplaced = postings.select { |r| ok.except(:place, :remote).values.all? { |check|
 check.call(r) } }
    {
      "roles" => vocabulary.role_codes.to_h { |c| [c, but.call(:role).count { |r| r.role == c }] },
      "contracts" => vocabulary.contract_codes.to_h do |c|
        [c, but.call(:contract).count { |r| r.contracts.include?(c) }]
      end,
      "states" => DiscourseJobBoard::PostingStatus::FILTERS.to_h do |s|
        [s, but.call(:status).count { |r| r.result.matches?(s) }]
      end,
      "places" => regions.to_h do |code|
        others = postings.select { |r| ok.except(:place).values.all? { |check| check.call(r) } }
        [code, others.count { |r| place?(r, code, remote) }]
      end,
      # Choosing remote work may widen the place (full remote is anywhere).
      "remote" => {
        "none" => unplaced.count { |r|
 !%w[partial full].include?(r.remote) && place?(r, place, nil) },
        "partial" => unplaced.count { |r| remote?(r, "partial") && place?(r, place, "partial") },
        "full" => unplaced.count { |r| remote?(r, "full") && place?(r, place, "full") },
      },
      "total" => postings.count { |r| ok.values.all? { |check| check.call(r) } },
    }
  end

  # The same, by the front end's TypeScript modules (test/pg/expected.ts).
  def self.typescript(rows, filters)
    input = {
      today: PgForum::TODAY,
      postings: rows.select(&:posting).map do |row|
        { id: row.id, role: row.role, contracts: row.contracts, status: row.fields["status"],
          opens_at: row.fields["opens_at"], closes_at: row.fields["closes_at"],
          place: row.place, remote: row.remote, topic_closed: row.closed }
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
  # common_words: as ListFilters asks SearchText, unless a spec forces it.
  def self.sql(filter, category_ids:, include_unlisted:, limit: nil, sort: nil, common_words: nil)
    if common_words.nil?
      common_words = DiscourseJobBoard::ListShape.common_words_count?(filter) &&
        DiscourseJobBoard::SearchText.common?(filter.query)
    end
    conditions = filter.conditions(today: PgForum::TODAY, common_words:)
    binds = conditions.map(&:last).reduce({ category_ids: category_ids }, :merge)
    # As ListFilters' ordering modifier adds the postings for these sorts.
    kind, clause, clause_binds =
      DiscourseJobBoard::ListSort.postings_clause(sort, filter, today: PgForum::TODAY)
    binds = binds.merge(clause_binds || {})
    sql = <<~SQL
      SELECT topics.id FROM topics #{clause if kind == :joins}
      WHERE topics.archetype <> 'private_message' AND topics.deleted_at IS NULL
        #{"AND (#{clause})" if kind == :where}
        AND topics.category_id IN (:category_ids)
        #{include_unlisted ? "" : "AND topics.visible"}
        #{conditions.map { |(condition, _)| "AND (#{condition})" }.join("\n  ")}
      ORDER BY #{sort ? DiscourseJobBoard::ListSort.order_sql(sort) : "topics.bumped_at DESC, topics.id DESC"}
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
