# frozen_string_literal: true

require_relative "pg_helper"

# Every way a posting changes, as core changes its tables, followed by the
# PostingTable.sync that plugin.rb's event hooks call: the board's list and
# counts read from job_board_postings must then equal the rule computed from
# core's tables.
RSpec.describe DiscourseJobBoard::PostingTable do
  topic_fields = %i[id category_id custom_fields closed visible deleted_at title first_post]
  TopicLike = Struct.new(*topic_fields, keyword_init: true)

  def topic(id)
    row = DB.query_hash("SELECT * FROM topics WHERE id = :id", id: id).first
    fields = DB.query_hash("SELECT name, value FROM topic_custom_fields WHERE topic_id = :id", id:)
    TopicLike.new(
      id:,
      category_id: row["category_id"],
      closed: row["closed"],
      visible: row["visible"],
      deleted_at: row["deleted_at"],
      title: row["title"],
      first_post: DB.query_hash("SELECT raw FROM posts WHERE topic_id = :id AND post_number = 1",
id:)
        .first&.then { |post|
 Struct.new(:raw).new(post["raw"]) },
      custom_fields: fields.to_h { |f| [f["name"], f["value"]] },
    )
  end

  def set_field(id, name, value)
    DB.exec("DELETE FROM topic_custom_fields WHERE topic_id = :id AND name = :name", id:, name:)
    return if value.nil?
    DB.exec(<<~SQL, id: id, name: name, value: value)
      INSERT INTO topic_custom_fields (topic_id, name, value, created_at, updated_at)
      VALUES (:id, :name, :value, NOW(), NOW())
    SQL
  end

  def update_topic(id, assignments)
    DB.exec("UPDATE topics SET #{assignments} WHERE id = :id", id: id)
  end

  def sync(id)
    described_class.sync(topic(id))
  end

  def row(id)
    DB.query_hash("SELECT * FROM job_board_postings WHERE topic_id = :id", id: id).first
  end

  # The board as an admin and as a visitor see it: list and counts from the
  # table equal the rule over core's tables.
  def expect_board_in_step
    forum = PgForum.new(seed: 0, count: 0)
    vocabulary = DiscourseJobBoard::Vocabulary.default
    [[PgForum::ADMIN, true], [nil, false]].each do |user, include_unlisted|
      ids = forum.readable_board_ids(user)
      board = BoardTruth.board(BoardTruth.topics, ids, include_unlisted: include_unlisted)
      [{ status: "open" }, { status: "closed" }, { roles: %w[coach] }].each do |given|
        filter = DiscourseJobBoard::ListFilter.new(**given)
        expected = board.select { |r| BoardTruth.matches?(r, **given) }.map(&:id)
        options = { category_ids: ids, include_unlisted: include_unlisted }
        expect(BoardList.ids(filter, **options)).to match_array(expected)
        expect(BoardCounts.call(filter, **options)).to eq(
          BoardTruth.counts(board, vocabulary, **given),
        )
      end
    end
  end

  let(:open_posting) do
    PgHarness.select_values(<<~SQL, today: PgForum::TODAY).first
      SELECT topic_id FROM job_board_postings
      WHERE category_id = 1 AND status = 'open' AND NOT topic_closed AND topic_visible
        AND NOT topic_deleted AND role = 'coach'
        AND (closes_on IS NULL OR closes_on >= CAST(:today AS date))
      ORDER BY topic_id LIMIT 1
    SQL
  end

  it "adds a posting when its topic is created, directly or once a queued post is approved" do
    DB.exec(<<~SQL)
      INSERT INTO topics (id, title, created_at, updated_at, bumped_at, last_post_user_id, category_id)
      VALUES (9001, 'Coach', NOW(), NOW(), NOW(), 1, 1)
    SQL
    set_field(9001, "job_role", "coach")
    set_field(9001, "job_contracts", '["freelance"]')
    set_field(9001, "job_closes_at", "2026-12-01")
    sync(9001)
    expect(row(9001)).to include("role" => "coach", "category_id" => 1, "status" => "open",
                                 "closes_on" => "2026-12-01")
    expect_board_in_step
  end

  it "follows an edit of the fields (composer or postings endpoint)" do
    set_field(open_posting, "job_role", "data")
    set_field(open_posting, "job_closes_at", "2026-11-01")
    expect { sync(open_posting) }.to change { row(open_posting)["role"] }.from("coach").to("data")
    expect(row(open_posting)["closes_on"]).to eq("2026-11-01")
    expect_board_in_step
  end

  def found(words)
    query = DiscourseJobBoard::SearchText.query(words)
    PgHarness.select_values(<<~SQL, query:)
      SELECT topic_id FROM job_board_search
      WHERE search_data @@ to_tsquery('french', :query) ORDER BY topic_id
    SQL
  end

  it "follows a title edit and a first-post edit in its words, and a new place" do
    expect(found("Chargée d’affaires")).not_to include(open_posting)
    update_topic(open_posting, "title = 'Chargé·e d''affaires publiques'")
    sync(open_posting)
    expect(found("Chargée d’affaires")).to include(open_posting)

    DB.exec("UPDATE posts SET raw = 'Poste basé à Lyon, ouvert aux directrices.' " \
            "WHERE topic_id = :id AND post_number = 1", id: open_posting)
    expect(found("directeur lyon")).not_to include(open_posting)
    sync(open_posting)
    expect(found("directeur lyon")).to include(open_posting)

    set_field(open_posting, "job_place", "dep-69")
    sync(open_posting)
    expect(row(open_posting)["place_codes"]).to eq("{dep-69,reg-84}")
    expect(found("Auvergne-Rhône-Alpes")).to include(open_posting)
    expect_board_in_step
  end

  it "follows fill (status filled, topic closed) and reopen" do
    set_field(open_posting, "job_status", "filled")
    update_topic(open_posting, "closed = true")
    sync(open_posting)
    expect(row(open_posting)).to include("status" => "filled", "topic_closed" => true)
    expect_board_in_step

    set_field(open_posting, "job_status", "open")
    update_topic(open_posting, "closed = false")
    sync(open_posting)
    expect(row(open_posting)).to include("status" => "open", "topic_closed" => false)
    expect_board_in_step
  end

  it "follows the close timer firing (topic closed by core)" do
    update_topic(open_posting, "closed = true")
    sync(open_posting)
    expect(row(open_posting)["topic_closed"]).to be(true)
    expect_board_in_step
  end

  it "follows a move out of the board and back" do
    update_topic(open_posting, "category_id = #{PgForum::ELSEWHERE}")
    sync(open_posting)
    expect(row(open_posting)["category_id"]).to eq(PgForum::ELSEWHERE)
    expect_board_in_step

    update_topic(open_posting, "category_id = #{PgForum::BOARD_RESTRICTED}")
    sync(open_posting)
    expect_board_in_step
  end

  it "drops the row when the topic loses its role, and adds it back with one" do
    set_field(open_posting, "job_role", nil)
    sync(open_posting)
    expect(row(open_posting)).to be_nil
    expect_board_in_step

    set_field(open_posting, "job_role", "coach")
    sync(open_posting)
    expect(row(open_posting)["role"]).to eq("coach")
  end

  it "follows trashing and recovering the topic, and unlisting it" do
    update_topic(open_posting, "deleted_at = NOW()")
    sync(open_posting)
    expect(row(open_posting)["topic_deleted"]).to be(true)
    expect_board_in_step

    update_topic(open_posting, "deleted_at = NULL, visible = false")
    sync(open_posting)
    expect(row(open_posting)).to include("topic_deleted" => false, "topic_visible" => false)
    expect_board_in_step
  end

  it "keeps no row for a personal message, whatever its fields" do
    pm = PgHarness.select_values("SELECT id FROM topics WHERE archetype = 'private_message'").first
    set_field(pm, "job_role", "coach")
    sync(pm)
    expect(row(pm)).to be_nil
  end

  it "would leave the board wrong without the sync (what the hooks are for)" do
    update_topic(open_posting, "closed = true")
    expect { expect_board_in_step }.to raise_error(RSpec::Expectations::ExpectationNotMetError)
  end
end
