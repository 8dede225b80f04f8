# frozen_string_literal: true

# Fills place_codes of the rows the first backfill wrote, and their words in
# job_board_search, as DiscourseJobBoard::PostingTable writes them: the
# folding of inclusive writing and feminine forms (SearchText) is Ruby, so
# this walks the postings in batches rather than in one statement.
# Idempotent, like the first one, and it drops the words of topics that are
# no longer postings.
class BackfillJobBoardSearch < ActiveRecord::Migration[7.2]
  BATCH = 1000
  FIELDS = %w[job_place job_team job_location].freeze

  def up
    last_id = 0
    loop do
      ids = DB.query_single(<<~SQL, last_id: last_id, limit: BATCH)
        SELECT topic_id FROM job_board_postings WHERE topic_id > :last_id
        ORDER BY topic_id LIMIT :limit
      SQL
      break if ids.empty?
      fill(ids)
      last_id = ids.last
    end
    DB.exec(<<~SQL)
      DELETE FROM job_board_search s
      WHERE NOT EXISTS (SELECT 1 FROM job_board_postings p WHERE p.topic_id = s.topic_id)
    SQL
  end

  def down
    raise ActiveRecord::IrreversibleMigration
  end

  private

  def fill(ids)
    titles = DB.query_hash("SELECT id, title FROM topics WHERE id IN (:ids)", ids: ids)
      .to_h { |row| [row["id"], row["title"]] }
    raws = DB.query_hash(<<~SQL, ids: ids).to_h { |row| [row["topic_id"], row["raw"]] }
      SELECT topic_id, raw FROM posts WHERE topic_id IN (:ids) AND post_number = 1
    SQL
    custom = Hash.new { |hash, key| hash[key] = {} }
    DB.query_hash(<<~SQL, ids: ids, names: FIELDS).each do |row|
      SELECT topic_id, name, value FROM topic_custom_fields
      WHERE topic_id IN (:ids) AND name IN (:names)
    SQL
      custom[row["topic_id"]][row["name"]] = row["value"]
    end
    rows =
      ids.map do |id|
        fields = DiscourseJobBoard::PostingParams.from_custom_fields(custom[id])
        [id, place_codes(fields), text(fields, titles[id], raws[id])]
      end
    # Two statements per batch: the values travel as three bound arrays.
    binds = { ids: rows.map(&:first), codes: rows.map { |r| r[1] }, texts: rows.map(&:last) }
    DB.exec(<<~SQL, binds)
      UPDATE job_board_postings p SET place_codes = CAST(v.codes AS varchar[])
      FROM (SELECT unnest(ARRAY[:ids]) AS id, unnest(ARRAY[:codes]::text[]) AS codes) v
      WHERE p.topic_id = v.id
    SQL
    DB.exec(<<~SQL, binds)
      INSERT INTO job_board_search (topic_id, search_data)
      SELECT v.id, to_tsvector('french', v.text)
      FROM (SELECT unnest(ARRAY[:ids]) AS id, unnest(ARRAY[:texts]::text[]) AS text) v
      ON CONFLICT (topic_id) DO UPDATE SET search_data = EXCLUDED.search_data
    SQL
  end

  def place_codes(fields)
    table = DiscourseJobBoard::PostingTable
    table.array_literal(table.place_codes(fields["place"]))
  end

  def text(fields, title, raw)
    DiscourseJobBoard::PostingTable.search_text(fields, title, raw)
  end
end
