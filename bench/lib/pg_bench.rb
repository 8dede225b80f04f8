# frozen_string_literal: true

# What the benchmark's Ruby scripts on PostgreSQL share (bench/sql, feed and
# follow, each run by bench/lib/pg-ruby.ts): a monotonic clock and medians,
# for modules that `extend BenchClock`, and connecting to a database an
# earlier run kept.
require_relative "../../test/pg/support"

module BenchClock
  def now
    Process.clock_gettime(Process::CLOCK_MONOTONIC)
  end

  def median(values)
    sorted = values.sort
    mid = sorted.length / 2
    sorted.length.odd? ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0
  end
end

module PgHarness
  # Connects to an existing database (the benchmarks keep their forums).
  def self.connect(database)
    ActiveRecord::Base.establish_connection(
      adapter: "postgresql", host: env("PGHOST"), port: env("PGPORT"), username: env("PGUSER"),
      database: database
    )
    Object.const_set(:DB, DBStandIn.new) unless Object.const_defined?(:DB)
    ActiveRecord::Base.connection.execute("SET client_min_messages TO warning")
  end
end
