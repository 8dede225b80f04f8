# frozen_string_literal: true

module DiscourseJobBoard
  # The words of job_q and of a posting, folded alike before PostgreSQL's
  # `french` text search sees them: case and accents dropped, inclusive
  # writing and feminine forms brought to one word, so « développeur » finds
  # « Développeur·se » and « developpeuse ». Done in Ruby, as core's own
  # search strips diacritics in Ruby (core: lib/search.rb
  # Search.strip_diacritics), because core enables no `unaccent` extension.
  # The folding follows the pure core's foldInclusive
  # (assets/javascripts/discourse/lib/posting/text.ts). Plain Ruby.
  module SearchText
    # A posting's text to index is capped: the words that find a posting are
    # in its first screens, and a tsvector has a size limit.
    MAX_CHARS = 20_000
    MAX_QUERY_WORDS = 8
    MAX_QUERY_CHARS = 200
    MARKS = /\p{Mn}/
    # « développeur·se », « chargé.e », « chargé-e », « salarié(e)s »: the
    # short ending after a separator is the feminine one, dropped.
    INCLUSIVE = /(\p{L})(?:[·‧•⋅∙.\-]\p{L}{1,4}){1,2}(?!\p{L})/
    PARENS = /(\p{L})\(\p{L}{1,5}\)/
    # Feminine endings to the masculine one, on whole words: both sides are
    # folded alike, so a word this changes wrongly still finds itself.
    ENDINGS = [[/euses?\z/, "eur"], [/rices?\z/, "eur"], [/eures?\z/, "eur"], [/ees?\z/, "e"]]
      .freeze

    # Folded words of a text, joined by spaces: what to_tsvector reads.
    def self.document(*parts)
      words(parts.compact.join("\n")[0, MAX_CHARS]).join(" ")
    end

    def self.words(text)
      folded = text.to_s.unicode_normalize(:nfkd).gsub(MARKS, "").downcase
      folded = folded.gsub(PARENS, '\1').gsub(INCLUSIVE, '\1')
      folded.scan(/[a-z0-9]+/).map { |word| fold_ending(word) }
    end

    def self.fold_ending(word)
      return word if word.length < 5
      ENDINGS.each { |(pattern, ending)| return word.sub(pattern, ending) if word.match?(pattern) }
      word
    end

    # Whether the words (a query's text) are in at least one posting in
    # COMMON_SHARE: then ListFilter walks the board's newest topics, which
    # finds a page of them sooner than fetching every match (5,000 of 20k:
    # 44 ms, bench/sql/run.rb). One count of the index's matches, stopped at
    # that share of the table's size as the planner knows it (reltuples).
    # A prefix query's estimate is the planner's default when the words'
    # statistics hold fewer than 100 lexemes (ts_selfuncs.c), so it cannot
    # make that choice itself. A table never analyzed (reltuples -1) has
    # no common words: gathering is the safe way on a forum of any size.
    COMMON_SHARE = 8
    COMMON_SQL = <<~SQL
      SELECT COUNT(*) >= c.cap AS common
      FROM (SELECT GREATEST(CAST(reltuples / :share AS bigint), 1) AS cap FROM pg_class
            WHERE oid = CAST('job_board_search' AS regclass) AND reltuples > 0) c,
      LATERAL (SELECT 1 FROM job_board_search js
               WHERE js.search_data @@ to_tsquery('french', :job_board_query)
               LIMIT c.cap) m
      GROUP BY c.cap
    SQL

    def self.common?(query)
      return false if query.nil?
      DB.query_single(COMMON_SQL, share: COMMON_SHARE, job_board_query: query).first == true
    end

    # job_q as the to_tsquery text (bound, never interpolated): every word,
    # as a prefix; nil when it holds no word. Only [a-z0-9] reach it, so the
    # user cannot write tsquery operators.
    def self.query(raw)
      words = words(raw.to_s[0, MAX_QUERY_CHARS]).uniq.first(MAX_QUERY_WORDS)
      words.empty? ? nil : words.map { |word| "#{word}:*" }.join(" & ")
    end
  end
end
