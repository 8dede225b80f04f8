# frozen_string_literal: true

# The plugin touches only the close timer it set (issue 10, point 8), and only
# for someone allowed to close the topic (issue 16, point 2).
RSpec.describe DiscourseJobBoard::ClosingTimer do
  fab!(:board, :category)
  fab!(:moderator)
  fab!(:posting) { Fabricate(:job_posting, category: board, job: { closes_at: "2099-12-31" }) }

  before do
    enable_current_plugin
    SiteSetting.job_board_categories = board.id.to_s
  end

  def writer
    DiscourseJobBoard::PostingWriter.new(posting, moderator)
  end

  it "keeps a close timer a moderator set by hand when the closing date is cleared" do
    by_hand = 3.days.from_now.change(usec: 0)
    posting.set_or_create_timer(TopicTimer.types[:close], by_hand.iso8601, by_user: moderator)

    expect(writer.update("closes_at" => nil).ok?).to eq(true)
    timer = posting.reload.public_topic_timer
    expect(timer).to be_present
    expect(timer.execute_at).to eq_time(by_hand)
  end

  it "does not set its timer over one a moderator set" do
    by_hand = 3.days.from_now.change(usec: 0)
    posting.set_or_create_timer(TopicTimer.types[:open], by_hand.iso8601, by_user: moderator)

    writer.update("closes_at" => "2099-06-30")
    timer = posting.reload.public_topic_timer
    expect(timer.status_type).to eq(TopicTimer.types[:open])
  end

  it "moves and removes its own timer" do
    described_class.sync(posting, moderator)
    expect(posting.reload.public_topic_timer.execute_at).to eq_time(
      Time.new(2099, 12, 31, 23, 59, 59, "+01:00"),
    )

    writer.update("closes_at" => "2099-06-30")
    expect(posting.reload.public_topic_timer.execute_at).to eq_time(
      Time.new(2099, 6, 30, 23, 59, 59, "+02:00"),
    )

    writer.update("closes_at" => nil)
    expect(posting.reload.public_topic_timer).to be_nil
  end

  # core: app/models/topic.rb set_or_create_timer gives a timer set by someone
  # neither staff nor TL4 to the system user (or a staff author), and
  # app/jobs/regular/close_topic.rb closes as that owner when it is due: a
  # posting dated by a publisher closes even if they later leave the group.
  it "closes the posting at the end of its closing day when a publisher set the date" do
    publishers = Fabricate(:group)
    publisher = Fabricate(:user).tap { |u| publishers.add(u) }
    SiteSetting.job_board_publisher_groups = "#{Group::AUTO_GROUPS[:staff]}|#{publishers.id}"

    DiscourseJobBoard::PostingWriter.new(posting, publisher).update("closes_at" => "2099-06-30")
    timer = posting.reload.public_topic_timer
    expect(timer.user).to eq(Discourse.system_user)

    publishers.remove(publisher)
    freeze_time(timer.execute_at + 1.minute) do
      Jobs::CloseTopic.new.execute(topic_timer_id: timer.id)
    end
    expect(posting.reload.closed).to eq(true)
  end

  it "sets nothing for someone who may not close the topic" do
    described_class.sync(posting, Fabricate(:user))
    expect(posting.reload.public_topic_timer).to be_nil
  end
end
