#!/usr/bin/env bash
# Load benchmark: the whole pipeline end to end. Real 311 requests (NYC's four night hours, or Baltimore's sample by
# time of day) projected onto Chaoyang with their categories mapped, replayed at their real relative times divided
# by a speed-up, plus an optional synthetic surge, sent open-loop to intake's POST /api/v1/reports; every report
# followed on reports.received, reports.located and cases.events to its dispatch. Prints and writes
# var/bench/load.md (throughput, latency p50/p95/p99 per stage and acceptance → dispatched, errors, each process's
# resident memory) and var/bench/load.png.
#
#   deploy/bench/load.sh [--city nyc|baltimore] [--seconds 90] [--speed-up 200]
#                        [--surge-rate 0 --surge-from 30 --surge-seconds 30]
#                        [--warm-up-seconds 20] [--warm-up-rate 20] [--max-in-flight 2000] [--drain-seconds 60]
#                        [--seed 20261124] [--jfr] [--api-key KEY]
#                        [--attach [--intake-url http://localhost:8081] [--kafka localhost:9092] [--run-dir var/run]]
#
# Without --attach it starts the local stack as ./gridline up does, with its data under var/bench/stack (cleared
# first) and intake's rate limits off, and stops it at the end; the ports of ./gridline up must be free. --attach
# measures a running stack instead (its rate limits apply: GRIDLINE_INTAKE_LIMITS_ENABLED=false before ./gridline up).
# --jfr: every JVM of the stack records a JFR profile into var/bench/jfr/; load.md lists each one's hottest frames.
# --api-key (or GRIDLINE_API_KEY): sent as X-Api-Key with every request. Maven options: MAVEN_ARGS (e.g. -o).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"

attach=false
for argument in "$@"; do
  [ "$argument" = "--attach" ] && attach=true
done

if $attach; then
  echo "» Building the benchmark …"
  ./mvnw -B -q ${MAVEN_ARGS:-} -pl deploy/bench -am package -DskipTests
else
  echo "» Building the services, the local stack and the benchmark …"
  ./mvnw -B -q ${MAVEN_ARGS:-} -pl intake-service,grid-service,dispatch-service,notification-service,deploy/local-stack,deploy/bench -am package -DskipTests
fi

exec java -Xmx1g -Dlogback.configurationFile=city/gridline/bench/load/logback.xml -cp "deploy/bench/target/classes:deploy/bench/target/lib/*" city.gridline.bench.load.LoadBenchmark \
  --root "$root" --stack-classpath "$root/deploy/local-stack/target/classes:$root/deploy/local-stack/target/lib/*" \
  --out var/bench "$@"
