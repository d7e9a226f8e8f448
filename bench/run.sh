#!/usr/bin/env bash
# The service's figures for issue 10, each beside its baseline from the same run, in target/bench/run.{md,json}:
#  6. start-up to healthy;
#  1. command throughput and latency over HTTP (CLIENTS clients with personal access tokens) against raw JDBC inserts
#     into the same PostgreSQL, and 3. projection lag under that load;
#     the commands' ceilings: the same clients' status reports refused at their first field and by the aggregate;
#  then a long history appended straight to the event log (10,000 priorities over a year, 1,000,000 metric values:
#  about 1.14 million events) with the projections stopped, on which:
#  4. replay: the projections' catch-up over it, a rebuild of all three, against a raw JDBC read and deserialisation
#     of the same rows, and the rebuild's ceiling: processors that only deserialise, six at once and one alone;
#  5. query latency: team dashboard, company roll-up, priority history, plan and company roll-up as of an instant of
#     the year; and the auditors' reads (chain verification, an audit page, the CSV export; no target);
#  2. history growth: RecordMetric on metrics with 10, 1,000 and 100,000 past readings;
#  6. peak RSS of the service alone, under the Dockerfile's memory ceiling: the service in a JVM of its own as the
#     image starts it, on the run's database, doing the load, a rebuild through the admin API, the reads and the
#     auditors' reads again (the bench's own JVM's peak beside it).
# Arguments: seconds of measured load (default 30), clients (default 32), then any service settings to try against the
# production ones (such as --spring.datasource.hikari.maximum-pool-size=40) and any of these sizes (defaults shown):
#   --bench.warm-up=S               seconds of load before the measured SECONDS (default SECONDS/3, 2 to 10)
#   --bench.priorities=10000        priorities in the long history (100 per team, 25 a quarter)
#   --bench.metric-values=1000000   metric values in it, history growth's included (10 weekly KPIs per team)
#   --bench.history=10,1000,100000  past readings of history growth's metrics
#   --bench.history-commands=300    commands measured per history size, after --bench.history-warm-up=200 rounds
#   --bench.cold-loads=3            commands on the largest metric without snapshot or cache, for contrast
#   --bench.query-samples=200       requests per query, after a tenth as many unmeasured
#   --bench.rebuild-limit=900       seconds the rebuild may take before it is reported unfinished
#   --bench.replay-endpoint=false   true: then also replay dashboard and audit through the admin API (as long again)
# Runs the service in a JVM of its own, with the Dockerfile's JVM options but a heap of 384 MB (the load generator, the
# seeding and the tests' class path share that JVM with the service; the Dockerfile's own ceiling is the service
# alone's, section 6), on the embedded PostgreSQL in a fresh data directory; for start-up and the service alone, in
# further JVMs as the image starts it. The first sections take about 2 × (SECONDS + warm-up) + 40 s; the long
# history's, mostly the rebuild, far longer at full size, and the service alone as long again (its load, a rebuild,
# the reads): see the report's own timings.
set -euo pipefail
cd "$(dirname "$0")/.."
# Compiles in this working tree only (no install): each module's classpath lands in its target/bench.classpath.
./mvnw -q -B -pl app -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath
# The Dockerfile's MALLOC_ARENA_MAX (how many arenas glibc's malloc may keep), part of what the ceiling bounds.
export MALLOC_ARENA_MAX="$(sed -n 's/^ENV MALLOC_ARENA_MAX=\(.*\)$/\1/p' Dockerfile)"
# The Dockerfile's JAVA_TOOL_OPTIONS, word by word; the heap after them is this JVM's, which holds more than the service.
read -r -a jvm_options <<< "$(sed -n 's/^ENV JAVA_TOOL_OPTIONS="\(.*\)"$/\1/p' Dockerfile)"
exec java "${jvm_options[@]}" -Xmx384m \
  -cp "app/target/test-classes:app/target/classes:$(cat app/target/bench.classpath)" \
  io.throughline.bench.BenchSuite "${1:-30}" "${2:-32}" "${@:3}"
