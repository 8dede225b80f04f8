# frozen_string_literal: true

# can_publish_job_postings tells the client whether to offer « Publier une
# offre » and the composer's fields; the server checks again on every write.
RSpec.describe CurrentUserSerializer do
  fab!(:admin)
  fab!(:moderator)
  fab!(:user)
  fab!(:publishers, :group)
  fab!(:publisher) { Fabricate(:user).tap { |u| publishers.add(u) } }

  before { enable_current_plugin }

  def serialized(viewer)
    described_class.new(viewer, scope: Guardian.new(viewer), root: false).as_json
  end

  def can_publish?(viewer)
    serialized(viewer)[:can_publish_job_postings]
  end

  it "lets staff publish by default" do
    expect(can_publish?(admin)).to eq(true)
    expect(can_publish?(moderator)).to eq(true)
  end

  it "does not let other members publish" do
    expect(can_publish?(user)).to eq(false)
    expect(can_publish?(publisher)).to eq(false)
  end

  it "follows job_board_publisher_groups, admins always included" do
    SiteSetting.job_board_publisher_groups = publishers.id.to_s

    expect(can_publish?(publisher)).to eq(true)
    expect(can_publish?(user)).to eq(false)
    expect(can_publish?(moderator)).to eq(false)
    expect(can_publish?(admin)).to eq(true)
  end

  it "is absent when the plugin is disabled" do
    SiteSetting.job_board_enabled = false
    expect(serialized(admin)).not_to have_key(:can_publish_job_postings)
  end
end
