# frozen_string_literal: true

RSpec.describe DiscourseJobBoard::PostingsController do
  fab!(:board, :category)
  fab!(:other_category, :category)
  fab!(:moderator)
  fab!(:user)
  fab!(:publishers, :group)
  fab!(:publisher) { Fabricate(:user).tap { |u| publishers.add(u) } }
  fab!(:posting) { Fabricate(:job_posting, category: board, job: { closes_at: "2099-12-31" }) }

  before do
    enable_current_plugin
    SiteSetting.job_board_categories = board.id.to_s
    SiteSetting.job_board_publisher_groups = "#{Group::AUTO_GROUPS[:staff]}|#{publishers.id}"
  end

  def put_job(topic, job)
    put "/job-board/postings/#{topic.id}.json", params: { job: job }, as: :json
  end

  describe "GET /job-board/postings/:topic_id.json" do
    it "answers the posting's fields and state to anyone who can see it" do
      get "/job-board/postings/#{posting.id}.json"
      expect(response.status).to eq(200)
      job = response.parsed_body["job"]
      expect(job).to include(
        "role" => "coach",
        "contracts" => ["freelance"],
        "status" => "open",
        "closes_at" => "2099-12-31",
        "state" => "open",
        "badge" => "open",
        "can_edit" => false,
      )
    end

    it "is not found outside job-board categories" do
      topic = Fabricate(:topic, category: other_category)
      get "/job-board/postings/#{topic.id}.json"
      expect(response.status).to eq(404)
    end

    # core: app/controllers/topics_controller.rb #show answers 404 for a
    # topic the user may not see, 403 only with detailed_404.
    it "is not found when the user may not see the posting, unless the site gives detailed 404s" do
      board.set_permissions(publishers => :full)
      board.save!
      sign_in(user)

      get "/job-board/postings/#{posting.id}.json"
      expect(response.status).to eq(404)
      post "/job-board/postings/#{posting.id}/fill.json"
      expect(response.status).to eq(404)

      SiteSetting.detailed_404 = true
      get "/job-board/postings/#{posting.id}.json"
      expect(response.status).to eq(403)
    end
  end

  describe "PUT /job-board/postings/:topic_id.json" do
    it "changes the fields, records a revision and moves the close timer" do
      sign_in(moderator)
      put_job(posting, { role: "data", contracts: %w[cdi cdd], closes_at: "2099-06-30" })

      expect(response.status).to eq(200)
      expect(response.parsed_body["job"]).to include("role" => "data", "contracts" => %w[cdi cdd])
      posting.reload
      expect(posting.custom_fields["job_role"]).to eq("data")
      revision = posting.first_post.revisions.last
      expect(revision.modifications["job_role"]).to eq(%w[coach data])
      timer = posting.public_topic_timer
      expect(timer.status_type).to eq(TopicTimer.types[:close])
      expect(timer.execute_at).to eq_time(Time.new(2099, 6, 30, 23, 59, 59, "+02:00"))
    end

    it "lets members of a publisher group edit too" do
      sign_in(publisher)
      put_job(posting, { team: "Incubateur" })
      expect(response.status).to eq(200)
    end

    it "refuses invalid fields with a message naming each field, and keeps the posting" do
      sign_in(moderator)
      put_job(posting, { role: "pilote", apply_url: "javascript:alert(1)" })

      expect(response.status).to eq(422)
      body = response.parsed_body
      expect(body["job_errors"].map { |e| [e["field"], e["code"]] }).to contain_exactly(
        %w[role unknown_role],
        %w[apply_url unsafe_url],
      )
      expect(body["errors"].join).to include(I18n.t("discourse_job_board.fields.apply_url"))
      expect(posting.reload.custom_fields["job_role"]).to eq("coach")
    end

    it "refuses keys that are not posting fields with a 400" do
      sign_in(moderator)
      put_job(posting, { salary: "1" })
      expect(response.status).to eq(400)
    end

    it "forbids users who may not publish" do
      sign_in(user)
      put_job(posting, { role: "data" })
      expect(response.status).to eq(403)
    end

    it "removes the close timer with the closing date" do
      sign_in(moderator)
      put_job(posting, { closes_at: "2099-06-30" })
      expect(posting.reload.public_topic_timer).to be_present

      put_job(posting, { closes_at: nil })
      expect(response.status).to eq(200)
      expect(posting.reload.public_topic_timer).to be_nil
    end

    it "leaves timers alone when closing on the closing date is off" do
      SiteSetting.job_board_close_on_closing_date = false
      sign_in(moderator)
      put_job(posting, { closes_at: "2099-06-30" })
      expect(posting.reload.public_topic_timer).to be_nil
    end
  end

  describe "POST fill and reopen" do
    it "marks a posting filled and closes its topic, then undoes both" do
      sign_in(moderator)
      post "/job-board/postings/#{posting.id}/fill.json"

      expect(response.status).to eq(200)
      expect(response.parsed_body["job"]).to include("status" => "filled", "state" => "filled")
      expect(posting.reload.closed).to eq(true)

      post "/job-board/postings/#{posting.id}/reopen.json"
      expect(response.status).to eq(200)
      expect(response.parsed_body["job"]).to include("status" => "open", "state" => "open")
      expect(posting.reload.closed).to eq(false)
    end

    it "forbids users who may not publish" do
      sign_in(user)
      post "/job-board/postings/#{posting.id}/fill.json"
      expect(response.status).to eq(403)
    end

    it "lets a publisher fill and reopen a posting someone else wrote" do
      expect(posting.user).not_to eq(publisher)
      sign_in(publisher)
      post "/job-board/postings/#{posting.id}/fill.json"
      expect(response.status).to eq(200)
      expect(posting.reload.closed).to eq(true)

      post "/job-board/postings/#{posting.id}/reopen.json"
      expect(response.status).to eq(200)
      expect(posting.reload.closed).to eq(false)
    end

    describe "rate limit" do
      before { RateLimiter.enable }

      it "answers 429 once a publisher changes statuses too often" do
        stub_const(DiscourseJobBoard::PostingsController, "STATUS_CHANGES_PER_MINUTE", 2) do
          sign_in(publisher)
          statuses =
            %w[fill reopen fill].map do |action|
              post "/job-board/postings/#{posting.id}/#{action}.json"
              response.status
            end
          expect(statuses).to eq([200, 200, 429])
          expect(posting.reload.closed).to eq(false)
        end
      end
    end
  end

  describe "what the posting's JSON says about the viewer" do
    it "says whether the viewer may edit it on the endpoint, never in lists" do
      sign_in(publisher)
      get "/job-board/postings/#{posting.id}.json"
      expect(response.parsed_body["job"]["can_edit"]).to eq(true)

      get "/c/#{board.slug}/#{board.id}/l/latest.json", params: { job_status: "all" }
      row = response.parsed_body["topic_list"]["topics"].find { |t| t["id"] == posting.id }
      expect(row["job"]).to include("role" => "coach")
      expect(row["job"]).not_to have_key("can_edit")
    end
  end
end
