# frozen_string_literal: true

# The publisher rule (issue 10, point 2; issue 16, point 2): members of
# job_board_publisher_groups manage every posting of the board, whoever wrote
# it, through core's own checks, so the composer, the postings endpoint,
# fill and reopen, and core's status and move endpoints all agree.
RSpec.describe DiscourseJobBoard::GuardianExtension do
  fab!(:board, :category)
  fab!(:other_category, :category)
  fab!(:publishers, :group)
  fab!(:publisher) { Fabricate(:user, refresh_auto_groups: true).tap { |u| publishers.add(u) } }
  fab!(:member) { Fabricate(:user, refresh_auto_groups: true) }
  fab!(:posting) { Fabricate(:job_posting, category: board) }
  fab!(:reply) { Fabricate(:post, topic: posting) }
  fab!(:elsewhere) { Fabricate(:post).topic }

  before do
    enable_current_plugin
    SiteSetting.job_board_categories = board.id.to_s
    SiteSetting.job_board_publisher_groups = "#{Group::AUTO_GROUPS[:staff]}|#{publishers.id}"
  end

  let(:guardian) { Guardian.new(publisher) }

  it "lets a publisher edit, close and reopen someone else's posting" do
    expect(posting.user).not_to eq(publisher)
    expect(guardian.can_edit?(posting)).to eq(true)
    expect(guardian.can_edit?(posting.first_post)).to eq(true)
    expect(guardian.can_close_topic?(posting)).to eq(true)
    expect(guardian.can_open_topic?(posting)).to eq(true)
    expect(guardian.can_edit_job_posting?(posting)).to eq(true)
  end

  # Closing writes core's « closed » small action after the topic is closed.
  it "lets a publisher post in a closed posting, as closing it needs" do
    posting.update!(closed: true)
    expect(guardian.can_create_post_on_topic?(posting)).to eq(true)
    expect(Guardian.new(member).can_create_post_on_topic?(posting)).to eq(false)
  end

  it "leaves replies, topics outside the board and locked postings to core's rules" do
    expect(guardian.can_edit?(reply)).to eq(false)
    expect(guardian.can_edit?(elsewhere)).to eq(false)
    expect(guardian.can_close_topic?(elsewhere)).to eq(false)

    posting.first_post.update!(locked_by_id: Discourse.system_user.id)
    expect(Guardian.new(publisher).can_edit?(posting.reload)).to eq(false)
  end

  it "gives members who may not publish nothing more than core does" do
    member_guardian = Guardian.new(member)
    expect(member_guardian.can_edit?(posting)).to eq(false)
    expect(member_guardian.can_edit?(posting.first_post)).to eq(false)
    expect(member_guardian.can_close_topic?(posting)).to eq(false)
  end

  it "follows the setting: a group that no longer publishes no longer manages" do
    SiteSetting.job_board_publisher_groups = Group::AUTO_GROUPS[:staff].to_s
    expect(Guardian.new(publisher).can_edit?(posting)).to eq(false)
  end

  # Issue 12: an upcoming posting is shown to members from its opening day.
  context "with a posting that opens later" do
    fab!(:upcoming) do
      Fabricate(:job_posting, category: board, job: { opens_at: (Date.today + 20).iso8601 })
    end

    it "is kept from members and visitors, its first post with it" do
      expect(Guardian.new(member).can_see?(upcoming)).to eq(false)
      expect(Guardian.new.can_see?(upcoming)).to eq(false)
      expect(Guardian.new(member).can_see?(upcoming.first_post)).to eq(false)
      # What topics_controller#show asks to tell a deleted topic (410) apart.
      expect(Guardian.new(member).can_see_topic?(upcoming, false)).to eq(false)
    end

    it "is seen by its author, its publishers and staff" do
      expect(Guardian.new(upcoming.user).can_see?(upcoming)).to eq(true)
      expect(Guardian.new(publisher).can_see?(upcoming)).to eq(true)
      expect(Guardian.new(Fabricate(:moderator)).can_see?(upcoming)).to eq(true)
    end

    it "is seen by everyone from its opening day" do
      freeze_time(21.days.from_now)
      expect(Guardian.new(member).can_see?(upcoming)).to eq(true)
      expect(Guardian.new.can_see?(upcoming)).to eq(true)
    end

    it "leaves open postings and other topics to core" do
      expect(Guardian.new(member).can_see?(posting)).to eq(true)
      expect(Guardian.new.can_see?(elsewhere)).to eq(true)
    end

    it "hides nothing while the plugin is disabled" do
      SiteSetting.job_board_enabled = false
      expect(Guardian.new(member).can_see?(upcoming)).to eq(true)
    end
  end

  it "changes nothing when the plugin is disabled" do
    SiteSetting.job_board_enabled = false
    expect(Guardian.new(publisher).can_edit?(posting)).to eq(false)
  end
end
