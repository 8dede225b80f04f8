# frozen_string_literal: true

require "json"
require "time"

module DiscourseJobBoard
  # schema.org JobPosting JSON-LD for a posting's crawler page (Google's job
  # search: title, description, datePosted, hiringOrganization, jobLocation or
  # jobLocationType TELECOMMUTE with applicantLocationRequirements; validThrough,
  # employmentType and directApply recommended). Plain Ruby: the Discourse side
  # gathers the values (CrawlerJobPosting), this builds and escapes the tag.
  class JobPostingJsonLd
    COUNTRY = "France"
    COUNTRY_CODE = "FR"
    MAX_DESCRIPTION = 50_000

    # JSON is safe inside <script> once "<", ">" and "&" cannot close the tag
    # or start a comment, and U+2028/U+2029 cannot end a JavaScript line.
    ESCAPES = {
      "<" => "\\u003c",
      ">" => "\\u003e",
      "&" => "\\u0026",
      "\u2028" => "\\u2028",
      "\u2029" => "\\u2029",
    }.freeze

    def self.escape_json(json)
      json.gsub(/[<>&\u2028\u2029]/, ESCAPES)
    end

    def initialize(vocabulary = Vocabulary.default)
      @vocabulary = vocabulary
    end

    # posting: the wire fields plus
    #   state        (PostingStatus state; none is built unless "open"),
    #   title, description (HTML of the first post), url,
    #   posted_at    (Time or Date the topic was created),
    #   valid_through (Time: end of the closing day in Europe/Paris, or nil),
    #   organization (fallback name of the hiring organization, e.g. the site).
    # Returns the <script> tag, or nil when no JobPosting should be published.
    def call(posting)
      data = document(posting.transform_keys(&:to_s))
      return nil if data.nil?
      %(<script type="application/ld+json">#{self.class.escape_json(JSON.generate(data))}</script>)
    end

    def document(posting)
      return nil unless posting["state"] == "open"
      title = text(posting["title"])
      description = text(posting["description"])
      return nil if title.nil? || description.nil?

      data = {
        "@context" => "https://schema.org/",
        "@type" => "JobPosting",
        "title" => title,
        "description" => description[0, MAX_DESCRIPTION],
        "datePosted" => date_posted(posting),
        "hiringOrganization" => {
          "@type" => "Organization",
          "name" => text(posting["team"]) || text(posting["organization"]),
        }.compact,
      }
      add_validity(data, posting)
      add_place(data, posting)
      add_application(data, posting)
      add_pay(data, posting)
      data.compact
    end

    private

    def text(value)
      return nil if value.nil?
      stripped = value.to_s.strip
      stripped.empty? ? nil : stripped
    end

    def date_posted(posting)
      opens = PostingStatus.parse_day(posting["opens_at"]) if posting["opens_at"].is_a?(String)
      return opens.iso8601 if opens
      posted = posting["posted_at"]
      posted.respond_to?(:iso8601) ? posted.iso8601 : text(posted)
    end

    def add_validity(data, posting)
      valid_through = posting["valid_through"]
      data["validThrough"] = valid_through.iso8601 if valid_through.respond_to?(:iso8601)
      types = @vocabulary.employment_types(posting["contracts"])
      data["employmentType"] = types.length == 1 ? types.first : types if types.any?
    end

    # Google's JobPosting: jobLocation, a Place whose PostalAddress names the
    # locality, the region and the ISO country; a fully remote job instead
    # (or as well, when it has an office) is jobLocationType TELECOMMUTE
    # with applicantLocationRequirements. The place code (Places) gives the
    # région's official name; abroad says nothing of the country, so none is
    # claimed, and a posting abroad with no place written has no jobLocation.
    def add_place(data, posting)
      remote = posting["remote"] == "full"
      address = postal_address(text(posting["location"]), posting["place"], remote)
      data["jobLocation"] = { "@type" => "Place", "address" => address } if address
      return unless remote
      data["jobLocationType"] = "TELECOMMUTE"
      data["applicantLocationRequirements"] = { "@type" => "Country", "name" => COUNTRY }
    end

    def postal_address(location, place, remote)
      abroad = place == Places::ABROAD
      region = Places.entries[Places.region_of(place)]&.name if Places.place?(place)
      return nil if location.nil? && region.nil? && (remote || abroad)
      {
        "@type" => "PostalAddress",
        "addressLocality" => location,
        "addressRegion" => region,
        # Without a city, the country is still a place Google accepts.
        "addressCountry" => (COUNTRY_CODE if !abroad),
      }.compact
    end

    # Google's JobPosting baseSalary: a MonetaryAmount in euros whose
    # QuantitativeValue holds the range (minValue/maxValue, or one end), or
    # `value` for a single amount, per YEAR, MONTH or DAY. Only pay the
    # validator would accept is published (PayRules).
    PAY_UNITS = { "year" => "YEAR", "month" => "MONTH", "day" => "DAY" }.freeze

    def add_pay(data, posting)
      unit = PAY_UNITS[posting["pay_period"]]
      min, max = posting.values_at("pay_min", "pay_max").map { |v| PayRules.amount?(v) ? v : nil }
      return if unit.nil? || (min.nil? && max.nil?) || (min && max && min > max)
      value = { "@type" => "QuantitativeValue", "unitText" => unit }
      if min == max
        value["value"] = min
      else
        value["minValue"] = min
        value["maxValue"] = max
      end
      data["baseSalary"] = {
        "@type" => "MonetaryAmount",
        "currency" => "EUR",
        "value" => value.compact,
      }
    end

    # The apply link leaves the forum, so the application is not direct.
    def add_application(data, posting)
      data["url"] = text(posting["url"])
      data["directApply"] = false
    end
  end
end
