#!/usr/bin/env bash
# Point-in-cell look-up benchmark: the JTS STRtree baseline, the grid service's CellIndex (one point at a time and
# batched) and PostGIS, on layers of 5,000, 50,000 and 500,000 synthetic cells, 1 and 2 threads, plus the CellIndex's
# CPU time per look-up, single and batched alternately (--cpu-rounds rounds of 2 million look-ups), in this JVM and
# again in --forks fresh JVMs (0: none); every answer compared; results printed and written to
# var/bench/grid-lookup.md. Exits non-zero if any engine answers any point differently.
#
#   deploy/bench/grid-lookup.sh [--sizes 5000,50000,500000] [--points 100000] [--warm-up-seconds 3] [--seconds 3]
#                               [--rounds 3] [--cpu-rounds 11] [--forks 5] [--seed 20261123]
#
# Needs PostgreSQL with PostGIS; as root it installs Debian's packages when they are missing. It runs its own
# server, on 127.0.0.1 only, port $GRIDLINE_BENCH_PG_PORT (default 55432), data under var/bench/postgres (kept,
# so a rerun reuses loaded tables), stopped when the benchmark ends. Maven options: MAVEN_ARGS (e.g. -o).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"

pg_port="${GRIDLINE_BENCH_PG_PORT:-55432}"
pg_home="$root/var/bench/postgres"
pg_user=gridline
pg_database=gridline_bench

postgis_versions() {
  for control in /usr/share/postgresql/*/extension/postgis.control; do
    [ -e "$control" ] && basename "$(dirname "$(dirname "$control")")"
  done | sort -n
}

if [ -z "$(postgis_versions)" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "PostgreSQL with PostGIS is missing; install it (Debian: apt-get install postgresql postgis) or run as root." >&2
    exit 1
  fi
  echo "» Installing PostgreSQL and PostGIS (apt-get) …"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql postgis > /dev/null
fi
pg_version="$(postgis_versions | tail -n 1)"
pg_bin="/usr/lib/postgresql/$pg_version/bin"

# PostgreSQL refuses to run as root: as root, the server runs as the postgres user.
as_server_user() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

mkdir -p "$pg_home"
[ "$(id -u)" -eq 0 ] && chown postgres: "$pg_home"
if [ ! -f "$pg_home/data/PG_VERSION" ]; then
  echo "» Creating a PostgreSQL $pg_version cluster in $pg_home/data …"
  as_server_user "$pg_bin/initdb" -D "$pg_home/data" -U "$pg_user" --auth=trust -E UTF8 --no-locale > "$pg_home/initdb.log"
fi
if as_server_user "$pg_bin/pg_ctl" -D "$pg_home/data" status > /dev/null 2>&1; then
  echo "A server from an earlier run is still up; stopping it." >&2
  as_server_user "$pg_bin/pg_ctl" -D "$pg_home/data" -m fast -w stop > /dev/null
fi
# Loopback only, no Unix socket; durability off (the tables are rebuilt from the layer whenever they differ);
# shared buffers that hold the largest table and its index.
as_server_user "$pg_bin/pg_ctl" -D "$pg_home/data" -l "$pg_home/server.log" -w -o "-c port=$pg_port \
  -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c shared_buffers=768MB -c max_connections=20 \
  -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c jit=off" start > /dev/null
trap 'as_server_user "$pg_bin/pg_ctl" -D "$pg_home/data" -m fast -w stop > /dev/null' EXIT

psql=("$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U "$pg_user" -v ON_ERROR_STOP=1 -qtA)
if [ -z "$("${psql[@]}" -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$pg_database'")" ]; then
  "${psql[@]}" -d postgres -c "CREATE DATABASE $pg_database"
fi

echo "» Building the benchmark …"
./mvnw -B -q -pl deploy/bench -am package -DskipTests

# Huge pages for the heap (where the kernel offers them on request): with indexes of hundreds of megabytes read
# at random places, 4 KiB pages would add a page-table walk to most reads. The same for every engine.
java -Xms6g -Xmx6g -XX:+UseTransparentHugePages -cp "deploy/bench/target/classes:deploy/bench/target/lib/*" city.gridline.bench.GridLookupBenchmark \
  --jdbc "jdbc:postgresql://127.0.0.1:$pg_port/$pg_database?user=$pg_user" --out var/bench/grid-lookup.md "$@"
