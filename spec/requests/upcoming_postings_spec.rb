# frozen_string_literal: true

# Issue 12, point 4: a posting whose opening day is still to come is shown to
# members only from that day. Lists already skip it (job_board_search_spec);
# here its page, its first post, search and the feeds do too, while its
# author, its publishers and staff see it to prepare it.
RSpec.describe "Upcoming postings outside the board's lists" do
  fab!(:board, :category)
  fab!(:admin)
  fab!(:member, :user)
  fab!(:upcoming) do
    Fabricate(:job_posting, category: board, title: "Coach agile pour la rentrée prochaine",
                            job: { role: "coach", opens_at: (Date.today + 20).iso8601 })
  end
  fab!(:open_posting) do
    Fabricate(:job_posting, category: board, title: "Coach agile pour une équipe du numérique",
                            job: { role: "coach" })
  end

  before do
    enable_current_plugin
    SiteSetting.job_board_categories = board.id.to_s
  end

  # core: app/controllers/topics_controller.rb #show turns the guardian's
  # refusal into a 404, or a 403 when the site asks for detailed 404s.
  it "answers its page as if it did not exist, to visitors and members" do
    get "/t/#{upcoming.slug}/#{upcoming.id}.json"
    expect(response.status).to eq(404)

    sign_in(member)
    get "/t/#{upcoming.slug}/#{upcoming.id}.json"
    expect(response.status).to eq(404)
    get "/posts/#{upcoming.first_post.id}.json"
    expect(response.status).to eq(403)

    SiteSetting.detailed_404 = true
    get "/t/#{upcoming.slug}/#{upcoming.id}.json"
    expect(response.status).to eq(403)
  end

  it "serves its page to its author and to publishers, with its upcoming state" do
    sign_in(upcoming.user)
    get "/t/#{upcoming.slug}/#{upcoming.id}.json"
    expect(response.status).to eq(200)

    sign_in(admin)
    get "/t/#{upcoming.slug}/#{upcoming.id}.json"
    expect(response.status).to eq(200)
    expect(response.parsed_body["job"]["state"]).to eq("upcoming")
  end

  it "serves its page to everyone from its opening day" do
    freeze_time(21.days.from_now)
    get "/t/#{upcoming.slug}/#{upcoming.id}.json"
    expect(response.status).to eq(200)
  end

  it "leaves it out of core's search for members, not for publishers" do
    SearchIndexer.enable
    [upcoming, open_posting].each { |topic| SearchIndexer.index(topic.first_post, force: true) }

    sign_in(member)
    get "/search.json", params: { q: "coach agile" }
    expect(response.status).to eq(200)
    topic_ids = response.parsed_body["posts"].map { |post| post["topic_id"] }
    expect(topic_ids).to contain_exactly(open_posting.id)

    sign_in(admin)
    get "/search.json", params: { q: "coach agile" }
    topic_ids = response.parsed_body["posts"].map { |post| post["topic_id"] }
    expect(topic_ids).to contain_exactly(open_posting.id, upcoming.id)
  end

  it "leaves it out of the site's and the category's RSS feeds" do
    get "/latest.rss"
    expect(response.status).to eq(200)
    expect(response.body).to include(open_posting.title)
    expect(response.body).not_to include(upcoming.title)

    get "/c/#{board.slug}/#{board.id}.rss"
    expect(response.status).to eq(200)
    expect(response.body).not_to include(upcoming.title)
  end

  it "leaves it out of the categories page's featured topics, which every reader shares" do
    CategoryFeaturedTopic.feature_topics_for(board)
    featured = CategoryFeaturedTopic.where(category_id: board.id).pluck(:topic_id)
    expect(featured).to include(open_posting.id)
    expect(featured).not_to include(upcoming.id)
  end

  it "leaves it out of /filter for members" do
    sign_in(member)
    get "/filter.json", params: { q: "job_role:coach" }
    expect(response.status).to eq(200)
    topic_ids = response.parsed_body["topic_list"]["topics"].map { |topic| topic["id"] }
    expect(topic_ids).to contain_exactly(open_posting.id)
  end
end
