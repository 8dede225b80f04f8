# frozen_string_literal: true

# A posting's followers get a Discourse notification and, by their e-mail
# preferences, core's new-topic e-mail; once each (issue 13, point 1).
RSpec.describe Jobs::JobBoardFollowFanout do
  fab!(:board, :category)
  fab!(:author, :user)
  fab!(:follower, :user)
  fab!(:quiet_follower, :user)
  fab!(:stranger, :user)

  before do
    enable_current_plugin
    SiteSetting.job_board_categories = board.id.to_s
    quiet_follower.user_option.update!(email_level: UserOption.email_level_types[:never])
    [follower, quiet_follower].each do |user|
      follow(user, "job_role" => "coach")
      follow(user, "job_contract" => "freelance")
    end
    follow(stranger, "job_role" => "data")
  end

  def follow(user, params)
    DiscourseJobBoard::FollowStore.add(
      user.id,
      DiscourseJobBoard::FollowParams.from_params(params, DiscourseJobBoard::Config.vocabulary),
    )
  end

  def notifications(topic)
    Notification.where(topic_id: topic.id, notification_type: Notification.types[:custom])
  end

  it "notifies each matching follower once, even with two matching follows" do
    posting = Fabricate(:job_posting, category: board, user: author)
    described_class.new.execute(topic_id: posting.id)

    expect(notifications(posting).pluck(:user_id)).to contain_exactly(follower.id,
quiet_follower.id)
    data = JSON.parse(notifications(posting).first.data)
    expect(data).to include("message" => "discourse_job_board.follow.notification",
                            "topic_title" => posting.title)

    described_class.new.execute(topic_id: posting.id)
    expect(notifications(posting).count).to eq(2)
  end

  it "queues core's new-topic e-mail for members who take e-mails, none for « never »" do
    posting = Fabricate(:job_posting, category: board, user: author)
    DiscourseJobBoard::FollowFanout.call(posting.id)
    ids = notifications(posting).pluck(:id)

    expect_enqueued_with(
      job: :user_email,
      args: { type: "user_watching_first_post", user_id: follower.id },
    ) { Jobs::JobBoardFollowDeliver.new.execute(topic_id: posting.id, notification_ids: ids) }
    expect(
      Jobs::UserEmail.jobs.map { |job| job["args"].first["user_id"] },
    ).not_to include(quiet_follower.id)
  end

  it "tells nobody of an upcoming posting until its opening day" do
    freeze_time Time.find_zone("Europe/Paris").parse("2026-12-01 10:00")
    posting = Fabricate(:job_posting, category: board, user: author,
                                      job: { opens_at: "2026-12-03" })
    described_class.new.execute(topic_id: posting.id)
    expect(notifications(posting)).to be_empty

    freeze_time Time.find_zone("Europe/Paris").parse("2026-12-03 08:00")
    expect_enqueued_with(job: :job_board_follow_fanout, args: { topic_id: posting.id }) do
      Jobs::JobBoardFollowOpenings.new.execute({})
    end
    described_class.new.execute(topic_id: posting.id)
    expect(notifications(posting).pluck(:user_id)).to contain_exactly(follower.id,
quiet_follower.id)
  end

  it "does not tell a follower who cannot see the category" do
    group = Fabricate(:group)
    board.set_permissions(group => :full)
    board.save!
    posting = Fabricate(:job_posting, category: board, user: author)
    described_class.new.execute(topic_id: posting.id)
    expect(notifications(posting)).to be_empty

    group.add(follower)
    described_class.new.execute(topic_id: posting.id)
    expect(notifications(posting).pluck(:user_id)).to eq([follower.id])
  end

  describe "after publication" do
    fab!(:admin)
    fab!(:elsewhere, :category)

    it "tells the followers of a posting edited into their filters, not those already told" do
      posting = Fabricate(:job_posting, category: board, user: author,
                                        job: { role: "data", contracts: %w[cdi] })
      described_class.new.execute(topic_id: posting.id)
      expect(notifications(posting).pluck(:user_id)).to contain_exactly(stranger.id)

      expect_enqueued_with(job: :job_board_follow_fanout, args: { topic_id: posting.id }) do
        PostRevisor.new(posting.first_post, posting).revise!(
          admin,
          { job_role: "coach" },
          validate_post: false,
        )
      end
      described_class.new.execute(topic_id: posting.id)
      expect(notifications(posting).pluck(:user_id)).to contain_exactly(
        stranger.id,
        follower.id,
        quiet_follower.id,
      )
    end

    it "tells followers of a posting moved into the board, by the composer or in bulk" do
      moved = Fabricate(:job_posting, category: elsewhere, user: author)
      expect_enqueued_with(job: :job_board_follow_fanout, args: { topic_id: moved.id }) do
        PostRevisor.new(moved.first_post, moved).revise!(admin, { category_id: board.id })
      end

      bulk = Fabricate(:job_posting, category: elsewhere, user: author)
      expect_enqueued_with(job: :job_board_follow_fanout, args: { topic_id: bulk.id }) do
        bulk.change_category_to_id(board.id)
      end
      described_class.new.execute(topic_id: bulk.id)
      expect(notifications(bulk).pluck(:user_id)).to contain_exactly(follower.id,
quiet_follower.id)
    end

    it "tells followers of a posting reopened, and nobody of a topic that is not a posting" do
      posting = Fabricate(:job_posting, category: board, user: author)
      posting.update_status("closed", true, admin)
      expect_enqueued_with(job: :job_board_follow_fanout, args: { topic_id: posting.id }) do
        posting.update_status("closed", false, admin)
      end

      guide = Fabricate(:topic, category: board, user: author)
      expect_not_enqueued_with(job: :job_board_follow_fanout, args: { topic_id: guide.id }) do
        guide.update_status("closed", false, admin)
        PostRevisor.new(Fabricate(:post, topic: guide, user: author)).revise!(admin, raw: "Guide")
      end
    end
  end
end
