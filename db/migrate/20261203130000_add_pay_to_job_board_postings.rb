# frozen_string_literal: true

# A posting's pay (issue 13) beside its other fields: whole euros, either end
# optional, and the period they count (year, month or day). A migration of its
# own, as the search's is: the table's may already have run. The board shows
# pay from the topic's custom fields; these columns keep the table a full
# copy of what lists may filter or sort on, so a « with pay » filter or a sort
# by pay needs no new migration and no backfill at forum scale then.
class AddPayToJobBoardPostings < ActiveRecord::Migration[7.2]
  def change
    add_column :job_board_postings, :pay_min, :integer, if_not_exists: true
    add_column :job_board_postings, :pay_max, :integer, if_not_exists: true
    add_column :job_board_postings, :pay_period, :string, limit: 10, if_not_exists: true
  end
end
