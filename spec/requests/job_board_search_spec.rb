# frozen_string_literal: true

# Issue 12 on the server: words, place, remote work, the finer states, the
# sort, and upcoming postings kept from members until their opening day.
RSpec.describe "Job board search, places, states and sort" do
  fab!(:board, :category)
  fab!(:admin)
  fab!(:member, :user)
  fab!(:bordeaux) do
    Fabricate(:job_posting, category: board, title: "Développeur·se full-stack à Bordeaux",
                            job: { role: "developpement", place: "dep-33", remote: "partial",
                                   closes_at: (Date.today + 3).iso8601 })
  end
  fab!(:remote_lyon) do
    Fabricate(:job_posting, category: board, title: "Développeuse back-end, équipe Lyon",
                            job: { role: "developpement", place: "dep-69", remote: "full" })
  end
  fab!(:abroad) do
    Fabricate(:job_posting, category: board, title: "Designer pour un partenaire européen",
                            job: { role: "design", place: "abroad", remote: "none",
                                   closes_at: (Date.today + 60).iso8601 })
  end
  fab!(:upcoming) do
    Fabricate(:job_posting, category: board, title: "Coach agile pour la rentrée prochaine",
                            job: { role: "coach", opens_at: (Date.today + 20).iso8601 })
  end

  before do
    enable_current_plugin
    SiteSetting.job_board_categories = board.id.to_s
  end

  def listed(params = {})
    get "/c/#{board.slug}/#{board.id}/l/latest.json", params: params
    expect(response.status).to eq(200)
    response.parsed_body["topic_list"]["topics"].map { |t| t["id"] }
  end

  def counts(params = {})
    get "/job-board/counts.json", params: { category_id: board.id, **params }
    expect(response.status).to eq(200)
    response.parsed_body["counts"]
  end

  it "finds « développeur » in « Développeur·se » and « Développeuse », accents and case aside" do
    expect(listed(job_q: "développeur", job_status: "all")).to contain_exactly(
      bordeaux.id,
      remote_lyon.id,
    )
    expect(listed(job_q: "DEVELOPPEUSE bordeaux", job_status: "all")).to contain_exactly(
      bordeaux.id,
    )
  end

  it "finds a posting by its first post and follows its edits" do
    post = abroad.first_post
    PostRevisor.new(post).revise!(admin, raw: "Mission à Lisbonne pour une directrice de projet.")
    expect(listed(job_q: "lisbonne directeur", job_status: "all")).to contain_exactly(abroad.id)
  end

  it "filters by région, département and abroad; full remote work matches every place" do
    expect(listed(job_place: "reg-75", job_status: "all")).to contain_exactly(bordeaux.id)
    expect(listed(job_place: "dep-33", job_status: "all")).to contain_exactly(bordeaux.id)
    expect(listed(job_place: "abroad", job_status: "all")).to contain_exactly(abroad.id)
    # Bordeaux's posting is partly remote: asked for full remote work, every
    # fully remote posting matches, and only those (place-filters.ts).
    expect(listed(job_place: "reg-75", job_remote: "full", job_status: "all")).to contain_exactly(
      remote_lyon.id,
    )
    expect(listed(job_remote: "partial", job_status: "all")).to contain_exactly(
      bordeaux.id,
      remote_lyon.id,
    )
  end

  it "filters on each state, closing soon included" do
    expect(listed(job_status: "closing_soon")).to contain_exactly(bordeaux.id)
    expect(listed(job_status: "open")).to include(bordeaux.id, remote_lyon.id, abroad.id)
  end

  it "keeps upcoming postings from members until their opening day, not from publishers" do
    sign_in(member)
    expect(listed(job_status: "all")).not_to include(upcoming.id)
    expect(listed(job_status: "upcoming")).to be_empty
    expect(counts["states"]["upcoming"]).to eq(0)

    get "/latest.json"
    expect(response.parsed_body["topic_list"]["topics"].map { |t| t["id"] }).not_to include(
      upcoming.id,
    )

    sign_in(admin)
    expect(listed(job_status: "upcoming")).to contain_exactly(upcoming.id)
    expect(listed).not_to include(upcoming.id)
    expect(counts["states"]["upcoming"]).to eq(1)
  end

  it "sorts by newest, by closing day (none last) and by questions" do
    bordeaux.update!(created_at: 3.days.ago)
    remote_lyon.update!(created_at: 2.days.ago)
    abroad.update!(created_at: 1.day.ago)
    # A topic of the board that is not a posting (a guide for applicants):
    # the default order lists it, the closing and questions orders list
    # postings only (ListSort joins them).
    guide = Fabricate(:topic, category: board, created_at: 4.days.ago)
    postings = [bordeaux.id, remote_lyon.id, abroad.id]
    expect(listed(job_sort: "newest") & postings).to eq([abroad.id, remote_lyon.id, bordeaux.id])
    expect(listed(job_sort: "newest")).to include(guide.id)
    expect(listed(job_sort: "closing")).to eq([bordeaux.id, abroad.id, remote_lyon.id])
    remote_lyon.update!(posts_count: 5)
    expect(listed(job_sort: "questions").first).to eq(remote_lyon.id)
    expect(listed(job_sort: "questions")).not_to include(guide.id)
  end

  it "answers the counts in the filter bar's shape" do
    sign_in(admin)
    result = counts(job_place: "reg-75", job_remote: "full")
    expect(result["states"].keys).to eq(
      %w[open closing_soon upcoming expired filled closed all],
    )
    # Full remote work asked for: the fully remote posting counts everywhere.
    expect(result["places"]).to include("reg-75" => 1, "reg-84" => 1, "abroad" => 1)
    expect(result["remote"]).to eq("none" => 0, "partial" => 1, "full" => 1)
    expect(result["total"]).to eq(1)
  end

  it "answers 400 naming the parameter for a bad value" do
    { job_place: "reg-99", job_remote: "yes", job_status: "soon",
      job_sort: "oldest" }.each do |k, v|
      get "/c/#{board.slug}/#{board.id}/l/latest.json", params: { k => v }
      expect(response.status).to eq(400)
      expect(response.parsed_body["errors"].join).to include(k.to_s)
    end
  end

  it "offers the new filters as /filter terms, ignoring unknown values" do
    get "/filter.json", params: { q: "category:#{board.slug} job_place:reg-75,reg-99" }
    expect(response.status).to eq(200)
    expect(response.parsed_body["topic_list"]["topics"].map { |t| t["id"] }).to contain_exactly(
      bordeaux.id,
    )
    get "/filter.json", params: { q: "category:#{board.slug} job_q:développeur" }
    expect(response.parsed_body["topic_list"]["topics"].map { |t| t["id"] }).to contain_exactly(
      bordeaux.id,
      remote_lyon.id,
    )
  end

  it "lets job_place with job_remote:full keep fully remote postings elsewhere, in either order" do
    ["job_place:dep-33 job_remote:full", "job_remote:full job_place:dep-33"].each do |terms|
      get "/filter.json", params: { q: "category:#{board.slug} #{terms}" }
      expect(response.status).to eq(200)
      ids = response.parsed_body["topic_list"]["topics"].map { |t| t["id"] }
      expect(ids).to match_array(listed(job_place: "dep-33", job_remote: "full", job_status: "all"))
      expect(ids).to contain_exactly(remote_lyon.id)
    end
    get "/filter.json", params: { q: "category:#{board.slug} job_place:dep-33 job_remote:partial" }
    expect(response.parsed_body["topic_list"]["topics"].map { |t| t["id"] }).to contain_exactly(
      bordeaux.id,
    )
  end
end
