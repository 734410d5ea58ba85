#!/usr/bin/env bash
# Intake benchmark: accept throughput and latency p50/p99 of POST /api/v1/reports at saturation (many closed-loop
# clients, distinct tickets, places far apart so nothing merges) next to the bare Kafka producer's throughput with
# the same durability (acks=all, idempotence, one synchronous send per call), in one run on one embedded KRaft
# broker with an in-memory mongo-java-server; intake runs as its executable jar in its own process. Results printed
# and written to var/bench/intake.md.
#
#   deploy/bench/intake.sh [--clients 64] [--warm-up-seconds 15] [--seconds 30] [--intake-jvm '-XX:+FlightRecorder …']
#
# Maven options: MAVEN_ARGS (e.g. -o). To profile intake: --intake-jvm '-XX:StartFlightRecording=filename=var/bench/intake.jfr,settings=profile'
# then `jfr print --events jdk.ExecutionSample var/bench/intake.jfr`.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"

echo "» Building intake and the benchmark …"
./mvnw -B -q ${MAVEN_ARGS:-} -pl intake-service,deploy/bench -am package -DskipTests

jar="$(ls intake-service/target/intake-service-*-exec.jar | head -n 1)"
mkdir -p var/bench/tmp
GRIDLINE_IT_INFRASTRUCTURE=embedded java -Xmx1g -Djava.io.tmpdir="$root/var/bench/tmp" \
  -cp "deploy/bench/target/classes:deploy/bench/target/lib/*" city.gridline.bench.IntakeBenchmark \
  --jar "$jar" --out var/bench/intake.md "$@"
