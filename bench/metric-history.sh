#!/usr/bin/env bash
# History growth benchmark: RecordMetric latency with 10, 1,000 and 100,000 past readings (snapshots and cache on),
# on the real service with an embedded PostgreSQL. Takes a few minutes; writes target/bench/metric-history.{md,json}.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B install -DskipTests
mvn -q -B -pl app org.codehaus.mojo:exec-maven-plugin:3.6.4:java \
  -Dexec.classpathScope=test -Dexec.mainClass=io.throughline.bench.MetricHistoryBenchmark
