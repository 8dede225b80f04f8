# frozen_string_literal: true

require "time"

module DiscourseJobBoard
  # A filtered board as an RSS 2.0 document (https://www.rssboard.org/rss-specification),
  # the format of core's own feeds (core: app/views/list/list.rss.erb, with
  # atom:link rel="self" as it has). Plain Ruby: spec/plain/feed_spec.rb parses
  # what it writes with REXML and holds it to the rules the W3C feed
  # validator applies.
  #
  # Every text is escaped, item descriptions are CDATA (as core's are) with
  # any "]]>" split across two sections, and characters XML 1.0 forbids
  # (control characters, lone surrogates, U+FFFE/U+FFFF) are dropped: one of
  # them anywhere makes the whole feed unreadable.
  class Feed
    Channel =
      Struct.new(:title, :link, :self_url, :description, :language, :items, keyword_init: true)
    # categories: [[domain or nil, name], ...]; description_html: the item's HTML.
    Item =
      Struct.new(:title, :link, :guid, :published_at, :categories, :description_html,
                 keyword_init: true)

    MEDIA_TYPE = "application/rss+xml"
    ATOM_NS = "http://www.w3.org/2005/Atom"
    # Anything XML 1.0 (section 2.2) does not allow as a character.
    NOT_XML_CHAR = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/
    ESCAPES = { "&" => "&amp;", "<" => "&lt;", ">" => "&gt;", '"' => "&quot;",
                "'" => "&apos;" }.freeze

    def self.text(value)
      clean(value).gsub(/[&<>"']/, ESCAPES)
    end

    def self.cdata(html)
      "<![CDATA[#{clean(html).gsub("]]>", "]]]]><![CDATA[>")}]]>"
    end

    # Invalid UTF-8 is replaced rather than raising, then the characters XML
    # cannot carry go.
    def self.clean(value)
      string = value.to_s
      if string.encoding != Encoding::UTF_8
        string = string.encode("UTF-8", invalid: :replace, undef: :replace, replace: "")
      end
      string.scrub("").gsub(NOT_XML_CHAR, "")
    end

    # RFC 822 as RSS 2.0 asks (four-digit year), always in UTC: Ruby's own
    # rfc2822 writes "-0000" for UTC, which RFC 2822 reads as "zone unknown".
    def self.date(time)
      time.getutc.strftime("%a, %d %b %Y %H:%M:%S +0000")
    end

    def initialize(channel)
      @channel = channel
    end

    def to_xml
      items = @channel.items
      out = +%(<?xml version="1.0" encoding="UTF-8"?>\n)
      out << %(<rss version="2.0" xmlns:atom="#{ATOM_NS}">\n<channel>\n)
      out << element("title", @channel.title)
      out << element("link", @channel.link)
      out << element("description", @channel.description)
      out << element("language", @channel.language)
      # As core's feeds: the newest item's date, none for an empty feed.
      newest = items.map(&:published_at).max
      out << element("lastBuildDate", self.class.date(newest)) if newest
      out << %(<atom:link href="#{self.class.text(@channel.self_url)}" rel="self" ) +
        %(type="#{MEDIA_TYPE}"/>\n)
      items.each { |item| out << item_xml(item) }
      out << "</channel>\n</rss>\n"
    end

    private

    def element(name, value)
      "<#{name}>#{self.class.text(value)}</#{name}>\n"
    end

    def item_xml(item)
      out = +"<item>\n"
      out << element("title", item.title)
      out << element("link", item.link)
      out << "<description>#{self.class.cdata(item.description_html)}</description>\n"
      Array(item.categories).each do |domain, name|
        attribute = domain ? %( domain="#{self.class.text(domain)}") : ""
        out << "<category#{attribute}>#{self.class.text(name)}</category>\n"
      end
      # A URL that never changes (/t/<id> redirects to the topic whatever its
      # title): readers tell items apart by it.
      out << %(<guid isPermaLink="true">#{self.class.text(item.guid)}</guid>\n)
      out << element("pubDate", self.class.date(item.published_at))
      out << "</item>\n"
    end
  end
end
