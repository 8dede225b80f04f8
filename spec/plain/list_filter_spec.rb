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
      job_board_contract_0: "%\"service\\_civique\"%",
      job_board_today: "2026-11-23",
    )
  end

  it "accepts symbol keys and arrays, as /filter passes them" do
    expect(filter(job_role: %w[coach]).roles).to eq(%w[coach])
  end

  it "counts closed as the negation of open, among postings only" do
    conditions = filter("job_status" => "closed").conditions(today: "2026-11-23")
    expect(conditions.first.first).to eq(described_class::IS_POSTING_SQL)
    expect(conditions.last.first).to start_with("NOT (NOT topics.closed")
  end

  it "keeps the board's other topics beside open postings, the default view" do
    conditions = filter("job_status" => "open").conditions(today: "2026-11-23")
    expect(conditions.length).to eq(1)
    expect(conditions.first.first).to start_with("(NOT #{described_class::IS_POSTING_SQL}) OR (")
  end

  it "asks for postings only once a role or a contract is chosen" do
    conditions =
      filter("job_role" => "coach", "job_status" => "open").conditions(today: "2026-11-23")
    expect(conditions.map(&:first)).to eq(
      [
        described_class::IS_POSTING_SQL,
        described_class::ROLE_SQL,
        described_class::OPEN_SQL,
      ],
    )
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
