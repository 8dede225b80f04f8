# frozen_string_literal: true

# The Postgres suite's harness: a database of its own on the PostgreSQL that
# script/pg started (PGHOST/PGPORT/PGUSER), core's tables from
# core_schema.sql, the plugin's table made by running its own migration with
# Debian's ActiveRecord, and the plugin's plain-Ruby query builders.
require "pg"
require "active_record"
require "json"
require_relative "../../spec/plain/support"
require_relative "../../lib/discourse_job_board/posting_table"
require_relative "../../lib/discourse_job_board/facet_counts"
require_relative "../../lib/discourse_job_board/filter_term_options"

ActiveRecord::Migration.verbose = false
# Debian ships ActiveRecord 6.1; the migrations declare 7.2 as Discourse's
# Rails does. create_table, add_index and timestamps build the same DDL in
# both for what these migrations use, so 7.2 runs with 6.1's behaviour here.
unless ActiveRecord::Migration::Compatibility.const_defined?(:V7_2)
  ActiveRecord::Migration::Compatibility.const_set(:V7_2, ActiveRecord::Migration::Current)
end

module PgHarness
  ROOT = File.expand_path("../..", __dir__)
  MIGRATIONS =
    Dir[File.join(ROOT, "db/{migrate,post_migrate}/*.rb")].sort_by { |path| File.basename(path) }

  # Core's DB (lib/mini_sql_multisite_connection.rb, MiniSql) as the plugin
  # calls it: exec(sql, binds) and query_hash(sql, binds) with :name binds.
  # Here ActiveRecord's sanitize_sql_array substitutes them, as MiniSql does
  # (lists for IN, quoted strings); it leaves out MiniSql's multisite and
  # after_commit handling.
  class DBStandIn
    def exec(sql, binds = {})
      connection.exec_update(bound(sql, binds))
    end

    def query_hash(sql, binds = {})
      connection.select_all(bound(sql, binds)).to_a
    end

    def query_single(sql, binds = {})
      connection.select_rows(bound(sql, binds)).flatten
    end

    def bound(sql, binds)
      binds.empty? ? sql : ActiveRecord::Base.sanitize_sql_array([sql, binds])
    end

    def connection
      ActiveRecord::Base.connection
    end
  end

  def self.env(name)
    ENV.fetch(name) { raise "#{name} is not set: run the suite with script/test pg" }
  end

  def self.connect!(database)
    # A database cannot be dropped while this process still holds it.
    ActiveRecord::Base.connection_handler.clear_all_connections!
    admin =
      PG.connect(host: env("PGHOST"), port: env("PGPORT"), user: env("PGUSER"), dbname: "postgres")
    admin.exec("DROP DATABASE IF EXISTS #{admin.quote_ident(database)}")
    admin.exec("CREATE DATABASE #{admin.quote_ident(database)}")
    admin.close
    ActiveRecord::Base.establish_connection(
      adapter: "postgresql",
      host: env("PGHOST"),
      port: env("PGPORT"),
      username: env("PGUSER"),
      database: database,
    )
    Object.const_set(:DB, DBStandIn.new) unless Object.const_defined?(:DB)
    ActiveRecord::Base.connection.execute("SET client_min_messages TO warning")
  end

  def self.load_core_schema!
    ActiveRecord::Base.connection.execute(File.read(File.join(__dir__, "core_schema.sql")))
  end

  # The plugin's migrations, run as Discourse runs them (db/migrate, then
  # db/post_migrate), each class loaded from its own file.
  def self.migration(name)
    path = MIGRATIONS.find { |file| File.basename(file).sub(/\A\d+_/, "") == "#{name}.rb" }
    raise "no migration #{name}" unless path
    require path
    Object.const_get(name.split("_").map(&:capitalize).join)
  end

  def self.migrate!(direction = :up, only: nil)
    MIGRATIONS.each do |path|
      name = File.basename(path, ".rb").sub(/\A\d+_/, "")
      next if only && !only.include?(name)
      migration(name).new.migrate(direction)
    end
  end

  def self.select_values(sql, binds = {})
    ActiveRecord::Base.connection.select_values(DB.bound(sql, binds))
  end

  def self.select_all(sql, binds = {})
    DB.query_hash(sql, binds)
  end
end
