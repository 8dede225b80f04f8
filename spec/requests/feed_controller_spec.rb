# frozen_string_literal: true

RSpec.describe DiscourseJobBoard::FeedController do
  fab!(:board, :category)
  fab!(:secret_board) { Fabricate(:private_category, group: Fabricate(:group)) }
  fab!(:admin)
  fab!(:coach) do
    Fabricate(:job_posting, category: board, title: "Coach agile & facilitation pour les équipes",
                            job: { role: "coach", contracts: %w[freelance], team: "ANCT" })
  end
  fab!(:data) do
    Fabricate(:job_posting, category: board, title: "Data analyst pour le programme",
                            job: { role: "data", contracts: %w[cdi] })
  end
  fab!(:filled) do
    Fabricate(:job_posting, category: board, title: "Designer déjà pourvu sur ce poste",
                            job: { role: "design", status: "filled" })
  end
  fab!(:upcoming) do
    Fabricate(:job_posting, category: board, title: "Développeuse qui ouvrira plus tard",
                            job: { role: "developpement",
                                   opens_at: (Time.zone.today + 30).iso8601 })
  end
  fab!(:unlisted) do
    Fabricate(:job_posting, category: board, visible: false,
                            title: "Offre retirée des listes par un modérateur")
  end
  fab!(:secret) do
    Fabricate(:job_posting, category: secret_board, title: "Offre réservée au groupe privé")
  end

  before do
    enable_current_plugin
    SiteSetting.job_board_categories = "#{board.id}|#{secret_board.id}"
    SiteSetting.default_locale = "fr"
  end

  def feed(params = {})
    get "/job-board/feed.rss", params: { category_id: board.id }.merge(params)
  end

  def document
    expect(response.status).to eq(200)
    Nokogiri.XML(response.body, &:strict)
  end

  def titles
    document.xpath("/rss/channel/item/title").map(&:text)
  end

  it "answers an RSS 2.0 document of the board's open postings" do
    feed
    expect(response.media_type).to eq("application/rss+xml")
    doc = document
    expect(doc.root.name).to eq("rss")
    expect(doc.root["version"]).to eq("2.0")
    expect(titles).to contain_exactly(coach.title, data.title)
    expect(doc.at_xpath("/rss/channel/language").text).to eq("fr")
    self_link = doc.at_xpath("/rss/channel/atom:link", "atom" => "http://www.w3.org/2005/Atom")
    expect(self_link["href"]).to eq(
      "#{Discourse.base_url}/job-board/feed.rss?category_id=#{board.id}",
    )
  end

  it "carries each posting's link, guid, date, category and summary above its cooked post" do
    feed(job_role: "coach")
    item = document.at_xpath("/rss/channel/item")
    expect(item.at_xpath("title").text).to eq(coach.title)
    expect(item.at_xpath("link").text).to eq("#{Discourse.base_url_no_prefix}#{coach.relative_url}")
    expect(item.at_xpath("guid").text).to eq("#{Discourse.base_url}/t/#{coach.id}")
    expect(Time.rfc2822(item.at_xpath("pubDate").text)).to be_within(1.second).of(coach.created_at)
    expect(item.xpath("category").map(&:text)).to include(board.name, "Coach")
    description = item.at_xpath("description").text
    expect(description).to include("Métier\u00A0: Coach", "Équipe\u00A0: ANCT")
    expect(description).to include(coach.first_post.cooked)
  end

  it "applies the board's filters from its query" do
    feed(job_role: "data")
    expect(titles).to eq([data.title])
    feed(job_status: "filled")
    expect(titles).to eq([filled.title])
    feed(job_contract: "freelance", job_sort: "closing")
    expect(titles).to eq([coach.title])
  end

  it "carries only what a visitor may see, whoever asks" do
    sign_in(admin)
    feed(job_status: "all")
    expect(titles).to contain_exactly(coach.title, data.title, filled.title)
    expect(titles).not_to include(upcoming.title, unlisted.title, secret.title)

    get "/job-board/feed.rss", params: { category_id: secret_board.id }
    expect(response.status).to eq(404)
  end

  it "drops deleted postings" do
    data.trash!(admin)
    feed
    expect(titles).to eq([coach.title])
  end

  it "answers 400 naming the parameter for an unknown value" do
    feed(job_role: "pilote")
    expect(response.status).to eq(400)
    feed(job_sort: "random")
    expect(response.status).to eq(400)
    get "/job-board/feed.rss", params: { category_id: board.id, job_role: %w[coach data] }
    expect(response.status).to eq(400)
  end

  it "has no feed for a category that is no board, or when the plugin is off" do
    other = Fabricate(:category)
    get "/job-board/feed.rss", params: { category_id: other.id }
    expect(response.status).to eq(404)
    SiteSetting.job_board_enabled = false
    feed
    expect(response.status).to eq(404)
  end

  it "has none on a forum that requires logging in, even for its members" do
    SiteSetting.login_required = true
    sign_in(admin)
    feed
    expect(response.status).to eq(404)
  end

  it "is advertised in the head of the board's page, with the page's filters" do
    get "/c/#{board.slug}/#{board.id}", params: { job_role: "coach", job_q: "agile & co" }
    expect(response.status).to eq(200)
    link = Nokogiri.HTML5(response.body).at_css('head link[href*="/job-board/feed.rss"]')
    expect(link).to be_present
    expect(link["rel"]).to eq("alternate nofollow")
    expect(link["type"]).to eq("application/rss+xml")
    expect(link["href"]).to eq(
      "#{Discourse.base_url}/job-board/feed.rss?category_id=#{board.id}" \
        "&job_role=coach&job_q=agile+%26+co",
    )

    # An admin reads the private board, a visitor does not: no feed to offer.
    sign_in(admin)
    get "/c/#{secret_board.slug}/#{secret_board.id}"
    expect(response.status).to eq(200)
    expect(response.body).not_to include("/job-board/feed.rss")
  end
end
