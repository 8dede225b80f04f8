# frozen_string_literal: true

# Follows (issue 13, point 1): a member's saved filters, and one row per
# posting and member told about it.
#
# job_board_follows holds the filters as the board's table holds a posting's
# values (roles and contracts as arrays, a place code, a remote choice, the
# words as the to_tsquery text SearchText makes), so one query over this
# table finds every follower of a new posting (FollowMatch) whatever their
# number. An empty array or a NULL filters nothing: a follow with no filter
# at all follows every new posting of the board.
#
# job_board_follow_notices is the claim: its unique index on
# (topic_id, user_id) lets one INSERT win, so a member is told once about a
# posting even when several of their follows match, when a posting is
# published then opens, or when two app servers run the fan-out at once
# (as job_board_reminders does for the reminders).
class CreateJobBoardFollows < ActiveRecord::Migration[7.2]
  def change
    create_table :job_board_follows do |t|
      t.integer :user_id, null: false
      t.string :roles, array: true, null: false, default: []
      t.string :contracts, array: true, null: false, default: []
      t.string :place, limit: 20
      t.string :remote, limit: 20
      # The words as the member typed them (shown in their preferences), and
      # as the to_tsquery text the match reads (only [a-z0-9:*& ]).
      t.string :q, limit: 200
      t.string :query, limit: 400
      t.timestamps
    end
    add_index :job_board_follows, :user_id
    # The same filters twice are one follow (FollowStore answers the first).
    add_index :job_board_follows,
              "user_id, roles, contracts, COALESCE(place, ''), COALESCE(remote, ''), " \
                "COALESCE(query, '')",
              unique: true,
              name: "index_job_board_follows_unique_filters"

    create_table :job_board_follow_notices do |t|
      t.integer :topic_id, null: false
      t.integer :user_id, null: false
      t.datetime :created_at, null: false
    end
    add_index :job_board_follow_notices, %i[topic_id user_id], unique: true
    add_index :job_board_follow_notices, :user_id
  end
end
