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
    "an anonymous visitor" => { user: nil, include_unlisted: false },
    "a member of the restricted subcategory's group" => { user: PgForum::INSIDER, include_unlisted: false },
    "an admin" => { user: PgForum::ADMIN, include_unlisted: true },
  }
  let(:forum) { PgForum.new(seed: 0, count: 0) }
  let(:rows) { BoardTruth.topics }

  it "has generated what the rule must tell apart" do
    postings = rows.select(&:posting)
    expect(postings.map(&:state).tally.keys).to include("open", "expired", "filled", "closed")
    expect(rows.map(&:visible).tally.keys).to include(:listed, :unlisted, :deleted, :pm)
    expect(postings.map(&:category_id).uniq).to include(*PgForum::BOARD_IDS, PgForum::ELSEWHERE)
  end

  viewers.each do |viewer, options|
    context "for #{viewer}" do
      let(:category_ids) { forum.readable_board_ids(options[:user]) }
      let(:board) { BoardTruth.board(rows, category_ids, include_unlisted: options[:include_unlisted]) }

      filters.each do |given|
        filter = DiscourseJobBoard::ListFilter.new(**given)

        it "lists and counts #{given.inspect} as the rule says" do
          expected = board.select { |row| BoardTruth.matches?(row, **given) }
          listed = BoardList.ids(filter, category_ids: category_ids, include_unlisted: options[:include_unlisted])
          expect(listed).to match_array(expected.map(&:id))
          expect(listed).not_to be_empty if given.empty? || given == { status: "open" }
          page = BoardList.ids(filter, category_ids: category_ids,
                                       include_unlisted: options[:include_unlisted], limit: 30)
          expect(page).to eq(expected.sort_by { |row| [row.bumped_at, row.id] }.reverse.first(30).map(&:id))

          counts = DiscourseJobBoard::FacetCounts.new(
            category_ids: category_ids,
            include_unlisted: options[:include_unlisted],
            filter: filter,
            vocabulary: vocabulary,
            today: PgForum::TODAY,
          )
          sql, binds = counts.sql
          result = DiscourseJobBoard::FacetCounts.result(DB.query_hash(sql, binds).first, vocabulary)
          expect(result).to eq(BoardTruth.counts(board, vocabulary, **given))
        end
      end

      it "lists and counts as the front end's TypeScript computes for one role and one contract" do
        single = filters.select { |f| f.fetch(:roles, []).size <= 1 && f.fetch(:contracts, []).size <= 1 }
        board_filters = single.map do |f|
          { role: f[:roles]&.first, contract: f[:contracts]&.first, status: f[:status] || "all" }
        end
        typescript = BoardTruth.typescript(board, board_filters)
        posting_ids = board.select(&:posting).map(&:id)

        expect(typescript["states"].transform_keys(&:to_i)).to eq(
          board.select(&:posting).to_h { |row| [row.id, row.state] },
        )
        single.zip(typescript["results"]).each do |given, ts|
          filter = DiscourseJobBoard::ListFilter.new(**given)
          listed = BoardList.ids(filter, category_ids: category_ids, include_unlisted: options[:include_unlisted])
          expect(listed & posting_ids).to match_array(ts["ids"]), given.inspect

          sql, binds = DiscourseJobBoard::FacetCounts.new(
            category_ids: category_ids, include_unlisted: options[:include_unlisted], filter: filter,
            vocabulary: vocabulary, today: PgForum::TODAY
          ).sql
          result = DiscourseJobBoard::FacetCounts.result(DB.query_hash(sql, binds).first, vocabulary)
          expect(result["roles"]).to eq(vocabulary.role_codes.to_h { |c| [c, ts["counts"]["roles"].fetch(c, 0)] })
          expect(result["contracts"]).to eq(
            vocabulary.contract_codes.to_h { |c| [c, ts["counts"]["contracts"].fetch(c, 0)] },
          )
          expect(result["states"]).to eq(ts["counts"]["status"])
        end
      end
    end
  end

  context "with /filter terms" do
    def term_ids(param, values)
      filter = DiscourseJobBoard::ListFilter.from_filter_term(param, values, DiscourseJobBoard::Vocabulary.default)
      conditions = filter.conditions(today: PgForum::TODAY)
      sql = "SELECT topics.id FROM topics WHERE topics.deleted_at IS NULL " +
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
