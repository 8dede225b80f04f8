# frozen_string_literal: true

# Fills job_board_postings from the postings' topic custom fields, as
# DiscourseJobBoard::PostingTable would write each row. Idempotent: a re-run
# rewrites every row from the custom fields and removes rows whose topic has
# lost its role, so it also repairs a table that drifted.
class BackfillJobBoardPostings < ActiveRecord::Migration[7.2]
  def up
    DB.exec(<<~SQL)
      WITH fields AS (
        SELECT topic_id,
               MAX(value) FILTER (WHERE name = 'job_role') AS role,
               MAX(value) FILTER (WHERE name = 'job_contracts') AS contracts,
               MAX(value) FILTER (WHERE name = 'job_status') AS status,
               MAX(value) FILTER (WHERE name = 'job_opens_at') AS opens_at,
               MAX(value) FILTER (WHERE name = 'job_closes_at') AS closes_at,
               MAX(value) FILTER (WHERE name = 'job_remote') AS remote
          FROM topic_custom_fields
         WHERE name IN ('job_role', 'job_contracts', 'job_status', 'job_opens_at',
                        'job_closes_at', 'job_remote')
         GROUP BY topic_id
      )
      INSERT INTO job_board_postings (
        topic_id, category_id, role, contracts, status, opens_on, closes_on, remote,
        topic_closed, topic_visible, topic_deleted, created_at, updated_at
      )
      SELECT t.id,
             t.category_id,
             f.role,
             #{list_sql("f.contracts")},
             CASE WHEN btrim(COALESCE(f.status, '')) = '' THEN 'open' ELSE f.status END,
             #{day_sql("f.opens_at")},
             #{day_sql("f.closes_at")},
             CASE WHEN btrim(COALESCE(f.remote, '')) = '' THEN NULL ELSE f.remote END,
             t.closed,
             t.visible,
             t.deleted_at IS NOT NULL,
             NOW(),
             NOW()
        FROM fields f
        JOIN topics t ON t.id = f.topic_id
       WHERE btrim(COALESCE(f.role, '')) <> ''
         AND t.category_id IS NOT NULL
      ON CONFLICT (topic_id) DO UPDATE SET
        category_id = EXCLUDED.category_id,
        role = EXCLUDED.role,
        contracts = EXCLUDED.contracts,
        status = EXCLUDED.status,
        opens_on = EXCLUDED.opens_on,
        closes_on = EXCLUDED.closes_on,
        remote = EXCLUDED.remote,
        topic_closed = EXCLUDED.topic_closed,
        topic_visible = EXCLUDED.topic_visible,
        topic_deleted = EXCLUDED.topic_deleted,
        updated_at = NOW()
    SQL

    DB.exec(<<~SQL)
      DELETE FROM job_board_postings p
       WHERE NOT EXISTS (
         SELECT 1 FROM topic_custom_fields f
          WHERE f.topic_id = p.topic_id AND f.name = 'job_role' AND btrim(f.value) <> ''
       )
    SQL
  end

  def down
    raise ActiveRecord::IrreversibleMigration
  end

  private

  # A real YYYY-MM-DD day as a date, anything else NULL (as PostingStatus.parse_day
  # reads it): the day is checked against its month's length before the cast,
  # since casting "2026-02-30" would abort the migration.
  def day_sql(value)
    <<~SQL.squish
      CASE WHEN #{value} ~ '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$'
                AND substr(#{value}, 1, 4) <> '0000'
                AND substr(#{value}, 9, 2)::int <= EXTRACT(DAY FROM
                      date_trunc('month', (substr(#{value}, 1, 7) || '-01')::date)
                      + INTERVAL '1 month - 1 day')
           THEN (#{value})::date END
    SQL
  end

  # The plugin stores contracts as a JSON array (type :json); a comma list is
  # read too, as PostingParams.coerce_list does.
  def list_sql(value)
    <<~SQL.squish
      CASE WHEN #{value} IS NULL THEN '{}'::varchar[]
           WHEN #{value} ~ '^\\s*\\[' THEN ARRAY(
             SELECT btrim(e) FROM json_array_elements_text(#{value}::json) e WHERE btrim(e) <> '')
           ELSE ARRAY(
             SELECT btrim(e) FROM unnest(string_to_array(#{value}, ',')) e WHERE btrim(e) <> '')
      END
    SQL
  end
end
