# frozen_string_literal: true

# The first post's history says who changed which posting field, from what to
# what (issue 10, point 5). core: app/serializers/post_revision_serializer.rb
# gives each tracked field a <field>_changes attribute, and reads its current
# value only when the topic responds to the field's name.
RSpec.describe PostRevisionSerializer do
  fab!(:board, :category)
  fab!(:admin)
  fab!(:posting) { Fabricate(:job_posting, category: board) }

  before do
    enable_current_plugin
    SiteSetting.job_board_categories = board.id.to_s
  end

  def serialize(revision)
    described_class.new(revision, scope: Guardian.new(admin), root: false).as_json
  end

  it "shows the latest change of a field from its old value to its new one" do
    PostRevisor.new(posting.first_post, posting).revise!(
      admin,
      { job_role: "data", job_contracts: "cdi,cdd" },
      validate_post: false,
    )
    revision = posting.first_post.revisions.last
    json = serialize(revision)

    expect(json[:username]).to eq(admin.username_lower)
    expect(json[:job_role_changes]).to eq(previous: "coach", current: "data")
    expect(json[:job_contracts_changes]).to eq(previous: %w[freelance], current: %w[cdi cdd])
    expect(json).not_to have_key(:job_team_changes)
  end
end
