# frozen_string_literal: true

module DiscourseJobBoard
  # The plugin's site settings, read in one place.
  module Config
    def self.vocabulary
      Vocabulary.from_settings(SiteSetting.job_board_roles, SiteSetting.job_board_contracts)
    end

    def self.category_ids
      SiteSetting.job_board_categories.to_s.split("|").map(&:to_i).reject(&:zero?)
    end

    def self.board_category?(category_id)
      category_id.present? && category_ids.include?(category_id.to_i)
    end

    def self.publisher_group_ids
      SiteSetting.job_board_publisher_groups.to_s.split("|").map(&:to_i)
    end

    def self.close_on_closing_date?
      SiteSetting.job_board_close_on_closing_date
    end

    def self.time_zone
      ActiveSupport::TimeZone[PostingStatus::TIME_ZONE]
    end

    # Days are calendar days in Europe/Paris, whatever the server's zone.
    def self.today
      Time.now.in_time_zone(time_zone).to_date
    end

    # The last moment of a closing day, when Discourse's close timer fires.
    def self.end_of_day(day)
      time_zone.local(day.year, day.month, day.day).end_of_day
    end
  end
end
