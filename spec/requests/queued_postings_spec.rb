# frozen_string_literal: true

# Posts that need a moderator's approval (issue 10, point 1). Core approves a
# queued topic with skip_validations (core: app/models/reviewable_queued_post.rb
# #perform_approve_post), so the Topic validation that guards a direct post
# never runs then: the plugin refuses a posting the queue would hold, and
# checks again any queued one a moderator approves.
RSpec.describe "Postings that need approval" do
  fab!(:board, :category)
  fab!(:moderator)
  fab!(:publishers, :group)
  fab!(:publisher) { Fabricate(:user, refresh_auto_groups: true).tap { |u| publishers.add(u) } }
  fab!(:member) { Fabricate(:user, refresh_auto_groups: true) }

  let(:title) { "Coach en mesure d'impact pour l'Incubateur" }
  let(:raw) { "Une description assez longue pour être acceptée par Discourse." }

  before do
    enable_current_plugin
    SiteSetting.job_board_categories = board.id.to_s
    SiteSetting.job_board_publisher_groups = "#{Group::AUTO_GROUPS[:staff]}|#{publishers.id}"
  end

  describe "POST /posts.json when the post would be queued" do
    # core: lib/new_post_manager.rb post_needs_approval? queues posts from
    # users outside approve_unless_allowed_groups.
    before { SiteSetting.approve_unless_allowed_groups = Group::AUTO_GROUPS[:trust_level_4] }

    def create_posting(fields)
      post "/posts.json",
           params: { title: title, raw: raw, category: board.id, topic_custom_fields: fields }
    end

    it "refuses a publisher's posting outright, saying why, and queues nothing" do
      sign_in(publisher)
      expect { create_posting(job_role: "coach") }.not_to change { ReviewableQueuedPost.count }
      expect(response.status).to eq(422)
      expect(response.parsed_body["errors"]).to include(
        I18n.t("discourse_job_board.errors.needs_approval"),
      )
    end

    it "gives a member who may not publish the refusal a direct post would get" do
      sign_in(member)
      expect { create_posting(job_role: "coach") }.not_to change { ReviewableQueuedPost.count }
      expect(response.status).to eq(422)
      expect(response.parsed_body["errors"]).to include(
        I18n.t("discourse_job_board.errors.not_allowed"),
      )
    end

    it "still queues a topic without posting fields" do
      sign_in(member)
      expect {
        post "/posts.json", params: { title: title, raw: raw, category: board.id }
      }.to change { ReviewableQueuedPost.count }.by(1)
      expect(response.status).to eq(200)
      expect(response.parsed_body["action"]).to eq("enqueued")
    end
  end

  describe "approving a posting already in the queue" do
    # As core's NewPostManager#enqueue stores it: the plugin keeps topic_opts
    # in the payload (allow_new_queued_post_payload_attribute).
    def queued(author, fields)
      Fabricate(
        :reviewable_queued_post_topic,
        category: board,
        target_created_by: author,
        payload: {
          raw: raw,
          title: title,
          archetype: "regular",
          topic_opts: {
            custom_fields: fields,
          },
        },
      )
    end

    def approve(reviewable)
      reviewable.perform(moderator, :approve_post)
    end

    it "refuses the fields of an author who may not publish, as a direct post would be" do
      result = approve(queued(member, { "job_role" => "coach" }))
      expect(result.success?).to eq(false)
      expect(result.errors.full_messages).to include(
        I18n.t("discourse_job_board.errors.not_allowed"),
      )
      expect(Topic.where(title: title)).to be_empty
    end

    it "refuses values the validator refuses, naming the field" do
      result =
        approve(
          queued(publisher, { "job_role" => "coach", "job_apply_url" => "javascript:alert(1)" }),
        )
      expect(result.success?).to eq(false)
      expect(result.errors.full_messages.join).to include(
        I18n.t("discourse_job_board.fields.apply_url"),
      )
      expect(Topic.where(title: title)).to be_empty
    end

    it "publishes a publisher's valid posting with its fields, typed" do
      result =
        approve(
          queued(publisher, { "job_role" => "coach", "job_contracts" => "freelance,cdd" }),
        )
      expect(result.success?).to eq(true)
      topic = result.created_post.topic
      expect(topic.custom_fields["job_role"]).to eq("coach")
      expect(topic.custom_fields["job_contracts"]).to eq(%w[freelance cdd])
      expect(topic.custom_fields["job_status"]).to eq("open")
    end
  end
end
