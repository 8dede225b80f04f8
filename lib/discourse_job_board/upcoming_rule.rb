# frozen_string_literal: true

module DiscourseJobBoard
  # Who may see a posting before its opening day (issue 12: « shown to members
  # only from its opening date »). Until then it is its author's, its
  # publishers' and staff's to prepare; everyone else sees it as if it did not
  # exist yet, on its page as in lists. From the opening day on, or once a
  # publisher decides (filled, closed), the shared open/closed rule no longer
  # says upcoming and everyone who may read the category sees it. Plain Ruby:
  # the guardian (GuardianExtension) and search (Visibility) ask it.
  module UpcomingRule
    Viewer = Struct.new(:staff, :author, :publisher, keyword_init: true)

    # fields: the posting's wire fields (status, opens_at, closes_at).
    def self.hidden?(fields, topic_closed:, today:, viewer:)
      return false if viewer.staff || viewer.author || viewer.publisher
      upcoming?(fields, topic_closed: topic_closed, today: today)
    end

    def self.upcoming?(fields, topic_closed:, today:)
      PostingStatus.call(
        today: today,
        status: fields["status"],
        opens_at: fields["opens_at"],
        closes_at: fields["closes_at"],
        topic_closed: topic_closed,
      ).state == "upcoming"
    end
  end
end
