# frozen_string_literal: true

# A few days before a posting's closing date, its author (or the publishers)
# is asked to extend it, mark it filled or let it close (issue 13, point 5).
# Days are Paris days; one message per posting and closing date.
RSpec.describe Jobs::JobBoardReminders do
  fab!(:board, :category)
  fab!(:publishers, :group)
  fab!(:author) { Fabricate(:user).tap { |user| publishers.add(user) } }
  fab!(:posting) do
    Fabricate(:job_posting, category: board, user: author, job: { closes_at: "2026-12-18" })
  end

  before do
    enable_current_plugin
    SiteSetting.job_board_categories = board.id.to_s
    SiteSetting.job_board_publisher_groups = publishers.id.to_s
    SiteSetting.job_board_reminder_days = 3
  end

  def run_job
    described_class.new.execute({})
  end

  def reminders
    Topic.where(archetype: Archetype.private_message, subtype: TopicSubtype.system_message)
  end

  # 10:00 in Paris (UTC+1 in December).
  def paris(day, hour = 10)
    Time.find_zone("Europe/Paris").parse("#{day} #{hour}:00")
  end

  it "runs every hour, as a Discourse scheduled job" do
    expect(described_class.every).to eq(1.hour)
  end

  it "writes to the author three days before the closing date, once" do
    freeze_time paris("2026-12-15")
    expect { run_job }.to change { reminders.count }.by(1)

    message = reminders.last
    expect(message.allowed_users).to include(author)
    expect(message.title).to include(posting.title)
    raw = message.first_post.raw
    expect(raw).to include("#{Discourse.base_url}#{posting.relative_url}")
    expect(raw).to include("December 18, 2026")

    expect { run_job }.not_to change { reminders.count }
    freeze_time paris("2026-12-16")
    expect { run_job }.not_to change { reminders.count }
  end

  it "writes in the author's language" do
    SiteSetting.allow_user_locale = true
    author.update!(locale: "fr")
    freeze_time paris("2026-12-16")
    run_job

    message = reminders.last
    expect(message.title).to start_with("Votre offre")
    expect(message.first_post.raw).to include("se clôture le 18/12/2026, dans 2 jours")
  end

  it "does not write four days before, nor after the closing date" do
    freeze_time paris("2026-12-14")
    expect { run_job }.not_to change { reminders.count }
    freeze_time paris("2026-12-19")
    expect { run_job }.not_to change { reminders.count }
  end

  it "counts days in Paris, whatever the server's clock says" do
    freeze_time Time.utc(2026, 12, 14, 22, 30) # 23:30 on the 14th in Paris
    expect { run_job }.not_to change { reminders.count }
    freeze_time Time.utc(2026, 12, 14, 23, 30) # 00:30 on the 15th in Paris
    expect { run_job }.to change { reminders.count }.by(1)
  end

  it "writes again when the closing date moves, for the new date" do
    freeze_time paris("2026-12-15")
    run_job
    posting.custom_fields["job_closes_at"] = "2026-12-31"
    posting.save_custom_fields(true)

    freeze_time paris("2026-12-28")
    expect { run_job }.to change { reminders.count }.by(1)
    expect(DB.query_single("SELECT closes_at FROM job_board_reminders ORDER BY closes_at")).to eq(
      %w[2026-12-18 2026-12-31],
    )
  end

  it "writes to the publishers when the author may no longer publish" do
    publishers.remove(author)
    freeze_time paris("2026-12-15")
    run_job

    message = reminders.last
    expect(message.allowed_groups).to contain_exactly(publishers)
    expect(message.allowed_users).not_to include(author)
  end

  it "leaves filled, closed and undated postings alone" do
    posting.custom_fields["job_status"] = "filled"
    posting.save_custom_fields(true)
    closed =
      Fabricate(:job_posting, category: board, user: author, job: { closes_at: "2026-12-17" })
    closed.update!(closed: true)
    Fabricate(:job_posting, category: board, user: author)

    freeze_time paris("2026-12-15")
    expect { run_job }.not_to change { reminders.count }
  end

  it "sends nothing when reminders are off or the plugin is disabled" do
    freeze_time paris("2026-12-15")
    SiteSetting.job_board_reminder_days = 0
    expect { run_job }.not_to change { reminders.count }
    SiteSetting.job_board_reminder_days = 3
    SiteSetting.job_board_enabled = false
    expect { run_job }.not_to change { reminders.count }
  end

  it "keeps no claim when the message fails, so the next run sends it" do
    freeze_time paris("2026-12-15")
    PostCreator.stubs(:create!).raises(ActiveRecord::RecordInvalid)
    expect { run_job }.not_to change { reminders.count }
    expect(DB.query_single("SELECT COUNT(*) FROM job_board_reminders").first).to eq(0)
    PostCreator.unstub(:create!)

    expect { run_job }.to change { reminders.count }.by(1)
  end
end
