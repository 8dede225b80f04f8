# frozen_string_literal: true

# The fields the board filters, counts and sorts on, one row per posting (a
# topic with a job_role), beside core's topics as discourse-solved,
# topic-voting and assign keep theirs: a list's cost then follows the board's
# size, not the forum's. The topic custom fields stay the source of every
# field; DiscourseJobBoard::PostingTable keeps this table in step with them
# and with the topic's own state (category, closed, listed, deleted), so the
# counts read this table alone.
class CreateJobBoardPostings < ActiveRecord::Migration[7.2]
  def change
    # Keyed by the topic's id, not a sequence (default: nil, as core's own
    # category_search_data is).
    create_table :job_board_postings, primary_key: :topic_id, id: :integer, default: nil do |t|
      t.integer :category_id, null: false
      t.string :role, null: false, limit: 50
      t.string :contracts, array: true, null: false, default: []
      # The moderator's decision: open, filled or closed.
      t.string :status, null: false, limit: 20, default: "open"
      t.date :opens_on
      t.date :closes_on
      # Room for places (région and département codes, or "abroad") and
      # remote work, so filtering on them needs no new table.
      t.string :remote, limit: 20
      t.string :place_codes, array: true, null: false, default: []
      # Copies of the topic's own state, so counts need no join on topics.
      t.boolean :topic_closed, null: false, default: false
      t.boolean :topic_visible, null: false, default: true
      t.boolean :topic_deleted, null: false, default: false
      t.timestamps
    end

    # For the queries bench/sql/run.rb measures: a role's postings, open or
    # not (role, then the closing day's range), and a contract's (array
    # overlap). Counts read a board's rows in one pass and need no index; the
    # lists' per-topic probes use the primary key.
    add_index :job_board_postings, %i[role closes_on], where: "NOT topic_deleted"
    add_index :job_board_postings, :contracts, using: :gin, where: "NOT topic_deleted"
  end
end
