# frozen_string_literal: true

require "rexml/document"
require_relative "feed_support"

RSpec.describe DiscourseJobBoard::FeedItems do
  # Core's DB as FeedItems calls it, answering from rows of its own and
  # recording each query.
  class RecordingDb
    attr_reader :queries

    def initialize(fields:, posts:)
      @fields = fields
      @posts = posts
      @queries = []
    end

    def query_hash(sql, binds)
      @queries << [sql, binds]
      ids = binds[:topic_ids]
      rows = sql.include?("topic_custom_fields") ? @fields : @posts
      rows.select { |row| ids.include?(row["topic_id"]) }
    end
  end

  def topic(id, title = "Poste #{id}")
    described_class::Topic.new(
      id: id,
      title: title,
      relative_url: "/forum/t/poste-#{id}/#{id}",
      created_at: Time.utc(2026, 11, 1, 8) + id,
      category_name: "Emplois",
    )
  end

  def fields_rows(id, fields)
    fields.map { |name, value| { "topic_id" => id, "name" => "job_#{name}", "value" => value } }
  end

  let(:designer) do
    {
      "role" => "design",
      "contracts" => '["freelance","cdd"]',
      "team" => "Incubateur & Cie",
      "location" => "Bordeaux",
      "place" => "dep-33",
      "remote" => "partial",
      "closes_at" => "2026-12-31",
    }
  end

  it "reads a whole page of postings in two queries, whatever its length" do
    topics = (1..50).map { |id| topic(id) }
    db = RecordingDb.new(
      fields: topics.flat_map { |t| fields_rows(t.id, designer) },
      posts: topics.map { |t| { "topic_id" => t.id, "cooked" => "<p>Poste #{t.id}</p>" } },
    )
    items = FeedSpecSupport.items_builder.call(db, topics)
    expect(db.queries.length).to eq(2)
    expect(items.length).to eq(50)
    expect(items.map(&:title)).to eq(topics.map(&:title))
    expect(items.last.description_html).to include("<p>Poste 50</p>")
  end

  it "sums up the posting above its description, in French" do
    db = RecordingDb.new(fields: fields_rows(12, designer),
                         posts: [{ "topic_id" => 12, "cooked" => "<p>Rejoignez-nous.</p>" }])
    item = FeedSpecSupport.items_builder(:fr).call(db, [topic(12, "Designer·euse UX")]).first
    html = REXML::Document.new("<div>#{item.description_html}</div>")
    lines = html.get_elements("div/ul/li").map(&:text)
    expect(lines).to eq(
      [
        "Métier\u00A0: Design",
        "Contrat\u00A0: Freelance / indépendant·e, CDD / contractuel·le",
        "Équipe\u00A0: Incubateur & Cie",
        "Lieu\u00A0: Bordeaux (Gironde), télétravail partiel",
        "Candidatures jusqu’au 31/12/2026",
      ],
    )
    expect(html.elements["div/p"].text).to eq("Rejoignez-nous.")
    expect(item.link).to eq("https://forum.example/forum/t/poste-12/12")
    expect(item.guid).to eq("https://forum.example/forum/t/12")
    expect(item.categories).to eq(
      [[nil, "Emplois"], %w[job_role Design], ["job_contract", "Freelance / indépendant·e"],
       ["job_contract", "CDD / contractuel·le"]],
    )
  end

  it "says it in English too, and tells a posting without a closing date" do
    fields = designer.merge("closes_at" => nil, "location" => nil, "place" => "abroad",
                            "remote" => "full")
    db = RecordingDb.new(fields: fields_rows(3, fields.compact), posts: [])
    html = FeedSpecSupport.items_builder(:en).call(db, [topic(3)]).first.description_html
    expect(html).to include("<li>Role: Design</li>")
    expect(html).to include("<li>Place: Abroad, full remote work</li>")
    expect(html).to include("<li>No closing date</li>")
  end

  it "escapes what moderators wrote in the summary" do
    fields = { "role" => "data", "team" => %(<img src=x onerror="alert(1)"> & co) }
    db = RecordingDb.new(fields: fields_rows(4, fields), posts: [])
    html = FeedSpecSupport.items_builder.call(db, [topic(4)]).first.description_html
    expect(html).to include("Équipe\u00A0: &lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; co")
    expect(html).not_to include("<img")
  end

  it "gives a posting whose first post is hidden or deleted its summary alone" do
    db = RecordingDb.new(fields: fields_rows(5, designer), posts: [])
    html = FeedSpecSupport.items_builder.call(db, [topic(5)]).first.description_html
    expect(html).to start_with("<ul><li>Métier")
    expect(html).to end_with("</ul>\n")
    expect(described_class::POSTS_SQL).to include("NOT hidden", "deleted_at IS NULL")
  end

  it "makes the description's root-relative links and images absolute" do
    cooked = <<~HTML
      <p><a href="/forum/t/guide/3">guide</a> <a href="//cdn.example/x">cdn</a>
      <a href="https://ailleurs.example/a">ailleurs</a> <a href="mailto:rh@example.org">rh</a>
      <img src="/forum/uploads/a.png" srcset="/forum/uploads/a.png, /forum/uploads/b.png 2x"></p>
    HTML
    builder = FeedSpecSupport.items_builder
    html = builder.absolute_links(cooked)
    expect(html).to include('href="https://forum.example/forum/t/guide/3"')
    expect(html).to include('href="//cdn.example/x"')
    expect(html).to include('href="https://ailleurs.example/a"')
    expect(html).to include('href="mailto:rh@example.org"')
    expect(html).to include('src="https://forum.example/forum/uploads/a.png"')
    expect(html).to include(
      'srcset="https://forum.example/forum/uploads/a.png, ' \
      'https://forum.example/forum/uploads/b.png 2x"',
    )
  end

  it "asks nothing of the database for an empty page" do
    db = RecordingDb.new(fields: [], posts: [])
    expect(FeedSpecSupport.items_builder.call(db, [])).to eq([])
    expect(db.queries).to eq([])
  end
end
