# frozen_string_literal: true

# Fills the pay columns of the rows already there from the postings' custom
# fields, as DiscourseJobBoard::PostingTable writes them: an amount is a
# positive whole number of up to nine digits (PostingParams.stored_amount),
# anything else none; a period only as one of its three codes. Idempotent: a re-run rewrites
# every row's pay from the custom fields, so it also repairs a drifted table.
class BackfillJobBoardPay < ActiveRecord::Migration[7.2]
  def up
    DB.exec(<<~SQL)
      UPDATE job_board_postings p
         SET pay_min = f.pay_min, pay_max = f.pay_max, pay_period = f.pay_period
        FROM (
          SELECT p2.topic_id,
                 #{amount_sql("job_pay_min")} AS pay_min,
                 #{amount_sql("job_pay_max")} AS pay_max,
                 (SELECT CASE WHEN value IN ('year', 'month', 'day') THEN value END
                    FROM topic_custom_fields c
                   WHERE c.topic_id = p2.topic_id AND c.name = 'job_pay_period'
                   ORDER BY c.id DESC LIMIT 1) AS pay_period
            FROM job_board_postings p2
        ) f
       WHERE f.topic_id = p.topic_id
         AND (p.pay_min, p.pay_max, p.pay_period)
             IS DISTINCT FROM (f.pay_min, f.pay_max, f.pay_period)
    SQL
  end

  def down
    raise ActiveRecord::IrreversibleMigration
  end

  private

  # The last stored value (core keeps one row per field; several would be a
  # drift, and core reads them in id order, the last one winning).
  def amount_sql(name)
    <<~SQL.squish
      (SELECT CASE WHEN btrim(value) ~ '^[0-9]{1,9}$' AND btrim(value)::int > 0
                   THEN btrim(value)::int END
         FROM topic_custom_fields c
        WHERE c.topic_id = p2.topic_id AND c.name = '#{name}'
        ORDER BY c.id DESC LIMIT 1)
    SQL
  end
end
