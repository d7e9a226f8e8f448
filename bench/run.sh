#!/usr/bin/env bash
# The service's figures for issue 10, each beside its baseline from the same run: start-up to healthy, command
# throughput and latency over HTTP (32 clients with personal access tokens) against raw JDBC inserts into the same
# PostgreSQL, projection lag under that load, and peak RSS. Arguments: seconds of measured load (default 30), clients
# (default 32), then any service settings to try against the production ones (such as
# --spring.datasource.hikari.maximum-pool-size=40). Runs the service in a JVM of its own, with the Dockerfile's JVM
# options, on the embedded PostgreSQL in a fresh data directory; writes target/bench/run.{md,json}.
# Takes about 2 × (SECONDS + warm-up) + 40 s.
set -euo pipefail
cd "$(dirname "$0")/.."
# Compiles in this working tree only (no install): each module's classpath lands in its target/bench.classpath.
mvn -q -B -pl app -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError \
  -cp "app/target/test-classes:app/target/classes:$(cat app/target/bench.classpath)" \
  io.throughline.bench.BenchSuite "${1:-30}" "${2:-32}" "${@:3}"
