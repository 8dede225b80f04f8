# frozen_string_literal: true

RSpec.describe "Job board lists, filters and counts" do
  fab!(:board, :category)
  fab!(:secret_board) { Fabricate(:private_category, group: Fabricate(:group)) }
  fab!(:coach_open) do
    Fabricate(:job_posting, category: board, job: { role: "coach", contracts: %w[freelance cdd] })
  end
  fab!(:data_expired) do
    Fabricate(:job_posting, category: board, job: { role: "data", closes_at: "2000-01-31" })
  end
  fab!(:coach_filled) do
    Fabricate(:job_posting, category: board,
                            job: { role: "coach", contracts: %w[cdi], status: "filled" })
  end
  fab!(:data_topic_closed) do
    Fabricate(:job_posting, category: board, closed: true,
                            job: { role: "data", contracts: %w[cdi] })
  end
  fab!(:hidden) { Fabricate(:job_posting, category: secret_board, job: { role: "coach" }) }

  before do
    enable_current_plugin
    SiteSetting.job_board_categories = "#{board.id}|#{secret_board.id}"
  end

  def postings
    [coach_open, data_expired, coach_filled, data_topic_closed].map(&:id)
  end

  def listed(params = {})
    get "/c/#{board.slug}/#{board.id}/l/latest.json", params: params
    expect(response.status).to eq(200)
    response.parsed_body["topic_list"]["topics"].map { |t| t["id"] }
  end

  describe "topic list filters" do
    it "shows a board's open postings and its other topics by default" do
      guide = Fabricate(:topic, category: board, title: "How to apply to our postings")
      expect(listed).to include(coach_open.id, guide.id)
      expect(listed).not_to include(data_expired.id, coach_filled.id, data_topic_closed.id)
      expect(listed(job_status: "all")).to include(
        coach_open.id,
        data_expired.id,
        coach_filled.id,
        data_topic_closed.id,
        guide.id,
      )
    end

    it "leaves lists outside the board unchanged" do
      get "/latest.json"
      ids = response.parsed_body["topic_list"]["topics"].map { |t| t["id"] }
      expect(ids).to include(coach_open.id, data_expired.id, coach_filled.id)
    end

    it "filters by role, by any of a posting's contracts and by state" do
      expect(listed(job_role: "coach")).to contain_exactly(coach_open.id, coach_filled.id)
      expect(listed(job_contract: "cdd")).to contain_exactly(coach_open.id)
      expect(listed(job_status: "open") & postings).to contain_exactly(coach_open.id)
      expect(listed(job_status: "closed")).to contain_exactly(data_topic_closed.id)
      expect(listed(job_status: "expired")).to contain_exactly(data_expired.id)
      expect(listed(job_status: "filled")).to contain_exactly(coach_filled.id)
      expect(listed(job_role: "data", job_contract: "cdi")).to contain_exactly(data_topic_closed.id)
    end

    it "answers 400 with the parameter's name for an unknown value" do
      get "/c/#{board.slug}/#{board.id}/l/latest.json", params: { job_role: "pilote" }
      expect(response.status).to eq(400)
      expect(response.parsed_body["errors"].join).to include("job_role")
    end

    it "serializes each posting as one job object, with its computed state" do
      get "/c/#{board.slug}/#{board.id}/l/latest.json"
      topics = response.parsed_body["topic_list"]["topics"].index_by { |t| t["id"] }
      expect(topics[coach_open.id]["job"]).to include("role" => "coach", "state" => "open")
      expect(topics[data_expired.id]["job"]).to include("state" => "expired", "badge" => "expired")
      expect(topics[data_topic_closed.id]["job"]).to include("state" => "closed")
    end

    it "loads the fields of a whole list without a query per topic" do
      get "/c/#{board.slug}/#{board.id}/l/latest.json"
      first = track_sql_queries { get "/c/#{board.slug}/#{board.id}/l/latest.json" }.count
      Fabricate.times(3, :job_posting, category: board)
      more = track_sql_queries { get "/c/#{board.slug}/#{board.id}/l/latest.json" }.count
      expect(more).to be <= first
    end

    it "offers the same filters as /filter terms" do
      get "/filter.json", params: { q: "category:#{board.slug} job_role:coach job_status:open" }
      expect(response.status).to eq(200)
      ids = response.parsed_body["topic_list"]["topics"].map { |t| t["id"] }
      expect(ids).to contain_exactly(coach_open.id)
    end
  end

  describe "GET /job-board/counts.json" do
    it "counts each facet with the other facets' filters" do
      get "/job-board/counts.json", params: { category_id: board.id, job_role: "coach" }
      expect(response.status).to eq(200)
      counts = response.parsed_body["counts"]

      expect(counts["roles"]).to include("coach" => 2, "data" => 2, "design" => 0)
      expect(counts["contracts"]).to include("freelance" => 1, "cdd" => 1, "cdi" => 1)
      expect(counts["states"]).to eq(
        "open" => 1,
        "closing_soon" => 0,
        "upcoming" => 0,
        "expired" => 0,
        "filled" => 1,
        "closed" => 0,
        "all" => 2,
      )
      expect(counts["total"]).to eq(2)
    end

    it "counts only what the user may see" do
      get "/job-board/counts.json", params: { category_id: secret_board.id }
      expect(response.status).to eq(404)

      coach_open.update!(visible: false)
      get "/job-board/counts.json", params: { category_id: board.id }
      expect(response.parsed_body["counts"]["total"]).to eq(3)
    end

    # core: app/controllers/list_controller.rb #set_category answers 403 for
    # a category the user may not see only when detailed_404 is on.
    it "tells that a hidden category exists only when the site gives detailed 404s" do
      SiteSetting.detailed_404 = true
      get "/job-board/counts.json", params: { category_id: secret_board.id }
      expect(response.status).to eq(403)
    end

    it "answers 400 naming category_id when it is not one id" do
      get "/job-board/counts.json?category_id[]=#{board.id}"
      expect(response.status).to eq(400)
      expect(response.parsed_body["errors"].join).to include("category_id")

      get "/job-board/counts.json", params: { category_id: "#{board.id}abc" }
      expect(response.status).to eq(400)
    end

    it "refuses unknown values and other categories" do
      get "/job-board/counts.json", params: { category_id: board.id, job_status: "soon" }
      expect(response.status).to eq(400)

      get "/job-board/counts.json", params: { category_id: Fabricate(:category).id }
      expect(response.status).to eq(404)
    end
  end
end
