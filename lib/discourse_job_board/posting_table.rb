# frozen_string_literal: true

module DiscourseJobBoard
  # Keeps job_board_postings (db/migrate) in step with a topic: one row per
  # topic with a job_role, holding what the board filters, counts and sorts
  # on, plus the topic's own category, closed, listed and deleted state. The
  # custom fields stay the source of every field; `sync` rewrites the row from
  # them and from the topic, so it is idempotent and any event may call it.
  # The row is built in plain Ruby (tested without Discourse) the same way the
  # backfill migration reads the custom fields.
  module PostingTable
    UPSERT_SQL = <<~SQL
      INSERT INTO job_board_postings (
        topic_id, category_id, role, contracts, status, opens_on, closes_on, remote,
        topic_closed, topic_visible, topic_deleted, created_at, updated_at
      )
      VALUES (
        :topic_id, :category_id, :role, CAST(:contracts AS varchar[]), :status,
        CAST(:opens_on AS date), CAST(:closes_on AS date), :remote,
        :topic_closed, :topic_visible, :topic_deleted, NOW(), NOW()
      )
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

    DELETE_SQL = "DELETE FROM job_board_postings WHERE topic_id = :topic_id"

    # The topics columns a row copies: a saved change to any of them resyncs.
    TOPIC_COLUMNS = %w[category_id closed visible deleted_at].freeze

    # Any topic, live, trashed or just recovered: Topic.with_deleted finds it.
    def self.sync(topic)
      return if topic.nil? || topic.id.nil?
      row = row_for(topic)
      row ? DB.exec(UPSERT_SQL, row) : DB.exec(DELETE_SQL, topic_id: topic.id)
    end

    def self.row_for(topic)
      row(
        topic_id: topic.id,
        category_id: topic.category_id,
        custom_fields: topic.custom_fields,
        closed: topic.closed,
        visible: topic.visible,
        deleted: !topic.deleted_at.nil?,
      )
    end

    # The row's bind values, or nil when the topic is no posting (no role, or
    # a personal message, which has no category).
    def self.row(topic_id:, category_id:, custom_fields:, closed:, visible:, deleted:)
      fields = PostingParams.from_custom_fields(custom_fields)
      return nil if fields["role"].nil? || category_id.nil?
      {
        topic_id: topic_id,
        category_id: category_id,
        role: fields["role"],
        contracts: array_literal(fields["contracts"]),
        status: fields["status"] || "open",
        opens_on: PostingStatus.parse_day(fields["opens_at"].to_s)&.iso8601,
        closes_on: PostingStatus.parse_day(fields["closes_at"].to_s)&.iso8601,
        remote: fields["remote"],
        topic_closed: closed ? true : false,
        topic_visible: visible ? true : false,
        topic_deleted: deleted ? true : false,
      }
    end

    # A PostgreSQL array literal, bound as one string: an empty Ruby array
    # would become NULL in a bound list.
    def self.array_literal(values)
      items = values.map { |value| "\"#{value.to_s.gsub(/["\\]/) { |char| "\\#{char}" }}\"" }
      "{#{items.join(",")}}"
    end
  end
end
