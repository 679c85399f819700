#!/usr/bin/env bash
# Maillage global search benchmark: 200k resources + the other kinds as search documents on
# PostgreSQL, index rebuilt by the application, wrk against /recherche and /api/v1/search.
# See bench/README.md ("Global search").
#
#   bench/search/run.sh                      # fresh DB, generate, index, measure (~8 min)
#   SKIP_SETUP=1 bench/search/run.sh         # measure again on the same DB and index
#   RESOURCES=20000 DURATION=10s bench/search/run.sh
#
# Only talks to 127.0.0.1. Every wait has a timeout.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
DB="${DB:-maillage_bench_search}"
PGHOST_="${PGHOST_:-127.0.0.1}"
PGUSER_="${PGUSER_:-postgres}"
PORT="${PORT:-18081}"
RESOURCES="${RESOURCES:-200000}"
DURATION="${DURATION:-20s}"
WARMUP="${WARMUP:-15s}"
CONNS="${CONNS:-1}"
THREADS="${THREADS:-2}"
HEAP="${HEAP:-2g}"
SCENARIOS="${SCENARIOS:-search_page api_search}"
DATA_DIR="${DATA_DIR:-$ROOT/bench/results/data-search}"
RESULTS="$ROOT/bench/results"
STAMP="$(date +%Y-%m-%d-%H%M)"
OUT="$RESULTS/search-$STAMP.txt"
JAR="$ROOT/target/maillage-0.1.0-SNAPSHOT.jar"
BASE="http://127.0.0.1:$PORT"
mkdir -p "$RESULTS" "$DATA_DIR"

log() { echo "[$(date +%H:%M:%S)] $*" >&2; }
psql_() { psql -h "$PGHOST_" -U "$PGUSER_" -v ON_ERROR_STOP=1 -q "$@"; }

APP_PID=""
stop_app() {
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"
    for _ in $(seq 1 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
    kill -0 "$APP_PID" 2>/dev/null && kill -9 "$APP_PID"
  fi
  APP_PID=""
}
trap stop_app EXIT

start_app() {
  local logfile="$1" timeout="$2"
  SPRING_PROFILES_ACTIVE=postgres MAILLAGE_DB_URL="jdbc:postgresql://$PGHOST_:5432/$DB" \
    MAILLAGE_DB_USER="$PGUSER_" MAILLAGE_DEMO=false MAILLAGE_DATA_DIR="$DATA_DIR" PORT="$PORT" \
    MAILLAGE_BASE_URL="$BASE" \
    "$JAVA_HOME/bin/java" -Xms"$HEAP" -Xmx"$HEAP" -XX:+UseG1GC ${JAVA_OPTS:-} -jar "$JAR" >"$logfile" 2>&1 &
  APP_PID=$!
  local start=$SECONDS
  until grep -qE "Started .* in" "$logfile" 2>/dev/null; do
    kill -0 "$APP_PID" 2>/dev/null || { tail -50 "$logfile" >&2; log "application died"; exit 1; }
    (( SECONDS - start > timeout )) && { tail -30 "$logfile" >&2; log "timeout waiting for the start"; exit 1; }
    sleep 1
  done
}

# visitors see every public document once the index is rebuilt (SearchIndexer, on ApplicationReadyEvent,
# in id order: wait for all of them, not only the resources, or the measure overlaps the indexing)
api_total() {
  curl -s "$BASE/api/v1/search?size=1" | python3 -c 'import json,sys
try: print(json.load(sys.stdin).get("total", -1))
except Exception: print(-1)'
}
wait_indexed() {
  local timeout="$1" start=$SECONDS expected
  expected="$(psql_ -d "$DB" -At -c "SELECT count(*) FROM search_document WHERE everyone")"
  until [[ "$(api_total)" == "$expected" ]]; do
    kill -0 "$APP_PID" 2>/dev/null || { log "application died"; exit 1; }
    (( SECONDS - start > timeout )) && { log "timeout waiting for the index ($(api_total)/$expected)"; exit 1; }
    sleep 2
  done
}

if [[ ! -f "$JAR" ]]; then
  log "building the jar"
  ./mvnw -B -q -DskipTests -Dspring-javaformat.skip=true package
fi

GEN_LINE="(setup skipped)"
INDEX_LINE="(setup skipped)"
if [[ -z "${SKIP_SETUP:-}" ]]; then
  log "fresh database $DB"
  psql_ -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
  rm -rf "$DATA_DIR" && mkdir -p "$DATA_DIR"
  log "first start: schema and territories"
  start_app "$RESULTS/search-app-setup.log" 300
  for _ in $(seq 1 300); do
    [[ "$(psql_ -d "$DB" -At -c "SELECT count(*) FROM territory_dataset" 2>/dev/null)" -gt 0 ]] 2>/dev/null && break
    sleep 1
  done
  sleep 2
  stop_app
  log "generating search documents"
  GEN_LINE="$(python3 bench/search/generate.py --db "$DB" --host "$PGHOST_" --user "$PGUSER_" --resources "$RESOURCES")"
  log "$GEN_LINE"
  rm -rf "$DATA_DIR/index"
  log "second start: the application rebuilds the index from the table"
  T0=$SECONDS
  start_app "$RESULTS/search-app-index.log" 300
  wait_indexed 1200
  INDEX_LINE="JVM start to every public document searchable: $((SECONDS - T0)) s"
  log "$INDEX_LINE"
else
  start_app "$RESULTS/search-app-run.log" 300
  wait_indexed 1200
fi

python3 bench/search/paths.py --out "$RESULTS/search-paths" >&2
log "warm-up"
for s in $SCENARIOS; do
  PATHS="$RESULTS/search-paths/$s.txt" wrk -t1 -c2 -d"$WARMUP" -s bench/wrk/paths.lua "$BASE" >/dev/null
done

DOCS="$(psql_ -d "$DB" -At -c "SELECT string_agg(type || ' ' || n, ', ' ORDER BY n DESC) FROM (SELECT type, count(*) n FROM search_document GROUP BY type) t")"
{
  echo "# Maillage global search benchmark $STAMP"
  echo "# commit $(git rev-parse --short HEAD), documents: $DOCS; $(nproc) cores, heap $HEAP"
  echo "# generation: $GEN_LINE"
  echo "# indexing:   $INDEX_LINE"
  echo "# machine load before measuring: $(cut -d' ' -f1-3 /proc/loadavg) (shared machine)"
  echo "# wrk -t$THREADS -d$DURATION, no cookies (visitors), Accept-Encoding: gzip, latencies in ms"
  printf "%-18s %5s %9s %8s %8s %8s %8s %7s\n" scenario conns "req/s" p50 p95 p99 max errors
} | tee "$OUT"
for c in $CONNS; do
  t=$(( c < THREADS ? c : THREADS ))
  for s in $SCENARIOS; do
    line="$(PATHS="$RESULTS/search-paths/$s.txt" wrk -t"$t" -c"$c" -d"$DURATION" --timeout 10s -s bench/wrk/paths.lua "$BASE" | grep '^RESULT')"
    eval "$(echo "$line" | sed 's/^RESULT //; s/\([a-z0-9]*\)=/local_\1=/g')"
    printf "%-18s %5s %9s %8s %8s %8s %8s %7s\n" "$s" "$c" "$local_rps" "$local_p50" "$local_p95" "$local_p99" \
      "$local_max" "$((local_non2xx + local_sockerr))" | tee -a "$OUT"
  done
done
log "results saved to $OUT"
stop_app
