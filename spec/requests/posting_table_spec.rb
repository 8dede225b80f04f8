# frozen_string_literal: true

# job_board_postings follows a posting through core's own endpoints and
# models, and the board's filters read it (test/pg checks the same SQL on
# PostgreSQL outside Discourse).
RSpec.describe "The board's posting table" do
  fab!(:board, :category)
  fab!(:other_category, :category)
  fab!(:moderator) { Fabricate(:moderator, refresh_auto_groups: true) }

  before do
    enable_current_plugin
    SiteSetting.job_board_categories = board.id.to_s
  end

  def row(topic)
    DB.query_hash(<<~SQL, id: topic.id).first
      SELECT category_id, role, array_to_string(contracts, ',') AS contracts, status,
             closes_on::text AS closes_on, topic_closed, topic_visible, topic_deleted
      FROM job_board_postings WHERE topic_id = :id
    SQL
  end

  # core refuses a second topic with the same title (allow_duplicate_topic_titles).
  def create_posting(fields, title: "Coach en mesure d'impact pour l'Incubateur")
    sign_in(moderator)
    post "/posts.json",
         params: {
           title: title,
           raw: "Une description assez longue pour être acceptée par Discourse.",
           category: board.id,
           topic_custom_fields: fields,
         }
    expect(response.status).to eq(200)
    Topic.find(response.parsed_body["topic_id"])
  end

  let(:topic) do
    fields = { job_role: "coach", job_contracts: "freelance,cdd", job_closes_at: "2099-12-31" }
    create_posting(fields)
  end

  it "adds the row when a posting is created with POST /posts.json" do
    expect(row(topic)).to include(
      "category_id" => board.id,
      "role" => "coach",
      "contracts" => "freelance,cdd",
      "status" => "open",
      "closes_on" => "2099-12-31",
      "topic_closed" => false,
    )
  end

  it "follows an edit with PUT /t/:id.json" do
    put "/t/#{topic.slug}/#{topic.id}.json", params: { job_role: "data" }
    expect(response.status).to eq(200)
    expect(row(topic)["role"]).to eq("data")
  end

  it "follows fill and reopen on the postings endpoint" do
    post "/job-board/postings/#{topic.id}/fill.json"
    expect(response.status).to eq(200)
    expect(row(topic)).to include("status" => "filled", "topic_closed" => true)

    post "/job-board/postings/#{topic.id}/reopen.json"
    expect(response.status).to eq(200)
    expect(row(topic)).to include("status" => "open", "topic_closed" => false)
  end

  it "follows a move to another category, in bulk or by the composer" do
    # core: TopicsBulkAction's change_category calls this, which fires no event.
    topic.change_category_to_id(other_category.id)
    expect(row(topic)["category_id"]).to eq(other_category.id)

    put "/t/#{topic.slug}/#{topic.id}.json", params: { category_id: board.id }
    expect(response.status).to eq(200)
    expect(row(topic)["category_id"]).to eq(board.id)
  end

  it "follows deletion and recovery" do
    delete "/t/#{topic.id}.json"
    expect(response.status).to eq(200)
    expect(row(topic)["topic_deleted"]).to eq(true)

    put "/t/#{topic.id}/recover.json"
    expect(response.status).to eq(200)
    expect(row(topic)["topic_deleted"]).to eq(false)
  end

  it "follows the close timer firing and unlisting" do
    topic.update_status("autoclosed", true, Discourse.system_user)
    expect(row(topic)["topic_closed"]).to eq(true)

    put "/t/#{topic.id}/status.json", params: { status: "visible", enabled: "false" }
    expect(response.status).to eq(200)
    expect(row(topic)["topic_visible"]).to eq(false)
  end

  it "follows a plain save of the topic's columns, which fires no event" do
    topic.update!(visible: false, closed: true)
    expect(row(topic)).to include("topic_visible" => false, "topic_closed" => true)
  end

  it "splits /filter terms on commas and ignores unknown codes instead of answering 400" do
    data = create_posting({ job_role: "data" }, title: "Data analyst pour le tableau de bord")
    design = create_posting({ job_role: "design" }, title: "Designer pour la démarche de l'équipe")
    get "/filter.json", params: { q: "category:#{board.slug} job_role:coach,data,pilote" }
    expect(response.status).to eq(200)
    ids = response.parsed_body["topic_list"]["topics"].map { |t| t["id"] }
    expect(ids).to include(topic.id, data.id)
    expect(ids).not_to include(design.id)
  end

  it "offers the terms to /filter's autocomplete" do
    names = TopicsFilter.option_info(Guardian.new).map { |option| option[:name] }
    expect(names).to include("job_role:", "job_role:coach", "job_contract:cdd", "job_status:open")
  end

  it "preloads the fields for search results and the categories page" do
    expect(Search.preloaded_topic_custom_fields).to include("job_role", "job_closes_at")
    expect(CategoryList.preloaded_topic_custom_fields).to include("job_role", "job_closes_at")
  end
end
