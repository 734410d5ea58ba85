#!/usr/bin/env bash
# Dispatch benchmark: dispatch decisions per second and the latency from reports.located to the case's dispatch on
# cases.events, next to the bare Kafka hop on the same broker, in one run; results printed and written to
# var/bench/dispatch.md, the service's log to var/bench/dispatch-service.log.
#
#   deploy/bench/dispatch.sh [--events 1000] [--rate 10] [--seconds 30] [--warm-up 300] [--seed 20261123]
#
# --events: events of each saturation phase (bare hop: sync send, async send; dispatch: located reports published
# at once); --rate and --seconds: the fixed-rate phase of each path (sync send, as the services send), for latency;
# --warm-up: events sent and answered before each path is measured. The defaults finish in about 3 minutes on 2
# cores; the fixed rate must stay below dispatch's capacity (the saturation row), or its latency is queueing. One JVM holds an embedded KRaft broker, an in-memory mongo-java-server and the dispatch service;
# GRIDLINE_BENCH_MONGO_URI=mongodb://… uses that MongoDB instead (a new database per run). JFR: set
# GRIDLINE_BENCH_JFR=1 to record var/bench/dispatch.jfr. Maven options: MAVEN_ARGS (e.g. -o).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"

echo "» Building the benchmark …"
./mvnw -B -q -pl deploy/bench -am package -DskipTests

mkdir -p var/bench/tmp
jfr=()
if [ -n "${GRIDLINE_BENCH_JFR:-}" ]; then
  jfr=(-XX:StartFlightRecording=filename=var/bench/dispatch.jfr,settings=profile)
fi
# The broker writes its log directories under java.io.tmpdir.
java -Xms1g -Xmx1g -Djava.io.tmpdir="$root/var/bench/tmp" "${jfr[@]}" \
  -cp "deploy/bench/target/classes:deploy/bench/target/lib/*" city.gridline.bench.DispatchBenchmark \
  --out var/bench/dispatch.md "$@"
