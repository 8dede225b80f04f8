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
        place_codes, pay_min, pay_max, pay_period, topic_closed, topic_visible, topic_deleted,
        created_at, updated_at
      )
      VALUES (
        :topic_id, :category_id, :role, CAST(:contracts AS varchar[]), :status,
        CAST(:opens_on AS date), CAST(:closes_on AS date), :remote,
        CAST(:place_codes AS varchar[]), :pay_min, :pay_max, :pay_period,
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
        place_codes = EXCLUDED.place_codes,
        pay_min = EXCLUDED.pay_min,
        pay_max = EXCLUDED.pay_max,
        pay_period = EXCLUDED.pay_period,
        topic_closed = EXCLUDED.topic_closed,
        topic_visible = EXCLUDED.topic_visible,
        topic_deleted = EXCLUDED.topic_deleted,
        updated_at = NOW()
    SQL

    # The posting's words, in their own table (db/migrate: why).
    SEARCH_UPSERT_SQL = <<~SQL
      INSERT INTO job_board_search (topic_id, search_data)
      VALUES (:topic_id, to_tsvector('french', :search_text))
      ON CONFLICT (topic_id) DO UPDATE SET search_data = EXCLUDED.search_data
    SQL

    DELETE_SQL = "DELETE FROM job_board_postings WHERE topic_id = :topic_id"
    SEARCH_DELETE_SQL = "DELETE FROM job_board_search WHERE topic_id = :topic_id"

    # The topics columns a row copies: a saved change to any of them resyncs.
    TOPIC_COLUMNS = %w[category_id closed visible deleted_at title].freeze

    # Any topic, live, trashed or just recovered: Topic.with_deleted finds it.
    def self.sync(topic)
      return if topic.nil? || topic.id.nil?
      row = row_for(topic)
      if row.nil?
        DB.exec(DELETE_SQL, topic_id: topic.id)
        return DB.exec(SEARCH_DELETE_SQL, topic_id: topic.id)
      end
      DB.exec(UPSERT_SQL, row.except(:search_text))
      DB.exec(SEARCH_UPSERT_SQL, row.slice(:topic_id, :search_text))
    end

    def self.row_for(topic)
      row(
        topic_id: topic.id,
        category_id: topic.category_id,
        custom_fields: topic.custom_fields,
        closed: topic.closed,
        visible: topic.visible,
        deleted: !topic.deleted_at.nil?,
        title: topic.title,
        description: description(topic),
      )
    end

    # The first post's Markdown: what the moderator wrote. core: Topic has
    # `first_post` (app/models/topic.rb); PostRevisor fires :post_edited on
    # its edits, which resyncs (plugin.rb).
    def self.description(topic)
      topic.respond_to?(:first_post) ? topic.first_post&.raw : nil
    end

    # The row's bind values, or nil when the topic is no posting (no role, or
    # a personal message, which has no category).
    def self.row(
      topic_id:,
      category_id:,
      custom_fields:,
      closed:,
      visible:,
      deleted:,
      title: nil,
      description: nil
    )
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
        place_codes: array_literal(place_codes(fields["place"])),
        pay_min: fields["pay_min"],
        pay_max: fields["pay_max"],
        pay_period: PayRules::PERIODS.include?(fields["pay_period"]) ? fields["pay_period"] : nil,
        search_text: search_text(fields, title, description),
        topic_closed: closed ? true : false,
        topic_visible: visible ? true : false,
        topic_deleted: deleted ? true : false,
      }
    end

    # The département and its région, a région, or abroad: a filter on any
    # of them is one containment test (ListFilter::PLACE_SQL).
    def self.place_codes(place)
      return [] unless Places.place?(place)
      [place, Places.region_of(place)].compact.uniq
    end

    # Title, team, place (its names) and description, folded (SearchText).
    def self.search_text(fields, title, description)
      names = place_codes(fields["place"]).map { |code| Places.entries[code].name }
      SearchText.document(title, fields["team"], fields["location"], *names, description)
    end

    # A PostgreSQL array literal, bound as one string: an empty Ruby array
    # would become NULL in a bound list.
    def self.array_literal(values)
      items = values.map { |value| "\"#{value.to_s.gsub(/["\\]/) { |char| "\\#{char}" }}\"" }
      "{#{items.join(",")}}"
    end
  end
end
