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
  ]
  viewers = {
    "an anonymous visitor" => [nil, false],
    "a member of the restricted subcategory's group" => [PgForum::INSIDER, false],
    "an admin" => [PgForum::ADMIN, true],
  }
  let(:rows) { BoardTruth.topics }

  it "has generated what the rule must tell apart" do
    postings = rows.select(&:posting)
    expect(postings.map(&:state).uniq).to include("open", "expired", "filled", "closed")
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
        filter = DiscourseJobBoard::ListFilter.new(**given)

        it "lists and counts #{given.inspect} as the rule says" do
          expected = board.select { |row| BoardTruth.matches?(row, **given) }
          expect(listed(filter)).to match_array(expected.map(&:id))
          expect(expected).not_to be_empty if given.empty? || given == { status: "open" }
          newest = expected.sort_by { |row| [row.bumped_at, row.id] }.reverse.first(30)
          expect(listed(filter, limit: 30)).to eq(newest.map(&:id))
          expect(counted(filter)).to eq(BoardTruth.counts(board, vocabulary, **given))
        end
      end

      it "lists and counts as the front end's TypeScript does, for one role and one contract" do
        single =
          filters.select { |f| f.fetch(:roles, []).size <= 1 && f.fetch(:contracts, []).size <= 1 }
        typescript =
          BoardTruth.typescript(
            board,
            single.map do |f|
              status = f[:status] || "all"
              { role: f[:roles]&.first, contract: f[:contracts]&.first, status: }
            end,
          )
        postings = board.select(&:posting)
        states = typescript["states"].transform_keys(&:to_i)
        expect(states).to eq(postings.to_h { |row| [row.id, row.state] })

        single.zip(typescript["results"]).each do |given, ts|
          filter = DiscourseJobBoard::ListFilter.new(**given)
          expect(listed(filter) & postings.map(&:id)).to match_array(ts["ids"]), given.inspect
          counts = counted(filter)
          %w[roles contracts].each do |facet|
            codes = facet == "roles" ? vocabulary.role_codes : vocabulary.contract_codes
            expect(counts[facet]).to eq(codes.to_h { |c| [c, ts["counts"][facet].fetch(c, 0)] })
          end
          expect(counts["states"]).to eq(ts["counts"]["status"])
        end
      end
    end
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
