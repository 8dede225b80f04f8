# frozen_string_literal: true

require_relative "support"

RSpec.describe DiscourseJobBoard::ListFilter do
  let(:vocabulary) { DiscourseJobBoard::Vocabulary.default }

  def filter(params)
    described_class.from_params(params, vocabulary)
  end

  it "filters nothing without parameters, and job_status=all is no filter" do
    expect(filter({}).conditions(today: "2026-11-23")).to eq([])
    expect(filter("job_status" => "all")).to be_empty
  end

  it "binds every value instead of writing it into the SQL" do
    conditions =
      filter("job_role" => "coach,data", "job_contract" => "service_civique",
             "job_status" => "open")
        .conditions(today: "2026-11-23")
    sql = conditions.map(&:first).join(" ")
    binds = conditions.map(&:last).reduce({}, :merge)

    expect(sql).not_to include("coach", "service", "2026")
    expect(binds).to eq(
      job_board_roles: %w[coach data],
      job_board_contracts: %w[service_civique],
      job_board_today: "2026-11-23",
      job_board_soon: "2026-11-30",
    )
  end

  # The filter bar's multi-select sends job_contract=cdd,freelance: a posting
  # has several contracts, and one with ANY of those asked for is listed
  # (array overlap), as the bar counts them.
  it "reads several contracts, comma-separated, as one overlap with any of them" do
    contracts = filter("job_contract" => "freelance,cdd").contracts
    expect(contracts).to eq(%w[freelance cdd])
    sql, binds = filter("job_contract" => "freelance,cdd").row_conditions(today: "2026-11-23")
    expect(sql).to eq(described_class::CONTRACTS_SQL)
    expect(sql).to include("jb.contracts &&")
    expect(binds).to eq(job_board_contracts: %w[freelance cdd])
    expect(filter("job_contract" => %w[cdd cdd]).contracts).to eq(%w[cdd])
  end

  it "accepts symbol keys and arrays, as /filter passes them" do
    expect(filter(job_role: %w[coach]).roles).to eq(%w[coach])
  end

  it "reads every posting condition from the board's own table, in one subquery" do
    conditions =
      filter("job_role" => "coach", "job_status" => "closed").conditions(today: "2026-11-23")
    expect(conditions.length).to eq(1)
    sql = conditions.first.first
    expect(sql).to start_with("topics.id = ANY (ARRAY(SELECT jb.topic_id FROM job_board_postings")
    closed = DiscourseJobBoard::StateSql.condition("closed")
    expect(sql).to include(described_class::ROLE_SQL, closed)
    expect(sql).not_to include("topic_custom_fields")
  end

  it "keeps the board's other topics beside open postings, the default view" do
    conditions = filter("job_status" => "open").conditions(today: "2026-11-23")
    expect(conditions).to eq(
      [
        [
          described_class::NOT_CLOSED_SQL,
          { job_board_today: "2026-11-23", job_board_soon: "2026-11-30" },
        ],
      ],
    )
  end

  it "probes each topic for a state alone, so the page stops at 30 rows as the default list does" do
    conditions = filter("job_status" => "closed").conditions(today: "2026-11-23")
    expect(conditions.first.first).to start_with(
      "COALESCE((SELECT #{DiscourseJobBoard::StateSql.condition("closed")} FROM job_board_postings",
    )
    expect(conditions.first.first).to include("WHERE jb.topic_id = topics.id")
  end

  it "gathers the postings first for a state a posting keeps a few days only" do
    %w[closing_soon upcoming].each do |state|
      conditions = filter("job_status" => state).conditions(today: "2026-11-23")
      expect(conditions.first.first).to start_with("topics.id = ANY (ARRAY(SELECT jb.topic_id")
    end
  end

  it "walks the board for words alone only when they are common" do
    words = filter("job_q" => "développeur")
    expect(words.conditions(today: "2026-11-23", common_words: true).first.first).to start_with(
      "COALESCE((SELECT #{described_class::SEARCH_ROW_SQL} FROM job_board_postings",
    )
    expect(words.conditions(today: "2026-11-23").first.first).to start_with(
      "topics.id IN (SELECT jb.topic_id",
    )
  end

  it "hashes the words' matches beside a state, whether they are common or not" do
    with_state = filter("job_q" => "développeur", "job_status" => "open")
    expect(with_state.words_alone?).to eq(false)
    [true, false].each do |common_words|
      sql = with_state.conditions(today: "2026-11-23", common_words:).first.first
      expect(sql).to start_with("topics.id = ANY (ARRAY(SELECT jb.topic_id")
      expect(sql).to include(described_class::SEARCH_HASHED_SQL)
    end
  end

  it "leaves words and remote work alone to the planner's semi-join" do
    remote = filter("job_remote" => "full", "job_status" => "closed")
    conditions = remote.conditions(today: "2026-11-23")
    expect(conditions.first.first).to start_with("topics.id IN (SELECT jb.topic_id")
  end

  it "compares closing days as dates" do
    expect(described_class::OPEN_SQL).to include("jb.closes_on >= CAST(:job_board_today AS date)")
  end

  describe ".from_filter_term (the /filter route)" do
    def term(param, values)
      described_class.from_filter_term(param, values, vocabulary)
    end

    it "splits job_role:coach,data, which core passes as one value, on commas" do
      expect(term("job_role", ["coach,data"]).roles).to eq(%w[coach data])
      expect(term("job_role", %w[coach data]).roles).to eq(%w[coach data])
    end

    it "ignores unknown values as core's own terms do, rather than answering 400" do
      expect(term("job_contract", ["cdi,interim, stage"]).contracts).to eq(%w[cdi stage])
      expect(term("job_role", ["pilote"])).to be_empty
      expect(term("job_status", ["soon"])).to be_empty
      expect(term("job_place", ["reg-99,paris"])).to be_empty
    end

    it "gives postings only for job_status:open" do
      conditions = term("job_status", ["open"]).conditions(today: "2026-11-23")
      expect(conditions.first.first).to start_with(
        "COALESCE((SELECT #{DiscourseJobBoard::ListFilter::OPEN_SQL} FROM job_board_postings",
      )
    end

    # Issue 12: « Télétravail complet » postings match every place when the
    # member asks for that, on /filter as on the board's list.
    it "lets a place keep fully remote postings elsewhere when job_remote:full is asked too" do
      place = described_class.from_filter_term("job_place", ["reg-75"], vocabulary,
                                               full_remote: true)
      board = filter("job_place" => "reg-75", "job_remote" => "full")
      expect(place.row_conditions(today: "2026-11-23"))
        .to eq(board.row_conditions(today: "2026-11-23"))
      expect(place.row_conditions(today: "2026-11-23").first)
        .to include(described_class::PLACE_OR_REMOTE_SQL)
      expect(term("job_place", ["reg-75"]).row_conditions(today: "2026-11-23").first)
        .to eq(described_class::PLACE_SQL)
    end

    it "reads job_remote:full from a whole /filter query, as the job_remote term reads it" do
      asks = ->(query) { described_class.full_remote_term?(query) }
      expect(asks.call("job_place:reg-75 job_remote:full")).to eq(true)
      expect(asks.call("job_remote:full job_place:reg-75")).to eq(true)
      expect(asks.call("category:offres job_remote:partial,full")).to eq(true)
      expect(asks.call("job_remote:partial job_place:reg-75")).to eq(false)
      expect(asks.call("-job_remote:full job_place:reg-75")).to eq(false)
      expect(asks.call("xjob_remote:full")).to eq(false)
      expect(asks.call(nil)).to eq(false)
    end
  end

  [
    { "job_role" => "pilote" },
    { "job_role" => "coach' OR 1=1 --" },
    { "job_contract" => "cdi,interim" },
    { "job_status" => "soon" },
    { "job_place" => "reg-99" },
    { "job_place" => "dep-33,dep-69" },
    { "job_remote" => "yes" },
    { "job_q" => "x" * 201 },
    { "job_q" => %w[a b] },
    { "job_role" => (%w[coach] * 21).join(",") },
  ].each do |params|
    it "refuses #{params.inspect} with the parameter's name" do
      expect { filter(params) }.to raise_error(described_class::InvalidValue, /\Ajob_/)
    end
  end

  it "refuses a today that is not an ISO day" do
    expect { filter("job_status" => "open").conditions(today: "23/11/2026") }.to raise_error(
      ArgumentError,
    )
  end

  it "drops one facet for counting it" do
    full = filter("job_role" => "coach", "job_contract" => "cdi", "job_status" => "open")
    expect(full.without(:role).roles).to eq([])
    expect(full.without(:role).contracts).to eq(%w[cdi])
    expect(full.without(:status).status).to be_nil
  end

  it "takes every state of the rule, closing soon and all as job_status" do
    %w[open closing_soon upcoming expired filled closed].each do |state|
      expect(filter("job_status" => state).status).to eq(state)
    end
    expect(filter("job_status" => "all")).to be_empty
  end

  it "filters on a région, a département or abroad, with one bound containment" do
    %w[reg-75 dep-33 abroad].each do |place|
      sql, binds = filter("job_place" => place).row_conditions(today: "2026-11-23")
      expect(sql).to eq(described_class::PLACE_SQL)
      expect(binds).to eq(job_board_place: place)
    end
  end

  it "lets fully remote postings match every place when full remote work is asked for" do
    sql, = filter("job_place" => "reg-11",
                  "job_remote" => "full").row_conditions(today: "2026-11-23")
    expect(sql).to eq("#{described_class::PLACE_OR_REMOTE_SQL} AND jb.remote = 'full'")
    sql, = filter("job_place" => "reg-11",
                  "job_remote" => "partial").row_conditions(today: "2026-11-23")
    expect(sql).to eq("#{described_class::PLACE_SQL} AND jb.remote IN ('partial', 'full')")
  end

  it "searches the folded words as bound prefixes, and ignores a job_q with no word" do
    sql, binds = filter("job_q" => "Développeuse Bordeaux").row_conditions(today: "2026-11-23")
    expect(sql).to eq(described_class::SEARCH_SQL)
    expect(binds).to eq(job_board_query: "developpeur:* & bordeaux:*")
    expect(filter("job_q" => " ; ' ")).to be_empty
  end

  it "hides upcoming postings from members, in every list but open (which has none)" do
    hide = ->(params) { described_class.from_params(params, vocabulary, hide_upcoming: true) }
    expect(hide.call("job_status" => "all").conditions(today: "2026-11-23").first.first).to eq(
      described_class::NO_UPCOMING_SQL,
    )
    expect(hide.call("job_role" => "coach").row_conditions(today: "2026-11-23").first).to include(
      "NOT #{described_class::UPCOMING_SQL}",
    )
  end
end
