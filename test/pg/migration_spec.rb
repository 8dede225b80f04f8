# frozen_string_literal: true

require_relative "pg_helper"

# The plugin's migrations on core's schema: the table they create, and the
# backfill from the custom fields that existed before it, which must write
# every row as DiscourseJobBoard::PostingTable writes it on later changes.
RSpec.describe "The job_board_postings migrations" do
  def backfills
    %w[backfill_job_board_postings backfill_job_board_search backfill_job_board_pay]
  end

  def table
    DB.query_hash(<<~SQL).map { |row| row.except("created_at", "updated_at") }
      SELECT p.*, s.search_data::text AS words FROM job_board_postings p
      LEFT JOIN job_board_search s ON s.topic_id = p.topic_id ORDER BY p.topic_id
    SQL
  end

  # Each topic's row as PostingTable.sync would write it, read back through
  # PostgreSQL so types compare alike.
  def rows_from_ruby
    custom = Hash.new { |hash, key| hash[key] = {} }
    DB.query_hash("SELECT topic_id, name, value FROM topic_custom_fields").each do |row|
      custom[row["topic_id"]][row["name"]] = row["value"]
    end
    DB.exec("CREATE TEMPORARY TABLE expected (LIKE job_board_postings INCLUDING ALL)")
    DB.exec("CREATE TEMPORARY TABLE expected_search (LIKE job_board_search INCLUDING ALL)")
    raws = DB.query_hash("SELECT topic_id, raw FROM posts WHERE post_number = 1")
      .to_h { |row| [row["topic_id"], row["raw"]] }
    topics = "SELECT id, title, category_id, closed, visible, deleted_at FROM topics"
    DB.query_hash(topics).each do |topic|
      row =
        DiscourseJobBoard::PostingTable.row(
          topic_id: topic["id"],
          category_id: topic["category_id"],
          custom_fields: custom[topic["id"]],
          closed: topic["closed"],
          visible: topic["visible"],
          deleted: !topic["deleted_at"].nil?,
          title: topic["title"],
          description: raws[topic["id"]],
        )
      next if row.nil?
      DB.exec(upsert_into_expected, row.except(:search_text))
      DB.exec(upsert_into_expected_search, row.slice(:topic_id, :search_text))
    end
    DB.query_hash(<<~SQL).map { |row| row.except("created_at", "updated_at") }
      SELECT p.*, s.search_data::text AS words FROM expected p
      LEFT JOIN expected_search s ON s.topic_id = p.topic_id ORDER BY p.topic_id
    SQL
  end

  def upsert_into_expected
    DiscourseJobBoard::PostingTable::UPSERT_SQL.sub("INTO job_board_postings", "INTO expected")
  end

  def upsert_into_expected_search
    DiscourseJobBoard::PostingTable::SEARCH_UPSERT_SQL.sub("INTO job_board_search",
                                                           "INTO expected_search")
  end

  def search_rows
    PgHarness.select_values("SELECT COUNT(*) FROM job_board_search").first.to_i
  end

  it "keys the table by topic, with the columns the filters and counts read" do
    columns = DB.query_hash(<<~SQL).to_h { |row| [row["column_name"], row["type"]] }
      SELECT column_name, data_type || ' ' || is_nullable AS type FROM information_schema.columns
      WHERE table_name = 'job_board_postings'
    SQL
    expect(columns).to include(
      "topic_id" => "integer NO",
      "category_id" => "integer NO",
      "role" => "character varying NO",
      "contracts" => "ARRAY NO",
      "status" => "character varying NO",
      "opens_on" => "date YES",
      "closes_on" => "date YES",
      "place_codes" => "ARRAY NO",
      "remote" => "character varying YES",
      "pay_min" => "integer YES",
      "pay_max" => "integer YES",
      "pay_period" => "character varying YES",
    )
    primary_key = PgHarness.select_values(<<~SQL)
      SELECT a.attname FROM pg_index i
      JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
      WHERE i.indrelid = 'job_board_postings'::regclass AND i.indisprimary
    SQL
    expect(primary_key).to eq(%w[topic_id])
    default = PgHarness.select_values(<<~SQL)
      SELECT column_default FROM information_schema.columns
      WHERE table_name = 'job_board_postings' AND column_name = 'topic_id'
    SQL
    expect(default).to eq([nil])
  end

  it "backfills every posting as PostingTable writes it, and nothing else" do
    expected = rows_from_ruby
    expect(expected.length).to be > 300
    expect(expected.map { |row| row["closes_on"] }).to include(nil)
    expect(table).to eq(expected)
    expect(table.map { |row| row["words"] }).to all(be_a(String))
    expect(search_rows).to eq(expected.length)
    expect(expected.map { |row| row["pay_period"] }.uniq).to include("day", "year", nil)
    expect(expected.map { |row| row["pay_min"] }).to include(450, 45_000)
  end

  it "backfills again to the same table, and repairs one that drifted" do
    before = table
    PgHarness.migrate!(only: backfills)
    expect(table).to eq(before)

    without_role = PgHarness.select_values(<<~SQL).first
      SELECT id FROM topics
      WHERE category_id IS NOT NULL AND id NOT IN (SELECT topic_id FROM job_board_postings)
    SQL
    DB.exec(<<~SQL)
      DELETE FROM job_board_postings
      WHERE topic_id IN (SELECT topic_id FROM job_board_postings ORDER BY topic_id LIMIT 5)
    SQL
    DB.exec(<<~SQL)
      UPDATE job_board_postings SET status = 'filled', closes_on = NULL WHERE topic_id % 7 = 0
    SQL
    DB.exec("DELETE FROM job_board_search WHERE topic_id % 5 = 0")
    DB.exec("UPDATE job_board_postings SET pay_min = 1, pay_period = 'day' WHERE topic_id % 3 = 0")
    DB.exec("INSERT INTO job_board_search (topic_id, search_data) VALUES (-1, 'x')")
    DB.exec(<<~SQL, id: without_role)
      INSERT INTO job_board_postings (topic_id, category_id, role, created_at, updated_at)
      VALUES (:id, 1, 'coach', NOW(), NOW())
    SQL
    expect(table).not_to eq(before)

    PgHarness.migrate!(only: backfills)
    expect(table).to eq(before)
    expect(search_rows).to eq(before.length)
  end

  it "creates the table again after a rollback of its migration" do
    PgHarness.migration("create_job_board_postings").new.migrate(:down)
    expect(PgHarness.select_values("SELECT to_regclass('job_board_postings')::text")).to eq([nil])
    # As `db:migrate:redo` would: that migration and the backfills that fill
    # its rows again, and the later migrations of its columns; not the other
    # tables' migrations, never rolled back.
    PgHarness.migrate!(
      only: %w[create_job_board_postings add_pay_to_job_board_postings] + backfills,
    )
    expect(table).to eq(rows_from_ruby)
  end
end
