# frozen_string_literal: true

# What the composer and the importer do with core's own endpoints:
# POST /posts.json with topic_custom_fields, PUT /t/:id.json with job_* fields.
RSpec.describe "Publishing postings through core's endpoints" do
  fab!(:board, :category)
  fab!(:other_category, :category)
  fab!(:moderator)
  fab!(:user)

  before do
    enable_current_plugin
    SiteSetting.job_board_categories = board.id.to_s
  end

  def create_posting(category, fields)
    post "/posts.json",
         params: {
           title: "Coach en mesure d'impact pour l'Incubateur",
           raw: "Une description assez longue pour être acceptée par Discourse.",
           category: category.id,
           topic_custom_fields: fields,
         }
  end

  it "creates a posting with its fields, typed, and sets the close timer" do
    sign_in(moderator)
    create_posting(
      board,
      {
        job_role: "coach",
        job_contracts: "freelance,cdd",
        job_closes_at: "2099-12-31",
        job_junior: "true",
      },
    )

    expect(response.status).to eq(200)
    topic = Topic.find(response.parsed_body["topic_id"])
    expect(topic.custom_fields["job_contracts"]).to eq(%w[freelance cdd])
    expect(topic.custom_fields["job_junior"]).to eq(true)
    expect(topic.custom_fields["job_status"]).to eq("open")
    expect(topic.public_topic_timer.status_type).to eq(TopicTimer.types[:close])
  end

  it "refuses invalid fields with translated messages and creates nothing" do
    sign_in(moderator)
    expect {
 create_posting(board, { job_role: "coach", job_contact: "not-an-email" }) }.not_to change {
                                                                                      Topic.count
                                                                                    }
    expect(response.status).to eq(422)
    expect(response.parsed_body["errors"].join).to include(
      I18n.t("discourse_job_board.fields.contact"),
    )
  end

  it "refuses a posting whose title hides text with a bidirectional override" do
    sign_in(moderator)
    expect {
      post "/posts.json",
           params: {
             title: "Coach en mesure d'impact \u202Eeliforp\u202C pour l'Incubateur",
             raw: "Une description assez longue pour être acceptée par Discourse.",
             category: board.id,
             topic_custom_fields: {
               job_role: "coach",
             },
           }
    }.not_to change { Topic.count }
    expect(response.status).to eq(422)
    expect(response.parsed_body["errors"].join).to include(
      I18n.t("discourse_job_board.fields.title"),
    )
  end

  it "refuses the fields from users who may not publish" do
    sign_in(user)
    create_posting(board, { job_role: "coach" })
    expect(response.status).to eq(422)
    expect(response.parsed_body["errors"]).to include(
      I18n.t("discourse_job_board.errors.not_allowed"),
    )
  end

  it "refuses the fields outside job-board categories" do
    sign_in(moderator)
    create_posting(other_category, { job_role: "coach" })
    expect(response.status).to eq(422)
    expect(response.parsed_body["errors"]).to include(
      I18n.t("discourse_job_board.errors.not_a_board"),
    )
  end

  describe "editing with PUT /t/:id.json" do
    fab!(:posting) { Fabricate(:job_posting, category: board, user: moderator) }

    it "records the change in the first post's revisions" do
      sign_in(moderator)
      put "/t/#{posting.slug}/#{posting.id}.json", params: { job_role: "data", job_team: "ANCT" }

      expect(response.status).to eq(200)
      posting.reload
      expect(posting.custom_fields["job_role"]).to eq("data")
      modifications = posting.first_post.revisions.last.modifications
      expect(modifications["job_role"]).to eq(%w[coach data])
      expect(modifications["job_team"]).to eq([nil, "ANCT"])
    end

    it "refuses the whole edit when the posting would be invalid" do
      sign_in(moderator)
      put "/t/#{posting.slug}/#{posting.id}.json",
          params: {
            job_opens_at: "2099-12-02",
            job_closes_at: "2099-12-01",
          }
      expect(response.status).to eq(422)
      expect(posting.reload.custom_fields["job_opens_at"]).to be_nil
    end
  end
end
