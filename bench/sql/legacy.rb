# frozen_string_literal: true

# The board's SQL before job_board_postings (main at e2d90a1:
# lib/discourse_job_board/list_filter.rb and facet_counts.rb), kept here only
# so the benchmark can measure the new SQL against it in the same run. The
# list conditions are those ListFilter built; the counts are the four queries
# FacetCounts ran through ActiveRecord (Topic.secured.listable_topics ...,
# then a GROUP BY for roles, FILTER aggregates for contracts and states, and
# the total), written out as the SQL ActiveRecord sent. Brought to issue 12's
# rule so the rows still compare: open also waits for the opening day, and
# "closed" is the closed state alone (status closed or topic closed, not
# filled), as the custom-field SQL would have had to write them.
module LegacyBoardSql
  IS_POSTING = <<~SQL
    EXISTS (SELECT 1 FROM topic_custom_fields jb_posting
            WHERE jb_posting.topic_id = topics.id AND jb_posting.name = 'job_role')
  SQL

  ROLE = <<~SQL
    EXISTS (SELECT 1 FROM topic_custom_fields jb_role
            WHERE jb_role.topic_id = topics.id AND jb_role.name = 'job_role'
              AND jb_role.value IN (:roles))
  SQL

  OPEN = <<~SQL
    NOT topics.closed
    AND NOT EXISTS (SELECT 1 FROM topic_custom_fields jb_status
                    WHERE jb_status.topic_id = topics.id AND jb_status.name = 'job_status'
                      AND jb_status.value IN ('filled', 'closed'))
    AND NOT EXISTS (SELECT 1 FROM topic_custom_fields jb_closes
                    WHERE jb_closes.topic_id = topics.id AND jb_closes.name = 'job_closes_at'
                      AND jb_closes.value ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'
                      AND jb_closes.value < :today)
    AND NOT EXISTS (SELECT 1 FROM topic_custom_fields jb_opens
                    WHERE jb_opens.topic_id = topics.id AND jb_opens.name = 'job_opens_at'
                      AND jb_opens.value ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'
                      AND jb_opens.value > :today)
  SQL

  CLOSED = <<~SQL
    (topics.closed OR EXISTS (SELECT 1 FROM topic_custom_fields jb_status
                              WHERE jb_status.topic_id = topics.id
                                AND jb_status.name = 'job_status' AND jb_status.value = 'closed'))
    AND NOT EXISTS (SELECT 1 FROM topic_custom_fields jb_filled
                    WHERE jb_filled.topic_id = topics.id AND jb_filled.name = 'job_status'
                      AND jb_filled.value = 'filled')
  SQL

  def self.like(code)
    "%\"#{code}\"%"
  end

  def self.contracts(codes, prefix = "c")
    matches = codes.each_index.map { |i| "jb_contracts.value LIKE :#{prefix}#{i} ESCAPE '\\'" }
    sql = <<~SQL
      EXISTS (SELECT 1 FROM topic_custom_fields jb_contracts
              WHERE jb_contracts.topic_id = topics.id AND jb_contracts.name = 'job_contracts'
                AND (#{matches.join(" OR ")}))
    SQL
    [sql, codes.each_with_index.to_h { |code, i| [:"#{prefix}#{i}", like(code)] }]
  end

  # [[sql, binds]] as ListFilter#conditions built them.
  def self.conditions(roles: [], contracts: [], status: nil, today:)
    postings_only = roles.any? || contracts.any? || status == "closed"
    found = []
    found << [IS_POSTING, {}] if postings_only
    found << [ROLE, { roles: roles }] if roles.any?
    found << contracts(contracts) if contracts.any?
    if status
      sql =
        if status == "open"
          postings_only ? OPEN : "(NOT #{IS_POSTING}) OR (#{OPEN})"
        else
          CLOSED
        end
      found << [sql, { today: today }]
    end
    found
  end

  # The four count queries, over the board's base scope `base_where`.
  def self.count_queries(base_where, vocabulary, roles: [], contracts: [], status: nil, today:)
    scope = ->(conds) do
      where = conds.map { |(sql, _)| "AND (#{sql})" }.join(" ")
      from = "FROM topics WHERE #{base_where} AND #{IS_POSTING} #{where}"
      [from, conds.map(&:last).reduce({}, :merge)]
    end
    without_role = conditions(contracts: contracts, status: status, today: today)
    without_contract = conditions(roles: roles, status: status, today: today)
    without_status = conditions(roles: roles, contracts: contracts, today: today)
    all = conditions(roles: roles, contracts: contracts, status: status, today: today)

    role_from, role_binds = scope.call(without_role)
    role_join = <<~SQL.squish
      FROM topics JOIN topic_custom_fields jb_role_count
        ON jb_role_count.topic_id = topics.id AND jb_role_count.name = 'job_role'
    SQL
    contract_from, contract_binds = scope.call(without_contract)
    columns =
      vocabulary.contract_codes.each_with_index.map do |code, i|
        sql, binds = contracts([code], "n#{i}_")
        contract_binds.merge!(binds)
        "COUNT(*) FILTER (WHERE #{sql})"
      end
    status_from, status_binds = scope.call(without_status)
    all_from, all_binds = scope.call(all)
    [
      [<<~SQL, role_binds],
        SELECT jb_role_count.value, COUNT(*) #{role_from.sub("FROM topics", role_join)}
        GROUP BY jb_role_count.value
      SQL
      ["SELECT #{columns.join(", ")} #{contract_from}", contract_binds],
      ["SELECT COUNT(*) FILTER (WHERE #{OPEN}), COUNT(*) #{status_from}",
       status_binds.merge(today:)],
      ["SELECT COUNT(*) #{all_from}", all_binds],
    ]
  end
end
