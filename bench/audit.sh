#!/usr/bin/env bash
# Auditing over a long history: replay, hash-chain verification, as-of plans, audit pages and the CSV export, on the
# real service with an embedded PostgreSQL. Argument: events per priority (default 100: 100,020 events in all).
# Writes target/bench/audit.{md,json}.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B install -DskipTests
mvn -q -B -pl app org.codehaus.mojo:exec-maven-plugin:3.6.4:java \
  -Dexec.classpathScope=test -Dexec.mainClass=io.throughline.bench.AuditBenchmark -Dexec.args="${1:-100}"
