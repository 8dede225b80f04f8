# frozen_string_literal: true

require_relative "feed_support"

RSpec.describe DiscourseJobBoard::FeedChannel do
  def channel(locale, filter, status: "open", words: nil)
    described_class.new(
      items_builder: FeedSpecSupport.items_builder(locale),
      t: FeedSpecSupport.t(locale),
    ).call(
      category_name: "Emplois",
      site_title: "Forum de l’Incubateur",
      link: "https://forum.example/forum/c/emplois/5",
      self_url: "https://forum.example/forum/job-board/feed.rss?category_id=5",
      language: locale.to_s,
      items: [],
      filter: filter,
      status: status,
      words: words,
    )
  end

  let(:filter) do
    DiscourseJobBoard::ListFilter.new(
      roles: %w[design],
      contracts: %w[freelance],
      place: "reg-53",
      remote: "full",
      status: "open",
    )
  end

  it "names the board and every filter in its title and description, so feeds read apart" do
    result = channel(:fr, filter, words: " data ")
    filters = "ouvertes, Design, Freelance / indépendant·e, Bretagne, télétravail complet, " \
      "mots «\u202Fdata\u202F»"
    expect(result.title).to eq("Emplois (#{filters}) – Forum de l’Incubateur")
    expect(result.description).to eq(
      "Offres d’emploi de la catégorie «\u202FEmplois\u202F» sur Forum de l’Incubateur\u00A0: " \
        "#{filters}. Le flux ne montre que ce que voit une personne sans compte.",
    )
    expect(result.language).to eq("fr")
  end

  it "says every state and abroad in English" do
    all = DiscourseJobBoard::ListFilter.new(place: "abroad")
    expect(channel(:en, all, status: "all").title).to eq(
      "Emplois (any state, Abroad) – Forum de l’Incubateur",
    )
  end
end
