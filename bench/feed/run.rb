# frozen_string_literal: true

# npm run bench -- --only feed (through bench/feed.ts and script/pg pg-feed):
# loads the SQL benchmark's generated forum (bench/sql/forum.sql) into core's
# schema, runs the plugin's migrations, then times building a filtered
# board's whole RSS feed as FeedController does: the board's list query
# (the category-latest shape TopicQuery builds for no user, as bench/sql
# writes it, with the plugin's ListFilter for a visitor, postings only,
# newest first, LIMIT 50), FeedItems' two queries for the page's fields and
# first posts, and the XML (FeedChannel, Feed). Prints medians, then one JSON
# line ("feed-bench-result {...}") for bench/feed.ts.
#
#   BENCH_FEED_SCALE=1000000:20000   the forum (topics:postings)
#   BENCH_FEED_FRESH=1               reload even if the database exists
require "rexml/document"
require_relative "../lib/pg_bench"
require_relative "../../spec/plain/feed_support"
require_relative "../../lib/discourse_job_board/list_sort"

$stdout.sync = true

module FeedBench
  extend BenchClock

  TODAY = "2026-11-23"
  BOARD_IDS = [1, 2, 3].freeze
  LIMIT = 50
  GENERATOR = 1 # bump when the loaded data changes, to reload a kept database

  FILTERS = {
    "default (open)" => { status: "open" },
    "role" => { roles: %w[coach] },
    "role+contract+open" => { roles: %w[data], contracts: %w[cdi], status: "open" },
    "place+remote full" => { place: "reg-75", remote: "full" },
    "words+open" => { q: "développeur", status: "open" },
    "closed" => { status: "closed" },
  }.freeze

  def self.raw
    ActiveRecord::Base.connection.raw_connection
  end

  def self.scale
    ENV.fetch("BENCH_FEED_SCALE", "1000000:20000").split(":").map { |n| Integer(n) }
  end

  def self.load(topics, postings)
    db = "job_board_feed_#{topics}_#{postings}"
    if !ENV["BENCH_FEED_FRESH"] && kept?(db)
      puts "  #{db}: reused (BENCH_FEED_FRESH=1 reloads it)"
      return
    end
    PgHarness.connect!(db)
    started = now
    PgHarness.load_core_schema!
    raw.exec(File.read(File.join(__dir__, "../sql/forum.sql"))
      .gsub(":topics", topics.to_s).gsub(":step", (topics / postings).to_s))
    # Core's posts have `hidden` and cooked HTML, which the suite's schema
    # and the SQL benchmark's forum leave out (they read raw): the feed
    # reads both.
    raw.exec("ALTER TABLE posts ADD COLUMN IF NOT EXISTS hidden boolean NOT NULL DEFAULT false")
    raw.exec("UPDATE posts SET cooked = '<p>' || replace(raw, '. ', '.</p><p>') || '</p>'")
    raw.exec("UPDATE topics SET slug = 'poste-' || id WHERE slug IS NULL")
    PgHarness.migrate!
    raw.exec("VACUUM ANALYZE")
    raw.exec("CREATE TABLE bench_meta (generator integer)")
    raw.exec("INSERT INTO bench_meta VALUES (#{GENERATOR})")
    puts format("  %s: loaded and migrated in %.1f s", db, now - started)
  end

  def self.kept?(db)
    PgHarness.connect(db)
    raw.exec("SELECT generator FROM bench_meta").first["generator"].to_i == GENERATOR
  rescue StandardError
    false
  end

  def self.filter(given)
    q = given[:q]
    DiscourseJobBoard::ListFilter.new(
      **given.except(:q), query: q && DiscourseJobBoard::SearchText.query(q), hide_upcoming: true,
    )
  end

  # What TopicQuery.new(nil, category: board, ...).latest_results gives, as
  # bench/sql/run.rb writes it (lib/topic_query.rb: listable, visible, in
  # categories anyone may read), plus FeedQuery's postings-only condition.
  def self.list_sql(filter)
    conditions = filter.conditions(today: TODAY)
    where = conditions.map { |(sql, _)| "AND (#{sql})" }.join(" ")
    binds = conditions.map(&:last).reduce({}, :merge)
    DB.bound(<<~SQL.squish, binds)
      SELECT topics.id, topics.title, topics.slug, topics.created_at, categories.name AS category_name
      FROM topics LEFT JOIN categories ON categories.id = topics.category_id
      WHERE topics.archetype <> 'private_message' AND topics.deleted_at IS NULL
      AND topics.category_id IN (#{BOARD_IDS.join(", ")}) AND topics.visible
      AND NOT categories.read_restricted
      AND EXISTS (SELECT 1 FROM job_board_postings jb WHERE jb.topic_id = topics.id)
      #{where}
      ORDER BY #{DiscourseJobBoard::ListSort.order_sql("newest")} LIMIT #{LIMIT}
    SQL
  end

  def self.items_builder
    FeedSpecSupport.items_builder(:fr)
  end

  # The whole feed, as FeedQuery#xml builds it.
  def self.feed(given)
    parsed = filter(given)
    topics =
      raw.exec(list_sql(parsed)).map do |row|
        DiscourseJobBoard::FeedItems::Topic.new(
          id: row["id"].to_i, title: row["title"], relative_url: "/t/#{row["slug"]}/#{row["id"]}",
          created_at: Time.parse("#{row["created_at"]} UTC"), category_name: row["category_name"]
        )
      end
    builder = items_builder
    channel =
      DiscourseJobBoard::FeedChannel.new(items_builder: builder, t: FeedSpecSupport.t(:fr)).call(
        category_name: "Emplois", site_title: "Forum", link: "https://forum.example/c/emplois/1",
        self_url: "https://forum.example/job-board/feed.rss?category_id=1", language: "fr",
        items: builder.call(DB, topics), filter: parsed, status: given[:status] || "all",
        words: given[:q]
      )
    DiscourseJobBoard::Feed.new(channel).to_xml
  end

  def self.measure(label, given)
    xml = feed(given)
    items = REXML::Document.new(xml).get_elements("rss/channel/item").length
    2.times { feed(given) }
    times = Array.new(11) do
      started = now
      feed(given)
      (now - started) * 1000
    end
    ms = median(times)
    puts format("    %-22s %7.2f ms  (%2d items, %6.1f kB of XML)", label, ms, items,
                xml.bytesize / 1024.0)
    { name: label, ms: ms.round(2), items: items, kb: (xml.bytesize / 1024.0).round(1) }
  end

  def self.run
    topics, postings = scale
    puts "feed: #{topics} topics, #{postings} postings"
    load(topics, postings)
    load_average = File.read("/proc/loadavg").split.first.to_f
    puts "    load average #{load_average}"
    figures = FILTERS.map { |label, given| measure(label, given) }
    { topics:, postings:, load_average:, figures: }
  end
end

puts "feed-bench-result #{JSON.generate(FeedBench.run)}"
