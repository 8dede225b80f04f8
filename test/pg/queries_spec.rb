# frozen_string_literal: true

require_relative "pg_helper"

# The board's list and counts, run by PostgreSQL over job_board_postings as
# the backfill filled it, equal the open/closed rule and filters computed in
# Ruby and in TypeScript over the same topics.
RSpec.describe "The board's SQL on PostgreSQL" do
  vocabulary = DiscourseJobBoard::Vocabulary.default
  filters = [
    {},
    { status: "open" },
    { status: "closed" },
    { roles: %w[coach] },
    { roles: %w[data developpement], status: "open" },
    { contracts: %w[freelance] },
    { contracts: %w[cdd stage service_civique], status: "closed" },
    { roles: %w[design], contracts: %w[cdi], status: "open" },
    { roles: %w[produit], contracts: %w[cdd], status: "closed" },
    { status: "closing_soon" },
    { status: "upcoming" },
    { status: "expired", contracts: %w[cdi] },
    { status: "filled" },
    { status: "all" },
    { place: "reg-75" },
    { place: "dep-33", remote: "full" },
    { place: "abroad", status: "open" },
    { remote: "partial" },
    { remote: "full", roles: %w[coach] },
    { q: "développeur" },
    { q: "Data", status: "open" },
    { q: "bordeaux télétravail" },
    { q: "AQUITAINE", place: "reg-11", remote: "full" },
    { q: "Développeuse Bordeaux", roles: %w[developpement design], status: "closing_soon" },
    { status: "all", hide_upcoming: true },
    { roles: %w[data], hide_upcoming: true },
    { status: "upcoming", hide_upcoming: true },
  ]
  viewers = {
    "an anonymous visitor" => [nil, false],
    "a member of the restricted subcategory's group" => [PgForum::INSIDER, false],
    "an admin" => [PgForum::ADMIN, true],
  }
  let(:rows) { BoardTruth.topics }

  it "has generated what the rule must tell apart" do
    postings = rows.select(&:posting)
    expect(postings.map(&:state).uniq).to include("open", "upcoming", "expired", "filled", "closed")
    expect(postings.count { |row| row.result.closing_soon }).to be > 5
    expect(postings.map(&:place).uniq).to include("dep-33", "reg-75", "abroad", nil)
    BoardTruth::QUERIES.each_value do |words|
      expect(postings.count { |row| (words - row.words).empty? }).to be > 5
    end
    expect(rows.map(&:visible).uniq).to include(:listed, :unlisted, :deleted, :pm)
    expect(postings.map(&:category_id).uniq).to include(*PgForum::BOARD_IDS, PgForum::ELSEWHERE)
  end

  viewers.each do |viewer, (user, include_unlisted)|
    context "for #{viewer}" do
      let(:category_ids) { PgForum.new(seed: 0, count: 0).readable_board_ids(user) }
      let(:board) { BoardTruth.board(rows, category_ids, include_unlisted:) }

      def listed(filter, limit: nil)
        BoardList.ids(filter, category_ids:, include_unlisted: board_unlisted, limit:)
      end

      def counted(filter)
        BoardCounts.call(filter, category_ids:, include_unlisted: board_unlisted)
      end

      define_method(:board_unlisted) { include_unlisted }

      filters.each do |given|
        filter = BoardTruth.filter(given)

        it "lists and counts #{given.inspect} as the rule says" do
          expected = board.select { |row| BoardTruth.matches?(row, **given) }
          expect(listed(filter)).to match_array(expected.map(&:id))
          expect(expected).not_to be_empty if given.empty? || given == { status: "open" }
          newest = expected.sort_by { |row| [row.bumped_at, row.id] }.reverse.first(30)
          expect(listed(filter, limit: 30)).to eq(newest.map(&:id))
          expect(counted(filter)).to eq(BoardTruth.counts(board, vocabulary, **given))
        end
      end

      it "lists words alike, whether read posting by posting or looked up in the index first" do
        BoardTruth::QUERIES.each_key do |q|
          [{ q: }, { q:, hide_upcoming: true }, { q:, status: "open" },
           { q:, status: "expired", remote: "partial" }].each do |given|
            filter = BoardTruth.filter(given)
            expected = board.select { |row| BoardTruth.matches?(row, **given) }
            expected = expected.sort_by { |row| [row.bumped_at, row.id] }.reverse.first(30)
            [true, false].each do |common_words|
              ids = BoardList.ids(filter, category_ids:, include_unlisted: board_unlisted,
                                          limit: 30, common_words:)
              expect(ids).to eq(expected.map(&:id)), "#{given.inspect}, common: #{common_words}"
            end
          end
        end
      end

      # Sorted by closing day or questions, a list holds postings only (its
      # other topics have neither): ListSort joins them, with the filter.
      {
        "newest" => ->(r) { [-r.created_at.to_f, -r.id] },
        "closing" => ->(r) { [r.closes_on ? 0 : 1, r.closes_on || Date.new(0), -r.bumped_at.to_f] },
        "questions" => ->(r) { [-r.posts_count, -r.bumped_at.to_f] },
      }.each do |sort, key|
        postings_only = DiscourseJobBoard::ListSort.postings_only?(sort)
        [{ status: "all" }, { status: "open" }, { roles: %w[coach], status: "all" },
         { contracts: %w[freelance], status: "open" }, { q: "développeur", status: "all" },
         { status: "expired", hide_upcoming: true }].each do |given|
          it "sorts a page of #{given.inspect} by #{sort} as the rule says" do
            filter = BoardTruth.filter(given)
            expected = board.select do |row|
              BoardTruth.matches?(row, **given) && (row.posting || !postings_only)
            end
            expect(expected.count(&:posting)).to be > 3
            [30, nil].each do |limit|
              page = BoardList.ids(filter, category_ids:, include_unlisted: board_unlisted, limit:,
                                           sort:)
              expect(page).to eq(expected.sort_by(&key).first(limit || expected.size).map(&:id))
            end
          end
        end
      end

      # Several contracts too: the bar's multi-select sends them all.
      it "lists and counts as the front end's TypeScript does, for one role and any contracts" do
        single =
          filters.select do |f|
            f.fetch(:roles, []).size <= 1 && !f[:q] && !f[:hide_upcoming]
          end
        expect(single.count { |f| f.fetch(:contracts, []).size > 1 }).to be >= 1
        typescript =
          BoardTruth.typescript(
            board,
            single.map do |f|
              { role: f[:roles]&.first, contracts: f[:contracts] || [], state: f[:status] || "all",
                place: f[:place], remote: f[:remote] }
            end,
          )
        postings = board.select(&:posting)
        states = typescript["states"].transform_keys(&:to_i)
        expect(states).to eq(postings.to_h { |row| [row.id, row.state] })

        single.zip(typescript["results"]).each do |given, ts|
          filter = BoardTruth.filter(given)
          expect(listed(filter) & postings.map(&:id)).to match_array(ts["ids"]), given.inspect
          counts = counted(filter)
          %w[roles contracts places].each do |facet|
            codes = counts[facet].keys
            expect(counts[facet]).to eq(codes.to_h { |c| [c, ts["counts"][facet].fetch(c, 0)] })
          end
          expect(counts["states"]).to eq(ts["counts"]["states"])
          expect(counts["remote"].slice("partial", "full")).to eq(ts["counts"]["remote"])
        end
      end
    end
  end

  it "lists each case of the shared rule table under exactly its `filters`" do
    path = File.join(PgHarness::ROOT, "test/fixtures/posting-status-cases.json")
    cases = JSON.parse(File.read(path)).fetch("cases")
    expect(cases.length).to be > 10
    cases.each do |c|
      input = c.fetch("input")
      day = ->(v) { v.is_a?(String) ? DiscourseJobBoard::PostingStatus.parse_day(v)&.iso8601 : nil }
      columns = DiscourseJobBoard::PostingStatus::FILTERS.map do |f|
        f == "all" ? "TRUE AS all" : "#{DiscourseJobBoard::StateSql.condition(f)} AS #{f}"
      end
      binds = DiscourseJobBoard::StateSql.binds(input.fetch("today")).merge(
        status: input["status"] || "open", opens: day.call(input["opens_at"]),
        closes: day.call(input["closes_at"]), closed: input["topic_closed"] ? true : false
      )
      row = DB.query_hash(<<~SQL, binds).first
        SELECT #{columns.join(", ")} FROM (
          SELECT CAST(:status AS varchar) AS status, CAST(:opens AS date) AS opens_on,
                 CAST(:closes AS date) AS closes_on, CAST(:closed AS boolean) AS topic_closed
        ) jb
      SQL
      listed = DiscourseJobBoard::PostingStatus::FILTERS.select { |f| row[f] == true }
      expect(listed).to eq(c.fetch("expected").fetch("filters")), c.fetch("name")
    end
  end

  it "tells common words, in at least one posting in eight, once the words are analyzed" do
    query = ->(words) { DiscourseJobBoard::SearchText.query(words) }
    ActiveRecord::Base.connection.execute("ANALYZE job_board_search")
    indexed = PgHarness.select_values("SELECT topic_id FROM job_board_search")
    postings = rows.select { |row| indexed.include?(row.id) }
    shares =
      BoardTruth::QUERIES.to_h do |words, labels|
        [words, postings.count { |row| (labels - row.words).empty? }.fdiv(postings.size)]
      end
    shares.each do |words, share|
      common = DiscourseJobBoard::SearchText.common?(query.call(words))
      expect(common).to eq(share >= 1.0 / 8), "#{words}: #{share}"
    end
    expect(DiscourseJobBoard::SearchText.common?(query.call("zzzz"))).to eq(false)
    PgHarness.select_values(<<~SQL)
      UPDATE job_board_search SET search_data = search_data || to_tsvector('french', 'kayak')
      WHERE topic_id = (SELECT MIN(topic_id) FROM job_board_search) RETURNING topic_id
    SQL
    expect(DiscourseJobBoard::SearchText.common?(query.call("kayak"))).to eq(false)
  end

  context "with /filter terms" do
    def term_ids(param, values)
      vocabulary = DiscourseJobBoard::Vocabulary.default
      filter = DiscourseJobBoard::ListFilter.from_filter_term(param, values, vocabulary)
      conditions = filter.conditions(today: PgForum::TODAY)
      sql =
        "SELECT topics.id FROM topics WHERE topics.deleted_at IS NULL " +
          conditions.map { |(condition, _)| "AND (#{condition})" }.join(" ")
      PgHarness.select_values(sql, conditions.map(&:last).reduce({}, :merge))
    end

    let(:live) { rows.select { |row| row.posting && row.visible != :deleted } }

    it "splits job_role:coach,data on commas and ignores an unknown code" do
      expected = live.select { |row| %w[coach data].include?(row.role) }.map(&:id)
      expect(term_ids("job_role", ["coach,data,pilote"])).to match_array(expected)
      expect(term_ids("job_role", %w[coach data])).to match_array(expected)
    end

    it "matches any of the contracts named, postings only" do
      expected = live.select { |row| (row.contracts & %w[stage alternance]).any? }.map(&:id)
      expect(term_ids("job_contract", ["stage,alternance"])).to match_array(expected)
    end

    it "takes a place, remote work and words as terms, ignoring unknown places" do
      expected = live.select { |row| DiscourseJobBoard::Places.within?(row.place, "reg-75") }
      expect(term_ids("job_place", ["reg-99,reg-75"])).to match_array(expected.map(&:id))
      expected = live.select { |row| row.remote == "full" }
      expect(term_ids("job_remote", ["full"])).to match_array(expected.map(&:id))
      expected = live.select { |row| BoardTruth.words?(row, "développeur") }
      expect(term_ids("job_q", ["développeur"])).to match_array(expected.map(&:id))
    end

    # As core's /filter does with several terms: each term's block on the
    # same scope, in the query's order; the job_place term told whether the
    # query asks job_remote:full (ListFilters marks the scope with it).
    def query_ids(query)
      vocabulary = DiscourseJobBoard::Vocabulary.default
      full_remote = DiscourseJobBoard::ListFilter.full_remote_term?(query)
      conditions =
        query.split.flat_map do |word|
          param, value = word.split(":", 2)
          DiscourseJobBoard::ListFilter
            .from_filter_term(param, [value], vocabulary, full_remote:)
            .conditions(today: PgForum::TODAY)
        end
      sql =
        "SELECT topics.id FROM topics WHERE topics.deleted_at IS NULL " +
          conditions.map { |(condition, _)| "AND (#{condition})" }.join(" ")
      PgHarness.select_values(sql, conditions.map(&:last).reduce({}, :merge))
    end

    it "lets job_place with job_remote:full keep remote postings elsewhere, as the board does" do
      %w[reg-75 dep-33 abroad].each do |place|
        board = live.select { |row| BoardTruth.matches?(row, place:, remote: "full") }.map(&:id)
        expect(board).not_to be_empty
        expect(query_ids("job_place:#{place} job_remote:full")).to match_array(board)
        expect(query_ids("job_remote:full job_place:#{place}")).to match_array(board)
        partial = live.select { |row| BoardTruth.matches?(row, place:, remote: "partial") }
        expect(query_ids("job_place:#{place} job_remote:partial"))
          .to match_array(partial.map(&:id))
      end
      elsewhere = live.select { |row| row.remote == "full" && row.place != "dep-33" }
      expect(elsewhere).not_to be_empty
      expect(query_ids("job_place:dep-33 job_remote:full")).to include(*elsewhere.map(&:id))
    end

    it "gives open postings only for job_status:open" do
      expected = live.select { |row| row.state == "open" }.map(&:id)
      expect(term_ids("job_status", ["open"])).to match_array(expected)
    end

    it "filters nothing for a term naming nothing it knows" do
      all = PgHarness.select_values("SELECT id FROM topics WHERE deleted_at IS NULL")
      expect(term_ids("job_role", ["pilote"])).to match_array(all)
    end
  end
end
