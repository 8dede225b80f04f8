# frozen_string_literal: true

# npm run bench -- --only sql (through bench/sql.ts and script/pg): loads
# forums into core's schema with generate_series, fills job_board_postings
# with the plugin's own migrations, then times the board's list and count
# queries, built by the plugin's ListFilter and FacetCounts, alternating with
# the custom-field SQL they replace (legacy.rb). Prints medians, plans and
# ratios, then one JSON line ("sql-bench-result {...}") for bench/sql.ts.
#
#   BENCH_SQL_SCALES=100000:20000,1000000:20000   the forums (topics:postings)
#   BENCH_SQL_FRESH=1                             reload even if a database exists
require_relative "../lib/pg_bench"
require_relative "legacy"
require_relative "../../lib/discourse_job_board/list_sort"

# Each figure as it comes, also through bench/sql.ts's pipe.
$stdout.sync = true

module SqlBench
  extend BenchClock

  TODAY = "2026-11-23"
  BOARD_IDS = [1, 2, 3].freeze
  GENERATOR = 6 # bump when the generated data changes, to reload cached databases
  VOCABULARY = DiscourseJobBoard::Vocabulary.default
  # Migrations written to run again harmlessly (if_not_exists), run on a
  # forum kept from an earlier run.
  RERUN_ON_REUSE = %w[
    add_pay_to_job_board_postings add_closes_on_index_to_job_board_postings
  ].freeze

  FILTERS = {
    "role" => { roles: %w[coach] },
    "role+open" => { roles: %w[coach], status: "open" },
    "contract+open" => { contracts: %w[freelance], status: "open" },
    "role+contract+open" => { roles: %w[data], contracts: %w[cdi], status: "open" },
    "2 roles+2 contracts" => { roles: %w[design produit], contracts: %w[cdd stage] },
    "closed" => { status: "closed" },
    "role+closed" => { roles: %w[devops], status: "closed" },
  }.freeze

  # Keyword search (job_q) alone and with the other filters; no legacy SQL
  # to compare with. sql_search_ms is the slowest list.
  SEARCHES = {
    "q" => { q: "développeur" },
    "q+open" => { q: "développeur", status: "open" },
    "2 words+open" => { q: "ruby postgresql", status: "open" },
    "q+role+contract+open" => { q: "ruby", roles: %w[developpement], contracts: %w[cdi],
                                status: "open" },
    "q+place+remote full+open" => { q: "développeuse", place: "reg-11", remote: "full",
                                    status: "open" },
    "q+closing soon" => { q: "service public", status: "closing_soon" },
    "place+remote partial" => { place: "reg-75", remote: "partial" },
  }.freeze

  def self.scales
    scales = ENV.fetch("BENCH_SQL_SCALES", "100000:20000,1000000:20000,1000000:200000")
    scales.split(",").map { |pair| pair.split(":").map { |n| Integer(n) } }
  end

  def self.raw
    ActiveRecord::Base.connection.raw_connection
  end

  def self.load(topics, postings)
    db = "job_board_bench_#{topics}_#{postings}"
    if !ENV["BENCH_SQL_FRESH"] && cached?(db)
      PgHarness.connect(db)
      # A kept forum gets the columns and indexes added since it was loaded.
      PgHarness.migrate!(only: RERUN_ON_REUSE)
      raw.exec("ANALYZE job_board_postings")
      puts "  #{db}: reused (BENCH_SQL_FRESH=1 reloads it)"
      return
    end
    PgHarness.connect!(db)
    started = now
    PgHarness.load_core_schema!
    raw.exec(File.read(File.join(__dir__, "forum.sql"))
      .gsub(":topics", topics.to_s).gsub(":step", (topics / postings).to_s))
    loaded = now
    PgHarness.migrate!
    migrated = now
    raw.exec("VACUUM ANALYZE")
    raw.exec("CREATE TABLE bench_meta (generator integer)")
    raw.exec("INSERT INTO bench_meta VALUES (#{GENERATOR})")
    counts = raw.exec(<<~SQL).first
      SELECT (SELECT COUNT(*) FROM topics) AS topics,
             (SELECT COUNT(*) FROM topic_custom_fields) AS custom_fields,
             (SELECT COUNT(*) FROM job_board_postings) AS postings
    SQL
    puts format(
      "  %s: %s topics, %s custom fields, %s postings; loaded in %.1f s, migrations " \
        "(table and backfill) in %.1f s",
      db, counts["topics"], counts["custom_fields"], counts["postings"], loaded - started,
      migrated - loaded
    )
  end

  def self.cached?(db)
    PgHarness.connect(db)
    raw.exec("SELECT generator FROM bench_meta").first["generator"].to_i == GENERATOR
  rescue StandardError
    false
  end

  # The category-latest query shape of the issue: the board category and its
  # subcategories, as TopicQuery lists them for a visitor (lib/topic_query.rb,
  # Topic.secured), newest bump first, one page.
  def self.base_where
    <<~SQL.squish
      topics.archetype <> 'private_message' AND topics.deleted_at IS NULL
      AND topics.category_id IN (#{BOARD_IDS.join(", ")}) AND topics.visible
      AND (topics.category_id IS NULL OR topics.category_id IN
           (SELECT id FROM categories WHERE NOT read_restricted))
    SQL
  end

  # join: [sql, binds] of ListFilter#sort_join, for the sort that joins the
  # postings, as ListFilters' ordering modifier adds it.
  def self.list_sql(conditions, order: nil, join: nil)
    where = conditions.map { |(sql, _)| "AND (#{sql})" }.join(" ")
    order_sql = order ? DiscourseJobBoard::ListSort.order_sql(order) : "topics.bumped_at DESC"
    sql = "SELECT topics.id FROM topics #{join&.first} WHERE #{base_where} #{where} " \
      "ORDER BY #{order_sql} LIMIT 30"
    DB.bound(sql, [*conditions.map(&:last), join&.last || {}].reduce({}, :merge))
  end

  # As ListFilters builds it: words without a role, contract, place or
  # short-lived state are first counted in the index (SearchText.common?),
  # and that count is timed with the list.
  def self.new_list(given, order = nil)
    filter = filter(given)
    if !DiscourseJobBoard::ListShape.common_words_count?(filter)
      return new_list_sql(filter, order, false)
    end
    lambda do
      common = DiscourseJobBoard::SearchText.common?(filter.query)
      raw.exec(new_list_sql(filter, order, common)).values
    end
  end

  # The SQL new_list runs, for its plan.
  def self.plan_sql(given, order = nil)
    filter = filter(given)
    common = DiscourseJobBoard::ListShape.common_words_count?(filter) &&
      DiscourseJobBoard::SearchText.common?(filter.query)
    new_list_sql(filter, order, common)
  end

  def self.new_list_sql(filter, order, common)
    conditions = filter.conditions(today: TODAY, common_words: common)
    kind, sql, binds = DiscourseJobBoard::ListSort.postings_clause(order, filter, today: TODAY)
    conditions += [[sql, binds]] if kind == :where
    list_sql(conditions, order: order, join: kind == :joins ? [sql, binds] : nil)
  end

  def self.filter(given)
    q = given[:q]
    DiscourseJobBoard::ListFilter.new(
      **given.except(:q), query: q && DiscourseJobBoard::SearchText.query(q),
    )
  end

  def self.legacy_list(given)
    list_sql(LegacyBoardSql.conditions(**given, today: TODAY))
  end

  # What a visitor's filter bar asks: the board's public categories. Timed
  # whole: the query and the sums FacetCounts makes of its groups.
  def self.new_counts(given)
    readable = raw.exec("SELECT id FROM categories WHERE id IN (1, 2, 3) AND NOT read_restricted")
    counts =
      DiscourseJobBoard::FacetCounts.new(
        category_ids: readable.map { |row| row["id"].to_i },
        include_unlisted: false,
        filter: filter(given),
        vocabulary: VOCABULARY,
        today: TODAY,
      )
    [counts]
  end

  def self.legacy_counts(given)
    LegacyBoardSql.count_queries(base_where, VOCABULARY, **given, today: TODAY).map do |sql, binds|
      DB.bound(sql, binds)
    end
  end

  def self.run(statements)
    started = now
    results =
      statements.map do |statement|
        statement.respond_to?(:call) ? statement.call : raw.exec(statement).values
      end
    [(now - started) * 1000, results]
  end

  # Medians of alternating rounds; the legacy SQL gets fewer rounds once a
  # round of it takes seconds.
  def self.compare(name, new_statements, legacy_statements)
    2.times { run(new_statements) }
    legacy_first, legacy_rows = run(legacy_statements)
    new_first, new_rows = run(new_statements)
    rounds = legacy_first > 2000 ? 3 : legacy_first > 300 ? 5 : 11
    new_times = [new_first]
    legacy_times = [legacy_first]
    (rounds - 1).times do
      new_times << run(new_statements).first
      legacy_times << run(legacy_statements).first
    end
    new_ms = median(new_times)
    legacy_ms = median(legacy_times)
    serial_ms = serial(new_statements)
    same = name.start_with?("counts") || new_rows == legacy_rows
    puts format(
      "    %-26s new %7.2f ms (serial %7.2f)   legacy %9.2f ms   ratio %6.3f   %2d rounds%s",
      name, new_ms, serial_ms, legacy_ms, new_ms / legacy_ms, rounds, same ? "" : "   ROWS DIFFER"
    )
    { name:, new_ms: new_ms.round(2), serial_ms: serial_ms.round(2),
      legacy_ms: legacy_ms.round(2), same_rows: same }
  end

  # A query with no legacy twin: median of 11 rounds, rows counted.
  def self.measure(name, statements)
    2.times { run(statements) }
    times = Array.new(11) { run(statements).first }
    rows = run(statements).last.first
    new_ms = median(times)
    serial_ms = serial(statements)
    puts format("    %-26s new %7.2f ms (serial %7.2f)   %5d rows", name, new_ms, serial_ms,
                rows.respond_to?(:length) ? rows.length : 0)
    { name:, new_ms: new_ms.round(2), serial_ms: serial_ms.round(2) }
  end

  # Information, not a figure: the same without parallel workers. Their start
  # costs a server a millisecond or two, and this loaded 2-core machine up to
  # hundreds, so this tells the plan's own cost from the machine's noise.
  def self.serial(statements)
    raw.exec("SET max_parallel_workers_per_gather = 0")
    run(statements)
    median(Array.new(5) { run(statements).first })
  ensure
    raw.exec("RESET max_parallel_workers_per_gather")
  end

  def self.plan(title, sql)
    lines = raw.exec("EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) #{sql}").values.flatten
    puts "    plan, #{title}:"
    lines.first(28).each { |line| puts "      #{line}" }
    puts "      ... (#{lines.length - 28} more lines)" if lines.length > 28
  end

  # How fast PostgreSQL runs on this machine right now, to read the figures
  # by: this shared 2-core machine's speed moves several-fold with the load
  # of the other processes.
  def self.calibrate
    times = Array.new(3) { run(["SELECT COUNT(*) FROM generate_series(1, 1000000)"]).first }
    load_average = File.read("/proc/loadavg").split.first.to_f
    puts format("    machine: a million-row count in %.0f ms, load average %.2f", median(times),
                load_average)
    { count_1m_ms: median(times).round(1), load_average: load_average }
  end

  def self.scale(topics, postings, plans:)
    puts "sql: #{topics} topics, #{postings} postings"
    load(topics, postings)
    machine = calibrate
    list = compare("list default (open)", [new_list(status: "open")], [legacy_list(status: "open")])
    filters =
      FILTERS.map do |label, given|
        compare("list #{label}", [new_list(given)], [legacy_list(given)])
      end
    counts = [
      compare("counts default (open)", new_counts(status: "open"), legacy_counts(status: "open")),
      compare("counts role+contract", new_counts(roles: %w[coach], contracts: %w[cdi]),
              legacy_counts(roles: %w[coach], contracts: %w[cdi])),
    ]
    search = SEARCHES.map { |label, given| measure("search #{label}", [new_list(given)]) }
    search_counts = measure("counts q+open", new_counts(q: "développeur", status: "open"))
    sorts = DiscourseJobBoard::ListSort::SORTS.flat_map do |sort|
      [measure("open list by #{sort}", [new_list({ status: "open" }, sort)]),
       measure("every state by #{sort}", [new_list({}, sort)])]
    end
    if plans
      plan("search q+place+remote full+open", plan_sql(SEARCHES["q+place+remote full+open"]))
      plan("search q+open", plan_sql(SEARCHES["q+open"]))
      plan("search 2 words+open", plan_sql(SEARCHES["2 words+open"]))
      plan("search q (common words)", plan_sql(SEARCHES["q"]))
      plan("search q+closing soon", plan_sql(SEARCHES["q+closing soon"]))
      plan("list closed (new)", plan_sql(FILTERS["closed"]))
      plan("open list by closing", plan_sql({ status: "open" }, "closing"))
      plan("list default (new)", plan_sql(status: "open"))
      plan("list role+contract+open (new)", plan_sql(FILTERS["role+contract+open"]))
      plan("counts default (new)", DB.bound(*new_counts(status: "open").first.sql))
      plan("list default (legacy)", legacy_list(status: "open"))
    end
    { topics:, postings:, machine:, list:, filters:, counts:, search:, search_counts:, sorts: }
  end
end

results =
  SqlBench.scales.map do |topics, postings|
    SqlBench.scale(topics, postings, plans: topics == 1_000_000 && postings <= 20_000)
  end
puts "sql-bench-result #{JSON.generate(results)}"
