# frozen_string_literal: true

# The open postings publishers should complete (issue 13, point 3).
RSpec.describe DiscourseJobBoard::AttentionController do
  fab!(:board, :category)
  fab!(:other_category, :category)
  fab!(:user)
  fab!(:publishers, :group)
  fab!(:publisher) { Fabricate(:user).tap { |u| publishers.add(u) } }
  fab!(:complete) do
    Fabricate(
      :job_posting,
      category: board,
      job: { contact: "rh@anct.gouv.fr", closes_at: "2099-12-31" },
    )
  end
  fab!(:no_way_to_apply) do
    Fabricate(:job_posting, category: board, job: { closes_at: "2099-12-31" })
  end
  fab!(:no_closing_date) do
    Fabricate(:job_posting, category: board, job: { apply_url: "https://example.org/offre" })
  end
  fab!(:filled) { Fabricate(:job_posting, category: board, job: { status: "filled" }) }

  before do
    enable_current_plugin
    SiteSetting.job_board_categories = board.id.to_s
    SiteSetting.job_board_publisher_groups = publishers.id.to_s
  end

  it "lists each open posting lacking a way to apply or a closing date, and why" do
    sign_in(publisher)
    get "/job-board/attention.json"

    expect(response.status).to eq(200)
    postings = response.parsed_body["postings"].index_by { |posting| posting["id"] }
    expect(postings.keys).to contain_exactly(no_way_to_apply.id, no_closing_date.id)
    expect(postings[no_way_to_apply.id]).to include(
      "title" => no_way_to_apply.title,
      "url" => no_way_to_apply.relative_url,
      "closes_at" => "2099-12-31",
      "reasons" => ["no_way_to_apply"],
    )
    expect(postings[no_closing_date.id]["reasons"]).to eq(["no_closing_date"])
  end

  it "leaves out closed topics and topics of other categories" do
    no_closing_date.update!(closed: true)
    Fabricate(:job_posting, category: other_category)
    sign_in(publisher)

    get "/job-board/attention.json"
    expect(response.parsed_body["postings"].map { |posting| posting["id"] }).to eq(
      [no_way_to_apply.id],
    )
  end

  it "leaves out postings in a board category the publisher may not read" do
    board.set_permissions(Group::AUTO_GROUPS[:admins] => :full)
    board.save!
    sign_in(publisher)

    get "/job-board/attention.json"
    expect(response.status).to eq(200)
    expect(response.parsed_body["postings"]).to eq([])
  end

  it "is refused to members who do not publish, saying why" do
    sign_in(user)
    get "/job-board/attention.json"
    expect(response.status).to eq(403)
    expect(response.parsed_body["errors"]).to eq(
      [I18n.t("discourse_job_board.attention.not_allowed")],
    )
  end

  # core: ApplicationController#requires_login raises Discourse::NotLoggedIn, a 403.
  it "is refused to visitors" do
    get "/job-board/attention.json"
    expect(response.status).to eq(403)
  end
end
