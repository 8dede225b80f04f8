# frozen_string_literal: true

require "yaml"
require_relative "support"

# The feed's plain-Ruby classes, loaded as support.rb loads the others (only
# when Discourse's autoloader has not), and its strings read from the real
# config/locales/server.*.yml, interpolated as I18n does.
module FeedSpecSupport
  %w[feed feed_items feed_channel].each do |file|
    constant = file.split("_").map(&:capitalize).join
    next if DiscourseJobBoard.const_defined?(constant, false)
    require_relative "../../lib/discourse_job_board/#{file}"
  end

  LOCALES = File.expand_path("../../config/locales", __dir__)

  def self.strings(locale)
    @strings ||= {}
    @strings[locale] ||=
      YAML.load_file(File.join(LOCALES, "server.#{locale}.yml")).dig(
        locale.to_s, "discourse_job_board", "feed"
      )
  end

  # I18n.t("discourse_job_board.feed.#{key}", **args), as FeedQuery calls it.
  def self.t(locale)
    lambda do |key, **args|
      text = key.split(".").reduce(strings(locale)) { |tree, part| tree.fetch(part) }
      text.gsub(/%\{(\w+)\}/) { args.fetch(Regexp.last_match(1).to_sym).to_s }
    end
  end

  def self.items_builder(locale = :fr)
    DiscourseJobBoard::FeedItems.new(
      vocabulary: DiscourseJobBoard::Vocabulary.default,
      locale: locale,
      t: t(locale),
      origin: "https://forum.example",
      base_url: "https://forum.example/forum",
    )
  end
end
