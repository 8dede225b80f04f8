# frozen_string_literal: true

require "json"
require "time"
require_relative "support"

RSpec.describe DiscourseJobBoard::JobPostingJsonLd do
  let(:posting) do
    {
      "state" => "open",
      "title" => "Développeur·se full-stack",
      "description" => "<p>Rejoignez l'équipe.</p>",
      "url" => "https://forum.example/t/dev/12",
      "posted_at" => Time.utc(2026, 11, 1, 9),
      "valid_through" => Time.new(2026, 12, 31, 23, 59, 59, "+01:00"),
      "organization" => "Forum de l'Incubateur",
      "role" => "developpement",
      "contracts" => %w[cdd freelance],
      "team" => "Incubateur des Territoires",
      "location" => "Paris",
      "remote" => "partial",
      "opens_at" => "2026-11-02",
    }
  end

  def parse(html)
    json = html[%r{\A<script type="application/ld\+json">(.*)</script>\z}m, 1]
    JSON.parse(json)
  end

  it "describes an open posting as Google's job search wants it" do
    data = parse(described_class.new.call(posting))
    expect(data).to include(
      "@type" => "JobPosting",
      "title" => "Développeur·se full-stack",
      "description" => "<p>Rejoignez l'équipe.</p>",
      "datePosted" => "2026-11-02",
      "validThrough" => "2026-12-31T23:59:59+01:00",
      "employmentType" => %w[TEMPORARY CONTRACTOR],
      "hiringOrganization" => { "@type" => "Organization", "name" => "Incubateur des Territoires" },
      "url" => "https://forum.example/t/dev/12",
      "directApply" => false,
    )
    expect(data.dig("jobLocation", "address")).to eq(
      "@type" => "PostalAddress",
      "addressLocality" => "Paris",
      "addressCountry" => "FR",
    )
    expect(data).not_to have_key("jobLocationType")
  end

  describe "baseSalary, as Google's JobPosting documents it" do
    def salary(pay)
      parse(described_class.new.call(posting.merge(pay)))["baseSalary"]
    end

    it "gives a yearly range in euros" do
      expect(salary("pay_min" => 45_000, "pay_max" => 55_000, "pay_period" => "year")).to eq(
        "@type" => "MonetaryAmount",
        "currency" => "EUR",
        "value" => {
          "@type" => "QuantitativeValue",
          "minValue" => 45_000,
          "maxValue" => 55_000,
          "unitText" => "YEAR",
        },
      )
    end

    it "gives a day rate as one value, and one end of a range alone" do
      expect(salary("pay_min" => 500, "pay_max" => 500, "pay_period" => "day")["value"]).to eq(
        "@type" => "QuantitativeValue", "value" => 500, "unitText" => "DAY",
      )
      expect(salary("pay_max" => 3000, "pay_period" => "month")["value"]).to eq(
        "@type" => "QuantitativeValue", "maxValue" => 3000, "unitText" => "MONTH",
      )
      expect(salary("pay_min" => 38_000, "pay_period" => "year")["value"]).to eq(
        "@type" => "QuantitativeValue", "minValue" => 38_000, "unitText" => "YEAR",
      )
    end

    it "leaves out pay the posting does not state, or states wrongly" do
      expect(salary({})).to be_nil
      expect(salary("pay_min" => 45_000)).to be_nil
      expect(salary("pay_period" => "year")).to be_nil
      expect(salary("pay_min" => 55_000, "pay_max" => 45_000, "pay_period" => "year")).to be_nil
      expect(salary("pay_min" => "45000", "pay_period" => "week")).to be_nil
    end
  end

  it "marks a fully remote posting as telecommuting from France" do
    data = parse(described_class.new.call(posting.merge("remote" => "full", "location" => nil)))
    expect(data["jobLocationType"]).to eq("TELECOMMUTE")
    expect(data["applicantLocationRequirements"]).to eq("@type" => "Country", "name" => "France")
    expect(data).not_to have_key("jobLocation")
  end

  it "names the région of the posting's place beside its city, in France" do
    data = parse(described_class.new.call(posting.merge("location" => "Lyon", "place" => "dep-69")))
    expect(data.dig("jobLocation", "address")).to eq(
      "@type" => "PostalAddress",
      "addressLocality" => "Lyon",
      "addressRegion" => "Auvergne-Rhône-Alpes",
      "addressCountry" => "FR",
    )
    data = parse(described_class.new.call(posting.merge("location" => nil, "place" => "reg-53")))
    expect(data.dig("jobLocation", "address")).to eq(
      "@type" => "PostalAddress", "addressRegion" => "Bretagne", "addressCountry" => "FR",
    )
  end

  it "claims no country for a posting abroad, and no place when none is written" do
    abroad = posting.merge("location" => "Lisbonne", "place" => "abroad", "remote" => "none")
    expect(parse(described_class.new.call(abroad)).dig("jobLocation", "address")).to eq(
      "@type" => "PostalAddress", "addressLocality" => "Lisbonne",
    )
    data = parse(described_class.new.call(abroad.merge("location" => nil)))
    expect(data).not_to have_key("jobLocation")
  end

  it "keeps a fully remote posting's office beside its telecommuting" do
    remote = posting.merge("remote" => "full", "location" => nil, "place" => "dep-33")
    data = parse(described_class.new.call(remote))
    expect(data["jobLocationType"]).to eq("TELECOMMUTE")
    expect(data["applicantLocationRequirements"]).to eq("@type" => "Country", "name" => "France")
    expect(data.dig("jobLocation", "address")).to eq(
      "@type" => "PostalAddress", "addressRegion" => "Nouvelle-Aquitaine", "addressCountry" => "FR",
    )
  end

  it "falls back to the topic's date and the site's name" do
    data = parse(described_class.new.call(posting.merge("opens_at" => nil, "team" => " ")))
    expect(data["datePosted"]).to eq("2026-11-01T09:00:00Z")
    expect(data.dig("hiringOrganization", "name")).to eq("Forum de l'Incubateur")
  end

  %w[expired filled closed].each do |state|
    it "publishes nothing for a #{state} posting" do
      expect(described_class.new.call(posting.merge("state" => state))).to be_nil
    end
  end

  it "cannot be closed or broken by the values it carries" do
    hostile = "</script><script>alert(1)</script><!-- & \u2028\u2029"
    html = described_class.new.call(posting.merge("title" => hostile, "team" => hostile))
    inner = html.delete_prefix('<script type="application/ld+json">').delete_suffix("</script>")

    expect(inner).not_to include("<", ">", "&", "\u2028", "\u2029")
    expect(parse(html)["title"]).to eq(hostile)
  end
end
