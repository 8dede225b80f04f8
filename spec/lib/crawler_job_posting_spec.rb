# frozen_string_literal: true

RSpec.describe DiscourseJobBoard::CrawlerJobPosting do
  fab!(:board, :category)
  fab!(:posting) do
    Fabricate(:job_posting, category: board, title: "Coach </script> en mesure d'impact",
                            job: { team: "ANCT" })
  end

  before do
    enable_current_plugin
    SiteSetting.job_board_categories = board.id.to_s
  end

  def crawl(topic)
    get "/t/#{topic.slug}/#{topic.id}", headers: { "HTTP_USER_AGENT" => "Googlebot/2.1" }
    expect(response.status).to eq(200)
    response.body[%r{<script type="application/ld\+json">(.*?)</script>}m, 1]
  end

  it "gives crawlers JobPosting JSON-LD, escaped" do
    json = crawl(posting)
    data = JSON.parse(json)
    expect(data).to include("@type" => "JobPosting", "title" => posting.title)
    expect(data.dig("hiringOrganization", "name")).to eq("ANCT")
    expect(json).not_to include("</script>")
  end

  # core: app/views/topics/show.html.erb shows crawlers a hidden post's
  # placeholder, never its text.
  it "gives none while the description is hidden by flags" do
    expect(crawl(posting)).to include("JobPosting")
    posting.first_post.update!(hidden: true, hidden_at: Time.zone.now)
    expect(crawl(posting).to_s).not_to include("JobPosting")
  end

  # core: app/controllers/topics_controller.rb #show marks an unlisted topic
  # noindex.
  it "gives none for an unlisted topic" do
    posting.update!(visible: false)
    get "/t/#{posting.slug}/#{posting.id}", headers: { "HTTP_USER_AGENT" => "Googlebot/2.1" }
    expect(response.body).not_to include("JobPosting")
  end

  it "gives none once the posting is filled" do
    posting.custom_fields["job_status"] = "filled"
    posting.save_custom_fields(true)
    expect(crawl(posting).to_s).not_to include("JobPosting")
  end
end
