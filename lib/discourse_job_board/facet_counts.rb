# frozen_string_literal: true

module DiscourseJobBoard
  # How many postings of a board the user can see, per role, contract, state,
  # place (région or abroad) and remote work, for the filter bar. Each facet
  # is counted with the other facets' filters applied and not its own, as
  # faceted search usually does; `total` has every filter. The words (job_q)
  # apply to every facet.
  #
  # One query over job_board_postings alone groups the board's rows by role,
  # state, closing soon, remote work, région and whether the place filter
  # holds, each group with its count under the contract filter and its count
  # per contract; the facets are summed from those groups here. Its cost is
  # one scan of the board's rows, never the forum's topics.
  class FacetCounts
    Group =
      Struct.new(:role, :state, :soon, :remote, :region, :place_ok, :matching, :contracts,
                 keyword_init: true)
    REMOTE_COUNTS = %w[none partial full].freeze
    REMOTE_WORK = %w[partial full].freeze
    # The région of a row, or abroad: what the places facet counts by. The
    # last code, as PostingTable writes a département then its région.
    REGION_SQL = StateSql.squish(<<~SQL)
      jb.place_codes[cardinality(jb.place_codes)]
    SQL

    # Either category and guardian (the counts endpoint), or what they come
    # to: category_ids, the board category and its subcategories the user may
    # read, and include_unlisted, whether they see unlisted topics.
    def initialize(
      filter:,
      category: nil,
      guardian: nil,
      category_ids: nil,
      include_unlisted: nil,
      vocabulary: Config.vocabulary,
      today: Config.today
    )
      @filter = filter
      @category_ids = category_ids || self.class.readable_category_ids(category, guardian)
      @include_unlisted =
        include_unlisted.nil? ? guardian.can_see_unlisted_topics? : include_unlisted
      @vocabulary = vocabulary
      @today = today.respond_to?(:iso8601) ? today.iso8601 : today.to_s
    end

    # As the category's topic list would show them: core's Category.secured
    # (app/models/category.rb) drops read-restricted subcategories the user
    # may not read.
    def self.readable_category_ids(category, guardian)
      Category.secured(guardian).where(id: Category.subcategory_ids(category.id)).pluck(:id)
    end

    # The places members filter on: the régions, then abroad.
    def self.place_codes
      @place_codes ||=
        (Places.entries.values.select { |e| e.kind == "region" }.map(&:code) + [Places::ABROAD])
          .freeze
    end

    def call
      sql, binds = self.sql
      tally(DB.query_hash(sql, binds))
    end

    # [sql, binds]: one row per group: `matching`, its postings under the
    # contract filter, and contract_<i>, its postings holding the
    # vocabulary's i-th contract.
    def sql
      contract_sql, binds = only(:contract).row_conditions(today: @today)
      words_sql, word_binds = only(:query).row_conditions(today: @today)
      binds.merge!(word_binds)
      columns = ["COUNT(*) FILTER (WHERE #{contract_sql}) AS matching"]
      @vocabulary.contract_codes.each_with_index do |code, index|
        binds[:"job_board_contract_#{index}"] = code
        columns << "COUNT(*) FILTER (WHERE CAST(:job_board_contract_#{index} AS varchar) " \
          "= ANY (jb.contracts)) AS contract_#{index}"
      end
      place_ok = "TRUE"
      if @filter.place
        place_ok = ListFilter::PLACE_SQL
        binds[:job_board_place] = @filter.place
      end
      sql = <<~SQL
        SELECT jb.role, #{StateSql::STATE} AS state, #{StateSql::SOON} AS soon,
               jb.remote, #{REGION_SQL} AS region, #{place_ok} AS place_ok,
               #{columns.join(",\n       ")}
        FROM job_board_postings jb
        WHERE jb.category_id IN (:job_board_category_ids) AND NOT jb.topic_deleted
        #{@include_unlisted ? "" : "AND jb.topic_visible"}
        #{@filter.hide_upcoming ? "AND NOT #{ListFilter::UPCOMING_SQL}" : ""}
        AND #{words_sql}
        GROUP BY 1, 2, 3, 4, 5, 6
      SQL
      [sql, binds.merge(job_board_category_ids: @category_ids, **StateSql.binds(@today))]
    end

    # The query's rows (string or symbol keys) as the endpoint's JSON.
    def tally(rows)
      counts = empty_counts
      rows.each { |row| add(counts, group(row)) }
      counts
    end

    private

    def group(row)
      get = ->(key) { row.key?(key) ? row[key] : row[key.to_sym] }
      truthy = ->(value) { [true, "t", "true"].include?(value) }
      Group.new(
        role: get.call("role"),
        state: get.call("state"),
        soon: truthy.call(get.call("soon")),
        remote: get.call("remote"),
        region: get.call("region"),
        place_ok: truthy.call(get.call("place_ok")),
        matching: get.call("matching").to_i,
        contracts:
          @vocabulary.contract_codes.each_index.map { |index| get.call("contract_#{index}").to_i },
      )
    end

    def status?(group, status)
      case status
      when nil then true
      when "closing_soon" then group.state == "open" && group.soon
      else group.state == status
      end
    end

    def remote?(group, remote)
      return true if remote.nil?
      remote == "full" ? group.remote == "full" : REMOTE_WORK.include?(group.remote)
    end

    # The place filter as place-filters.ts applies it: with full remote asked
    # for, a fully remote posting is anywhere.
    def place?(group, place, remote)
      place.nil? || group.place_ok || (remote == "full" && group.remote == "full")
    end

    def add(counts, group)
      f = @filter
      role = f.roles.empty? || f.roles.include?(group.role)
      status = status?(group, f.status)
      place = place?(group, f.place, f.remote)
      remote = remote?(group, f.remote)
      n = group.matching

      if status && place && remote && counts["roles"].key?(group.role)
        counts["roles"][group.role] += n
      end
      if role && status && place && remote
        @vocabulary.contract_codes.zip(group.contracts) do |code, count|
          counts["contracts"][code] += count
        end
        counts["total"] += n
      end
      add_states(counts, group, n) if role && place && remote
      add_places(counts, group, n) if role && status && remote
      add_remote(counts, group, n) if role && status
    end

    def add_states(counts, group, n)
      counts["states"].each_key do |key|
        counts["states"][key] += n if status?(group, key == "all" ? nil : key)
      end
    end

    # Each région (or abroad) counts what choosing it would show.
    def add_places(counts, group, n)
      if @filter.remote == "full" && group.remote == "full"
        counts["places"].each_key { |code| counts["places"][code] += n }
      elsif counts["places"].key?(group.region)
        counts["places"][group.region] += n
      end
    end

    # partial and full count what choosing them would show; none, the
    # postings without remote work (or not told) under the place filter.
    def add_remote(counts, group, n)
      place = @filter.place
      remote = counts["remote"]
      remote["none"] += n if !REMOTE_WORK.include?(group.remote) && place?(group, place, nil)
      remote["partial"] += n if remote?(group, "partial") && place?(group, place, "partial")
      remote["full"] += n if remote?(group, "full") && place?(group, place, "full")
    end

    # The filter keeping only one facet's condition.
    def only(facet)
      %i[role contract status place remote query].reject { |other| other == facet }
        .reduce(@filter) { |filter, other| filter.without(other) }
    end

    def empty_counts
      {
        "roles" => @vocabulary.role_codes.to_h { |code| [code, 0] },
        "contracts" => @vocabulary.contract_codes.to_h { |code| [code, 0] },
        "states" => PostingStatus::FILTERS.to_h { |code| [code, 0] },
        "places" => self.class.place_codes.to_h { |code| [code, 0] },
        "remote" => REMOTE_COUNTS.to_h { |code| [code, 0] },
        "total" => 0,
      }
    end
  end
end
