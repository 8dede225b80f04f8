# frozen_string_literal: true

# A member's follows of the board's filters (issue 13, point 1).
RSpec.describe DiscourseJobBoard::FollowsController do
  fab!(:board, :category)
  fab!(:user)
  fab!(:other_user, :user)

  before do
    enable_current_plugin
    SiteSetting.job_board_categories = board.id.to_s
  end

  it "asks anonymous visitors to sign in" do
    get "/job-board/follows.json"
    expect(response.status).to eq(403)
    post "/job-board/follows.json", params: { job_role: "data" }
    expect(response.status).to eq(403)
  end

  it "follows the filters once, whatever the case of the words, and lists them" do
    sign_in(user)
    post "/job-board/follows.json", params: { job_role: "data", job_q: "Data Bordeaux" }
    expect(response.status).to eq(201)
    follow = response.parsed_body["follow"]
    expect(follow).to include("job_role" => ["data"], "job_contract" => [],
                              "job_q" => "Data Bordeaux")

    post "/job-board/follows.json", params: { job_role: "data", job_q: "data bordeaux" }
    expect(response.status).to eq(200)
    expect(response.parsed_body["follow"]["id"]).to eq(follow["id"])

    get "/job-board/follows.json"
    expect(response.status).to eq(200)
    expect(response.parsed_body["follows"].map { |f| f["id"] }).to eq([follow["id"]])
    expect(response.parsed_body["max"]).to eq(DiscourseJobBoard::FollowParams::MAX_PER_USER)
  end

  it "follows every posting when no filter is given" do
    sign_in(user)
    post "/job-board/follows.json"
    expect(response.status).to eq(201)
    expect(response.parsed_body["follow"]).to include("job_role" => [], "job_place" => nil)
  end

  it "names the parameter a bad value came in" do
    sign_in(user)
    post "/job-board/follows.json", params: { job_role: "astronaute" }
    expect(response.status).to eq(400)
    expect(response.parsed_body["errors"].join).to include("job_role")

    post "/job-board/follows.json", params: { job_status: "closed" }
    expect(response.status).to eq(400)
    expect(response.parsed_body["errors"].join).to include("job_status")

    post "/job-board/follows.json", params: { job_place: { a: "b" } }
    expect(response.status).to eq(400)
    expect(response.parsed_body["errors"].join).to include("job_place")
    expect(DiscourseJobBoard::FollowStore.list(user.id)).to be_empty
  end

  it "refuses a follow past the limit and says what to do" do
    sign_in(user)
    DiscourseJobBoard::FollowParams::MAX_PER_USER.times do |i|
      post "/job-board/follows.json", params: { job_q: "mot#{i}" }
      expect(response.status).to eq(201)
    end
    post "/job-board/follows.json", params: { job_q: "encore" }
    expect(response.status).to eq(422)
    expect(response.parsed_body["errors"].join).to eq(
      I18n.t(
        "discourse_job_board.follow.limit_reached",
        count: DiscourseJobBoard::FollowParams::MAX_PER_USER,
      ),
    )
  end

  it "removes a member's own follow, and answers 404 for another's" do
    sign_in(other_user)
    post "/job-board/follows.json", params: { job_role: "coach" }
    id = response.parsed_body["follow"]["id"]

    sign_in(user)
    delete "/job-board/follows/#{id}.json"
    expect(response.status).to eq(404)

    sign_in(other_user)
    delete "/job-board/follows/#{id}.json"
    expect(response.status).to eq(204)
    expect(DiscourseJobBoard::FollowStore.list(other_user.id)).to be_empty
  end
end
