# frozen_string_literal: true

# Keyword search and places on the board (issue 12). A migration of its own
# rather than an edit of the table's: that one is merged and may already have
# run on a developer's or a test forum, and Rails never runs a migration
# twice.
#
# The words live in a table of their own, keyed by topic, as core keeps
# topic_search_data apart from topics: a posting's vector is some 600 bytes,
# and inside job_board_postings it made the counts' scan of the board's rows
# read the whole 16 MB heap for 20k postings (bench/sql/run.rb). search_data is PostgreSQL's
# full-text vector of the folded words (DiscourseJobBoard::SearchText), built
# by PostingTable with the `french` configuration. place_codes, already in
# job_board_postings, gets its index.
class CreateJobBoardSearch < ActiveRecord::Migration[7.2]
  def change
    create_table :job_board_search,
                 primary_key: :topic_id,
                 id: :integer,
                 default: nil,
                 if_not_exists: true do |t|
      t.tsvector :search_data, null: false
    end
    add_index :job_board_search, :search_data, using: :gin, if_not_exists: true
    add_index :job_board_postings,
              :place_codes,
              using: :gin,
              where: "NOT topic_deleted",
              if_not_exists: true
  end
end
