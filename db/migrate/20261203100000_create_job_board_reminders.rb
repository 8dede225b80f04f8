# frozen_string_literal: true

# One row per reminder sent: a posting and the closing date it was about. The
# unique index is what makes « one message per posting and date » hold across
# app servers and overlapping job runs (DiscourseJobBoard::Reminders).
class CreateJobBoardReminders < ActiveRecord::Migration[7.2]
  def change
    create_table :job_board_reminders do |t|
      t.integer :topic_id, null: false
      # An ISO day, as the job_closes_at custom field stores it.
      t.string :closes_at, null: false, limit: 10
      t.datetime :created_at, null: false
    end
    add_index :job_board_reminders, %i[topic_id closes_at], unique: true
  end
end
