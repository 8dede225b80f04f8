# frozen_string_literal: true

module DiscourseJobBoard
  # Reminds a posting's author (or the publishers) a few days before its
  # closing date: extend it, mark the posting filled, or let it close. Run by
  # Jobs::JobBoardReminders every hour; ReminderSchedule decides what is due.
  #
  # One message per posting and closing date, even with several app servers:
  # the claim is a row of job_board_reminders, whose unique index on
  # (topic_id, closes_at) lets one INSERT win. The claim and the message share
  # one transaction, so a message that fails leaves no claim and is retried
  # on the next run; a second server's INSERT waits for the first to commit,
  # then finds the row and sends nothing. core: lib/distributed_mutex.rb is a
  # Redis lock that expires after its validity (it only logs when held too
  # long), so on its own it could let a slow run and the next one both send.
  module Reminders
    def self.run(today: Config.today)
      days = SiteSetting.job_board_reminder_days.to_i
      return [] if days <= 0 || Config.category_ids.empty?
      topics = candidate_topics(today, days).index_by(&:id)
      deliver = ->(candidate) { ReminderMessage.new(topics.fetch(candidate.topic_id)).deliver! }
      ReminderSchedule::Run
        .new(today: today, days: days, claims: Claims, deliver: deliver)
        .call(topics.values.map { |topic| candidate(topic) })
    end

    # Open topics of the board whose closing day falls in the window and that
    # were not reminded for that day yet. The custom field holds an ISO day.
    def self.candidate_topics(today, days)
      first, last = ReminderSchedule.window(today, days)
      topics =
        Topic
          .listable_topics
          .where(category_id: Config.category_ids, closed: false, archived: false)
          .joins(<<~SQL)
            JOIN topic_custom_fields job_closes_at
              ON job_closes_at.topic_id = topics.id AND job_closes_at.name = 'job_closes_at'
          SQL
          .where("job_closes_at.value BETWEEN :first AND :last", first: first, last: last)
          .where(<<~SQL)
            NOT EXISTS (
              SELECT 1 FROM job_board_reminders reminded
              WHERE reminded.topic_id = topics.id AND reminded.closes_at = job_closes_at.value
            )
          SQL
          .to_a
      Topic.preload_custom_fields(topics, Fields.custom_fields)
      topics
    end

    def self.candidate(topic)
      fields = Posting.fields(topic)
      ReminderSchedule::Candidate.new(
        topic_id: topic.id,
        closes_at: fields["closes_at"],
        status: fields["status"],
        topic_closed: topic.closed,
      )
    end

    # The claim store ReminderSchedule::Run expects, on job_board_reminders.
    # A message that fails rolls its claim back and is logged; the other
    # postings of the run still get theirs, and the next run tries again.
    module Claims
      def self.claim(topic_id, closes_at, &deliver)
        claim!(topic_id, closes_at, &deliver)
      rescue StandardError => e
        Discourse.warn_exception(e, message: "job board: reminder for topic #{topic_id} failed")
        false
      end

      def self.claim!(topic_id, closes_at)
        # A savepoint when called inside a transaction (specs, a caller's own),
        # so a failed message undoes its claim there too.
        ActiveRecord::Base.transaction(requires_new: true) do
          claimed = DB.query_single(<<~SQL, topic_id: topic_id, closes_at: closes_at).first
            INSERT INTO job_board_reminders (topic_id, closes_at, created_at)
            VALUES (:topic_id, :closes_at, NOW())
            ON CONFLICT (topic_id, closes_at) DO NOTHING
            RETURNING topic_id
          SQL
          next false if claimed.nil?
          yield
          true
        end
      end
    end
  end
end
