# frozen_string_literal: true

require "rexml/document"
require "time"
require "uri"
require_relative "feed_support"

# The feed's XML held to RSS 2.0 (https://www.rssboard.org/rss-specification)
# and to what the W3C feed validator (validator.w3.org/feed) checks: read back
# with a real XML parser, every text as written, RFC 822 dates, absolute
# links, one guid per item, only the elements the specification defines.
RSpec.describe DiscourseJobBoard::Feed do
  # RSS 2.0's channel and item elements; atom:link is the validator's
  # recommended self reference.
  CHANNEL_ELEMENTS = %w[
    title link description language copyright managingEditor webMaster pubDate lastBuildDate
    category generator docs cloud ttl image rating textInput skipHours skipDays item atom:link
  ].freeze
  ITEM_ELEMENTS = %w[
    title link description author category comments enclosure guid pubDate source
  ].freeze
  DAYS = "Mon|Tue|Wed|Thu|Fri|Sat|Sun"
  MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
  RFC_822 = /\A(#{DAYS}), \d{2} (#{MONTHS}) \d{4} \d{2}:\d{2}:\d{2} \+0000\z/

  def item(overrides = {})
    DiscourseJobBoard::Feed::Item.new(
      title: "Designer·euse UX",
      link: "https://forum.example/forum/t/designer-euse-ux/12",
      guid: "https://forum.example/forum/t/12",
      published_at: Time.utc(2026, 11, 2, 9, 30),
      categories: [[nil, "Emplois"], %w[job_role Design]],
      description_html: "<p>Rejoignez-nous.</p>",
      **overrides,
    )
  end

  def channel(items)
    DiscourseJobBoard::Feed::Channel.new(
      title: "Emplois (ouvertes, Design) – Forum",
      link: "https://forum.example/forum/c/emplois/5?job_role=design",
      self_url: "https://forum.example/forum/job-board/feed.rss?category_id=5&job_role=design",
      description: "Offres d’emploi",
      language: "fr",
      items: items,
    )
  end

  def parse(items)
    REXML::Document.new(described_class.new(channel(items)).to_xml)
  end

  def names(element)
    element.elements.map(&:expanded_name)
  end

  it "is well-formed RSS 2.0 with the channel's required elements and a self link" do
    doc = parse([item])
    expect(doc.xml_decl.encoding).to eq("UTF-8")
    expect(doc.root.name).to eq("rss")
    expect(doc.root.attributes["version"]).to eq("2.0")
    channel = doc.root.elements["channel"]
    expect(doc.root.elements.size).to eq(1)
    expect(channel.elements["title"].text).to eq("Emplois (ouvertes, Design) – Forum")
    expect(channel.elements["link"].text).to eq(
      "https://forum.example/forum/c/emplois/5?job_role=design",
    )
    expect(channel.elements["description"].text).to eq("Offres d’emploi")
    expect(channel.elements["language"].text).to eq("fr")
    self_link = channel.elements["atom:link"]
    expect(self_link.namespace).to eq("http://www.w3.org/2005/Atom")
    expect(self_link.attributes["rel"]).to eq("self")
    expect(self_link.attributes["type"]).to eq("application/rss+xml")
    expect(self_link.attributes["href"]).to eq(
      "https://forum.example/forum/job-board/feed.rss?category_id=5&job_role=design",
    )
  end

  it "uses only the elements RSS 2.0 defines, in the channel and in each item" do
    doc = parse([item, item(guid: "https://forum.example/forum/t/13")])
    channel = doc.root.elements["channel"]
    expect(names(channel) - CHANNEL_ELEMENTS).to eq([])
    channel.get_elements("item").each do |entry|
      expect(names(entry) - ITEM_ELEMENTS).to eq([])
      expect(names(entry)).to include("title", "link", "description", "guid", "pubDate")
    end
  end

  it "escapes & < > \" ' in every text and attribute, and reads them back as written" do
    nasty = %q(R&D <script>alert("x")</script> l'équipe ]]> fin)
    doc =
      parse([item(title: nasty, categories: [[%q(a"b&c), nasty]],
                  link: "https://forum.example/forum/t/x/12?a=1&b=2")])
    entry = doc.root.elements["channel/item"]
    expect(entry.elements["title"].text).to eq(nasty)
    expect(entry.elements["link"].text).to eq("https://forum.example/forum/t/x/12?a=1&b=2")
    expect(entry.elements["category"].text).to eq(nasty)
    expect(entry.elements["category"].attributes["domain"]).to eq(%q(a"b&c))
    expect(doc.root.elements["channel/item/title/script"]).to be_nil
  end

  it "keeps a description holding the CDATA terminator ]]> whole" do
    html = %(<p>a[1]]>b</p><pre>x]]>y]]]]>z</pre>)
    doc = parse([item(description_html: html)])
    description = doc.root.elements["channel/item/description"]
    expect(description.texts.map(&:value).join).to eq(html)
  end

  it "drops the characters XML 1.0 forbids instead of writing an unreadable feed" do
    doc =
      parse([item(title: "Dev\u0000\u0007\u001B ops\uFFFE",
                  description_html: "<p>a\u0001b\uFFFF</p>",
                  categories: [[nil, "Emplois\u000C"]])])
    entry = doc.root.elements["channel/item"]
    expect(entry.elements["title"].text).to eq("Dev ops")
    expect(entry.elements["description"].texts.map(&:value).join).to eq("<p>ab</p>")
    expect(entry.elements["category"].text).to eq("Emplois")
  end

  it "survives invalid UTF-8 in a title" do
    doc = parse([item(title: "Caf\xC3 cr\xE9me".dup.force_encoding("BINARY"))])
    expect(doc.root.elements["channel/item/title"].text).to eq("Caf crme")
  end

  it "dates items and the channel in RFC 822 with a four-digit year, in UTC" do
    paris = Time.new(2026, 11, 2, 10, 30, 0, "+01:00")
    doc = parse([item(published_at: paris), item(guid: "https://forum.example/forum/t/13",
                                                 published_at: Time.utc(2026, 10, 1))])
    dates = doc.root.get_elements("channel/item/pubDate").map(&:text)
    expect(dates).to eq(["Mon, 02 Nov 2026 09:30:00 +0000", "Thu, 01 Oct 2026 00:00:00 +0000"])
    dates.each { |date| expect(date).to match(RFC_822) }
    expect(Time.rfc2822(dates.first)).to eq(paris)
    expect(doc.root.elements["channel/lastBuildDate"].text).to eq(dates.first)
  end

  it "gives each item an absolute link and a permalink guid of its own" do
    items = [
      item,
      item(guid: "https://forum.example/forum/t/13", link: "https://forum.example/forum/t/b/13"),
    ]
    doc = parse(items)
    entries = doc.root.get_elements("channel/item")
    guids = entries.map { |entry| entry.elements["guid"] }
    expect(guids.map(&:text).uniq.length).to eq(2)
    guids.each do |guid|
      expect(guid.attributes["isPermaLink"]).to eq("true")
      expect(URI(guid.text)).to be_absolute
    end
    entries.each { |entry| expect(URI(entry.elements["link"].text)).to be_absolute }
  end

  it "writes an empty feed without items or a build date, still valid" do
    doc = parse([])
    channel = doc.root.elements["channel"]
    expect(channel.get_elements("item")).to eq([])
    expect(channel.elements["lastBuildDate"]).to be_nil
    expect(names(channel)).to eq(%w[title link description language atom:link])
  end
end
