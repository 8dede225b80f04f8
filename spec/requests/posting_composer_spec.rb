# frozen_string_literal: true

# What the composer and the importer do with core's own endpoints:
# POST /posts.json with topic_custom_fields, PUT /t/:id.json with job_* fields.
RSpec.describe "Publishing postings through core's endpoints" do
  fab!(:board, :category)
  fab!(:other_category, :category)
  fab!(:moderator)
  fab!(:admin)
  # core: spec/fabricators/user_fabricator.rb puts a user in the trust-level
  # groups only with refresh_auto_groups; without them core's
  # create_topic_allowed_groups check answers 403 before any field is read.
  fab!(:user) { Fabricate(:user, refresh_auto_groups: true) }
  fab!(:publishers, :group)
  fab!(:publisher) { Fabricate(:user, refresh_auto_groups: true).tap { |u| publishers.add(u) } }

  before do
    enable_current_plugin
    SiteSetting.job_board_categories = board.id.to_s
    SiteSetting.job_board_publisher_groups = "#{Group::AUTO_GROUPS[:staff]}|#{publishers.id}"
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
      create_posting(board, { job_role: "coach", job_contact: "not-an-email" })
    }.not_to change { Topic.count }
    expect(response.status).to eq(422)
    expect(response.parsed_body["errors"].join).to include(
      I18n.t("discourse_job_board.fields.contact"),
    )
  end

  it "stores pay as whole euros and a period, and lists it in the topic's job" do
    sign_in(moderator)
    create_posting(
      board,
      { job_role: "design", job_pay_min: "450", job_pay_max: "650", job_pay_period: "day" },
    )

    expect(response.status).to eq(200)
    topic = Topic.find(response.parsed_body["topic_id"])
    # core: app/models/concerns/has_custom_fields.rb reads :integer fields with to_i.
    expect(topic.custom_fields["job_pay_min"]).to eq(450)
    expect(topic.custom_fields["job_pay_period"]).to eq("day")
    get "/t/#{topic.id}.json"
    expect(response.parsed_body["job"]).to include(
      "pay_min" => 450,
      "pay_max" => 650,
      "pay_period" => "day",
    )
  end

  it "refuses pay without its period, naming the field" do
    sign_in(moderator)
    expect { create_posting(board, { job_role: "design", job_pay_min: "45000" }) }.not_to change {
      Topic.count
    }
    expect(response.status).to eq(422)
    expect(response.parsed_body["errors"].join).to include(
      I18n.t("discourse_job_board.fields.pay_period"),
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

    # Edited by someone other than its author, so core starts a new version
    # rather than folding the edit into the last one (core: lib/post_revisor.rb
    # should_create_new_version?).
    it "records the change in the first post's revisions" do
      sign_in(admin)
      put "/t/#{posting.slug}/#{posting.id}.json", params: { job_role: "data", job_team: "ANCT" }

      expect(response.status).to eq(200)
      posting.reload
      expect(posting.custom_fields["job_role"]).to eq("data")
      modifications = posting.first_post.revisions.last.modifications
      expect(modifications["job_role"]).to eq(%w[coach data])
      expect(modifications["job_team"]).to eq([nil, "ANCT"])
    end

    # What the composer sends on every save: all eleven keys, as form strings.
    def every_field(overrides = {})
      {
        job_role: "coach",
        job_contracts: "freelance",
        job_team: "",
        job_location: "",
        job_remote: "",
        job_opens_at: "",
        job_closes_at: "",
        job_status: "open",
        job_contact: "",
        job_apply_url: "",
        job_junior: "false",
      }.merge(overrides)
    end

    it "makes no revision when the fields sent are the posting's own" do
      sign_in(admin)
      first_post = posting.first_post
      expect {
        put "/t/#{posting.slug}/#{posting.id}.json", params: every_field
      }.not_to change { first_post.reload.version }
      expect(response.status).to eq(200)
      expect(first_post.revisions.count).to eq(0)
    end

    it "records only the fields that changed among those sent" do
      sign_in(admin)
      put "/t/#{posting.slug}/#{posting.id}.json", params: every_field(job_team: "ANCT")
      expect(response.status).to eq(200)
      expect(posting.first_post.revisions.last.modifications.keys).to eq(["job_team"])
    end

    it "moves a posting out of the board, keeping its fields dormant and dropping its timer" do
      sign_in(moderator)
      put "/job-board/postings/#{posting.id}.json", params: { job: { closes_at: "2099-12-31" } }
      expect(posting.reload.public_topic_timer).to be_present

      put "/t/#{posting.slug}/#{posting.id}.json",
          params: every_field(category_id: other_category.id, job_role: "data")
      expect(response.status).to eq(200)
      posting.reload
      expect(posting.category_id).to eq(other_category.id)
      expect(posting.custom_fields["job_role"]).to eq("coach")
      expect(posting.public_topic_timer).to be_nil
      get "/job-board/postings/#{posting.id}.json"
      expect(response.status).to eq(404)
    end

    it "refuses fields on a topic outside the board" do
      sign_in(moderator)
      topic = Fabricate(:post, topic: Fabricate(:topic, category: other_category)).topic
      put "/t/#{topic.slug}/#{topic.id}.json", params: { job_role: "coach" }
      expect(response.status).to eq(422)
      expect(response.parsed_body["errors"]).to include(
        I18n.t("discourse_job_board.errors.not_a_board"),
      )
    end

    it "lets a publisher edit someone else's posting in the composer, but not its replies" do
      reply = Fabricate(:post, topic: posting)
      sign_in(publisher)

      put "/t/#{posting.slug}/#{posting.id}.json",
          params: { title: "Coach en mesure d'impact, deux postes", job_team: "ANCT" }
      expect(response.status).to eq(200)
      expect(posting.reload.custom_fields["job_team"]).to eq("ANCT")

      put "/posts/#{posting.first_post.id}.json",
          params: { post: { raw: "Une description revue par l'équipe de publication." } }
      expect(response.status).to eq(200)

      put "/posts/#{reply.id}.json",
          params: { post: { raw: "Une réponse qui n'est pas la sienne." } }
      expect(response.status).to eq(403)
    end

    it "lets a publisher move someone else's posting out of the board" do
      sign_in(publisher)
      put "/t/#{posting.slug}/#{posting.id}.json",
          params: every_field(category_id: other_category.id)
      expect(response.status).to eq(200)
      expect(posting.reload.category_id).to eq(other_category.id)
    end

    it "lets a publisher close someone else's posting with core's own status endpoint" do
      sign_in(publisher)
      put "/t/#{posting.id}/status.json", params: { status: "closed", enabled: "true" }
      expect(response.status).to eq(200)
      expect(posting.reload.closed).to eq(true)
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
