# frozen_string_literal: true

# The board sorted by closing day (job_sort=closing, ListSort) walks the
# postings in closing order and fetches each one's topic by primary key,
# stopping at a page: 7.6 ms at 1M topics and 20k postings, where ordering
# by a subquery per topic read every topic of the forum (470 ms,
# bench/sql/run.rb). The (role, closes_on) index serves a role's list only.
class AddClosesOnIndexToJobBoardPostings < ActiveRecord::Migration[7.2]
  def change
    add_index :job_board_postings, :closes_on, where: "NOT topic_deleted", if_not_exists: true
  end
end
