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
    )
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
    expect(sql).to include(described_class::ROLE_SQL, "NOT #{described_class::OPEN_SQL}")
    expect(sql).not_to include("topic_custom_fields")
  end

  it "keeps the board's other topics beside open postings, the default view" do
    conditions = filter("job_status" => "open").conditions(today: "2026-11-23")
    expect(conditions).to eq([[described_class::NOT_CLOSED_SQL, { job_board_today: "2026-11-23" }]])
  end

  it "asks for closed postings with a semi-join, which may walk the board's newest topics" do
    conditions = filter("job_status" => "closed").conditions(today: "2026-11-23")
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
      expect(term("job_status", ["expired"])).to be_empty
    end

    it "gives postings only for job_status:open" do
      conditions = term("job_status", ["open"]).conditions(today: "2026-11-23")
      expect(conditions.first.first).to start_with("topics.id IN (SELECT jb.topic_id")
    end
  end

  [
    { "job_role" => "pilote" },
    { "job_role" => "coach' OR 1=1 --" },
    { "job_contract" => "cdi,interim" },
    { "job_status" => "expired" },
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
end
