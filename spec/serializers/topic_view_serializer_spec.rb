# frozen_string_literal: true

RSpec.describe TopicViewSerializer do
  fab!(:board, :category)
  fab!(:moderator)
  fab!(:user)
  fab!(:posting) { Fabricate(:job_posting, category: board, job: { closes_at: "2099-12-31" }) }

  before do
    enable_current_plugin
    SiteSetting.job_board_categories = board.id.to_s
  end

  def job_for(viewer, topic = posting)
    described_class.new(TopicView.new(topic, viewer), scope: Guardian.new(viewer),
                                                      root: false).as_json[:job]
  end

  it "carries the posting's fields, state and whether the viewer may edit them" do
    expect(job_for(user)).to include("role" => "coach", "state" => "open", "can_edit" => false)
    expect(job_for(moderator)).to include("can_edit" => true)
  end

  it "leaves topics outside job-board categories alone" do
    expect(job_for(user, Fabricate(:post).topic)).to be_nil
  end

  it "is absent when the plugin is disabled" do
    SiteSetting.job_board_enabled = false
    expect(job_for(user)).to be_nil
  end
end
