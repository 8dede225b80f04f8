# frozen_string_literal: true

# Keyword search and places on the board's table (issue 12). A migration of
# its own rather than an edit of the table's: that one is merged and may
# already have run on a developer's or a test forum, and Rails never runs a
# migration twice. search_data is PostgreSQL's own full-text vector, built by
# DiscourseJobBoard::PostingTable from the folded words (SearchText) with the
# `french` configuration; place_codes (already there) gets its index.
class AddSearchToJobBoardPostings < ActiveRecord::Migration[7.2]
  def change
    add_column :job_board_postings, :search_data, :tsvector
    add_index :job_board_postings, :search_data, using: :gin, where: "NOT topic_deleted"
    add_index :job_board_postings, :place_codes, using: :gin, where: "NOT topic_deleted"
  end
end
