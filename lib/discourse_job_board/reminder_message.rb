# frozen_string_literal: true

module DiscourseJobBoard
  # The reminder itself: a private message from the system user, as core's
  # own system messages are (core: lib/system_message.rb creates them with
  # PostCreator, archetype private_message, subtype system_message). To the
  # author while they may still publish on the board, else to the publisher
  # groups (job_board_publisher_groups), who now look after the posting.
  class ReminderMessage
    def initialize(topic)
      @topic = topic
    end

    # Raises when core refuses the message, so the claim is undone and the
    # next run tries again. Nobody to write to (no active author who may
    # publish, no publisher group) sends nothing.
    def deliver!
      recipients = recipients()
      if recipients[:usernames].blank? && recipients[:group_names].blank?
        Rails.logger.warn("job board: no one to remind about topic #{@topic.id}")
        return nil
      end
      I18n.with_locale(locale(recipients)) do
        PostCreator.create!(
          Discourse.system_user,
          title: I18n.t("discourse_job_board.reminder.title", title: @topic.title),
          raw: I18n.t("discourse_job_board.reminder.body", **params),
          archetype: Archetype.private_message,
          subtype: TopicSubtype.system_message,
          target_usernames: recipients[:usernames],
          target_group_names: recipients[:group_names],
          skip_validations: true,
        )
      end
    end

    def recipients
      author = @topic.user
      if author&.active? && !author.suspended? && !author.staged? &&
           Guardian.new(author).can_publish_job_postings?(@topic.category_id)
        { usernames: author.username, group_names: nil }
      else
        names = Group.where(id: Config.publisher_group_ids).pluck(:name)
        { usernames: nil, group_names: names.join(",") }
      end
    end

    private

    def locale(recipients)
      return SiteSetting.default_locale if recipients[:usernames].nil?
      @topic.user.effective_locale
    end

    def params
      closes_on = PostingStatus.parse_day(Posting.fields(@topic)["closes_at"])
      days = (closes_on - Config.today).to_i
      closes_at = closes_on.strftime(I18n.t("discourse_job_board.reminder.date_format"))
      {
        # The link text of a Markdown link: brackets would end it early.
        title: @topic.title.gsub(/[\[\]]/) { |bracket| "\\#{bracket}" },
        url: "#{Discourse.base_url}#{@topic.relative_url}",
        closes_at: closes_at,
        when:
          if days.zero?
            I18n.t("discourse_job_board.reminder.today")
          else
            I18n.t("discourse_job_board.reminder.in_days", count: days)
          end,
      }
    end
  end
end
