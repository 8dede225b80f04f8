# frozen_string_literal: true

module DiscourseJobBoard
  # The items of a board's feed from the topics its list query found: two
  # queries for the whole page (the postings' fields, their first posts),
  # never one per item, then each item's summary (role, contracts, team,
  # place, closing date) above the cooked description, as core's feeds carry
  # the first post's cooked HTML (core: app/views/list/list.rss.erb). Plain
  # Ruby: FeedQuery calls it inside Discourse, bench/feed/run.rb on
  # PostgreSQL, spec/plain/feed_items_spec.rb with rows of its own.
  class FeedItems
    # What the list query gives of each topic; relative_url as core's
    # Topic#relative_url (with the forum's subfolder).
    Topic = Struct.new(:id, :title, :relative_url, :created_at, :category_name, keyword_init: true)

    FIELDS_SQL = <<~SQL
      SELECT topic_id, name, value FROM topic_custom_fields
      WHERE topic_id IN (:topic_ids) AND name IN (:names)
    SQL
    # A deleted or hidden first post gives no description: core's topic page
    # shows neither to a visitor (core: app/views/topics/show.html.erb).
    POSTS_SQL = <<~SQL
      SELECT topic_id, cooked FROM posts
      WHERE topic_id IN (:topic_ids) AND post_number = 1 AND deleted_at IS NULL AND NOT hidden
    SQL

    # origin: scheme and host (core's Discourse.base_url_no_prefix); base_url:
    # with the subfolder (Discourse.base_url). t: a lambda giving the
    # discourse_job_board.feed.* strings in the feed's language.
    def initialize(vocabulary:, locale:, t:, origin:, base_url:)
      @vocabulary = vocabulary
      @locale = locale.to_s.start_with?("fr") ? :fr : :en
      @t = t
      @origin = origin
      @base_url = base_url
    end

    def call(db, topics)
      return [] if topics.empty?
      ids = topics.map(&:id)
      fields = Hash.new { |hash, id| hash[id] = {} }
      db.query_hash(FIELDS_SQL, topic_ids: ids, names: Fields.custom_fields).each do |row|
        fields[row["topic_id"].to_i][row["name"]] = row["value"]
      end
      cooked = db.query_hash(POSTS_SQL, topic_ids: ids).to_h do |row|
        [row["topic_id"].to_i, row["cooked"]]
      end
      topics.map do |topic|
        item(topic, PostingParams.from_custom_fields(fields[topic.id]), cooked[topic.id])
      end
    end

    def item(topic, fields, cooked)
      Feed::Item.new(
        title: topic.title,
        link: "#{@origin}#{topic.relative_url}",
        guid: "#{@base_url}/t/#{topic.id}",
        published_at: topic.created_at,
        categories: categories(topic, fields),
        description_html: "#{summary_html(fields)}\n#{absolute_links(cooked.to_s)}",
      )
    end

    # The posting's fields as a list, each label and value escaped.
    def summary_html(fields)
      lines = []
      lines << field(:role, role_label(fields["role"])) if fields["role"]
      contracts = Array(fields["contracts"]).map { |code| contract_label(code) }
      lines << field(:contracts, contracts.join(", ")) if contracts.any?
      lines << field(:team, fields["team"]) if fields["team"]
      place = place_text(fields)
      lines << field(:place, place) if place
      lines << closing_text(fields["closes_at"])
      items = lines.map { |line| "<li>#{Feed.text(line)}</li>" }
      "<ul>#{items.join}</ul>"
    end

    def role_label(code)
      label(@vocabulary.role(code), code)
    end

    def contract_label(code)
      label(@vocabulary.contracts.find { |entry| entry.code == code }, code)
    end

    # Root-relative links and images of the cooked HTML made absolute, since
    # a feed reader has no page to resolve them against (core:
    # lib/pretty_text.rb make_all_links_absolute does the same for e-mails,
    # for links only). Cooked HTML quotes every attribute with ".
    def absolute_links(html)
      html
        .gsub(%r{(\s(?:href|src)=")/(?!/)}) { "#{Regexp.last_match(1)}#{@origin}/" }
        .gsub(/(\ssrcset=")([^"]*)"/) do
          attribute, sources = Regexp.last_match.captures
          absolute = sources.gsub(%r{(\A|,\s*)/(?!/)}) { "#{Regexp.last_match(1)}#{@origin}/" }
          "#{attribute}#{absolute}\""
        end
    end

    private

    def label(entry, code)
      return code.to_s if entry.nil?
      @locale == :fr ? entry.fr : entry.en
    end

    def field(key, value)
      @t.call("field", label: @t.call(key.to_s), value: value)
    end

    def categories(topic, fields)
      list = []
      list << [nil, topic.category_name] if topic.category_name
      list << ["job_role", role_label(fields["role"])] if fields["role"]
      Array(fields["contracts"]).each { |code| list << ["job_contract", contract_label(code)] }
      list
    end

    # « Bordeaux (Nouvelle-Aquitaine), télétravail partiel »: what the
    # moderator wrote, the place the plugin recognised when it adds to it,
    # and remote work.
    def place_text(fields)
      parts = []
      place = fields["place"]
      name =
        if place == Places::ABROAD
          @t.call("abroad")
        elsif Places.place?(place)
          Places.entries[place].name
        end
      location = fields["location"]
      if location && name && !location.downcase.include?(name.downcase)
        parts << "#{location} (#{name})"
      elsif location || name
        parts << (location || name)
      end
      remote = fields["remote"]
      parts << @t.call("remote.#{remote}") if %w[partial full].include?(remote)
      parts.empty? ? nil : parts.join(", ")
    end

    def closing_text(closes_at)
      day = PostingStatus.parse_day(closes_at.to_s)
      return @t.call("no_closing_date") if day.nil?
      @t.call("closes_at", date: day.strftime(@t.call("date_format")))
    end
  end
end
