#!/usr/bin/env bash
# Maillage directory benchmark: 100k organisations on PostgreSQL, wrk against search, organisation
# page and map GeoJSON. See bench/README.md.
#
#   bench/run.sh                      # full run: fresh DB, generate, index, measure
#   COUNT=20000 DURATION=10s bench/run.sh
#   SKIP_SETUP=1 bench/run.sh         # reuse the DB and index of the previous run (measure only)
#   SKIP_SETUP=1 JAVA_OPTS=-Dspring.web.resources.chain.enabled=false bench/run.sh   # try a setting
#
# Only talks to 127.0.0.1 (PostgreSQL and the application). Bounded in time: every wait has a timeout.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
DB="${DB:-maillage_bench}"
PGHOST_="${PGHOST_:-127.0.0.1}"
PGUSER_="${PGUSER_:-postgres}"
PORT="${PORT:-18080}"
COUNT="${COUNT:-100000}"
DURATION="${DURATION:-20s}"
WARMUP="${WARMUP:-5s}"
CONNS="${CONNS:-1 8}"              # one pass per connection count
THREADS="${THREADS:-2}"
HEAP="${HEAP:-4g}"
SCENARIOS="${SCENARIOS:-search_text search_filters api_search org_page map_france_z6 map_region_z8 map_dep_z10 map_town_z14 map_filtered_z6}"
DATA_DIR="${DATA_DIR:-$ROOT/bench/data}"
RESULTS="$ROOT/bench/results"
STAMP="$(date +%Y-%m-%d-%H%M)"
OUT="$RESULTS/$STAMP.txt"
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

# start_app LOGFILE READY_PATTERN TIMEOUT_SECONDS: starts the jar, waits for the pattern in the log
# (the ApplicationRunners, e.g. mass indexing, run after the port is open) and for GET / = 200.
start_app() {
  local logfile="$1" pattern="$2" timeout="$3"
  SPRING_PROFILES_ACTIVE=postgres MAILLAGE_DB_URL="jdbc:postgresql://$PGHOST_:5432/$DB" \
    MAILLAGE_DB_USER="$PGUSER_" MAILLAGE_DEMO=false MAILLAGE_DATA_DIR="$DATA_DIR" PORT="$PORT" \
    MAILLAGE_BASE_URL="$BASE" \
    "$JAVA_HOME/bin/java" -Xms"$HEAP" -Xmx"$HEAP" -XX:+UseG1GC ${JAVA_OPTS:-} -jar "$JAR" >"$logfile" 2>&1 &
  APP_PID=$!
  local start=$SECONDS
  until grep -qE "$pattern" "$logfile" 2>/dev/null; do
    kill -0 "$APP_PID" 2>/dev/null || { tail -50 "$logfile" >&2; log "application died"; exit 1; }
    (( SECONDS - start > timeout )) && { tail -30 "$logfile" >&2; log "timeout waiting for: $pattern"; exit 1; }
    sleep 1
  done
  until [[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/")" == 200 ]]; do
    (( SECONDS - start > timeout )) && { log "timeout waiting for GET / = 200"; exit 1; }
    sleep 1
  done
}

# wait_indexed LOGFILE TIMEOUT: SearchIndexInitializer mass-indexes on ApplicationReadyEvent when the index is
# empty, while the port is already open, and logs nothing at the end: poll the API until visitors see
# every PUBLIC organisation. Sets INDEX_RESULT.
api_total() {
  curl -s "$BASE/api/v1/organisations?size=1" | python3 -c 'import json,sys
try: print(json.load(sys.stdin).get("total", -1))
except Exception: print(-1)'
}
wait_indexed() {
  local logfile="$1" timeout="$2" start=$SECONDS expected
  expected="$(psql_ -d "$DB" -At -c "SELECT count(*) FROM directory_organisation WHERE visibility = 'PUBLIC'")"
  local t_begin=""
  until [[ "$(api_total)" == "$expected" ]]; do
    [[ -z "$t_begin" ]] && grep -qE "Indexing [0-9]+ organisations" "$logfile" && t_begin=$SECONDS
    kill -0 "$APP_PID" 2>/dev/null || { tail -50 "$logfile" >&2; log "application died"; exit 1; }
    (( SECONDS - start > timeout )) && { log "timeout waiting for the index ($(api_total)/$expected)"; exit 1; }
    sleep 1
  done
  if [[ -n "$t_begin" ]]; then
    INDEX_RESULT="$(grep -oE "Indexing [0-9]+ organisations" "$logfile"): searchable after ~$((SECONDS - t_begin)) s"
  else
    INDEX_RESULT="index already complete ($expected public organisations)"
  fi
}

if [[ ! -f "$JAR" ]]; then
  log "building the jar"
  ./mvnw -B -q -DskipTests -Dspring-javaformat.skip=true package
fi

GEN_LINE="(setup skipped)"
INDEX_LINE="(setup skipped)"
INDEX_RESULT=""
if [[ -z "${SKIP_SETUP:-}" ]]; then
  log "fresh database $DB"
  psql_ -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
  rm -rf "$DATA_DIR" && mkdir -p "$DATA_DIR"

  log "first start: schema and territories"
  start_app "$RESULTS/app-setup.log" "Started .* in" 300
  # TerritoryLoader (an ApplicationRunner) loads the territories after the port is open, in one transaction
  for _ in $(seq 1 300); do
    [[ "$(psql_ -d "$DB" -At -c "SELECT count(*) FROM territory_dataset" 2>/dev/null)" -gt 0 ]] 2>/dev/null && break
    sleep 1
  done
  sleep 2
  stop_app

  log "generating $COUNT organisations"
  GEN_LINE="$(python3 bench/generate.py --db "$DB" --host "$PGHOST_" --user "$PGUSER_" --count "$COUNT")"
  log "$GEN_LINE"
  rm -rf "$DATA_DIR/index"

  log "second start: mass indexing"
  T0=$SECONDS
  start_app "$RESULTS/app-index.log" "Started .* in" 300
  wait_indexed "$RESULTS/app-index.log" 1800
  INDEX_LINE="$INDEX_RESULT (JVM start to searchable: $((SECONDS - T0)) s)"
  log "$INDEX_LINE"
else
  log "reusing $DB and $DATA_DIR"
  psql_ -d "$DB" -c "DELETE FROM spring_session"   # sessions left by the previous run (one per page view)
  start_app "$RESULTS/app-run.log" "Started .* in" 300
  wait_indexed "$RESULTS/app-run.log" 1800
fi

python3 bench/paths.py --db "$DB" --host "$PGHOST_" --user "$PGUSER_" --out "$RESULTS/paths" >&2

# the organisation page may not exist yet on this branch: probe it
ORG_PATH="$(head -1 "$RESULTS/paths/org_page.txt")"
ORG_STATUS="$(curl -s -o /dev/null -w '%{http_code}' "$BASE$ORG_PATH")"
if [[ "$ORG_STATUS" != 200 ]]; then
  log "GET $ORG_PATH -> $ORG_STATUS: organisation page skipped"
  SCENARIOS="${SCENARIOS/org_page/}"
fi

log "warm-up"
for s in $SCENARIOS; do
  PATHS="$RESULTS/paths/$s.txt" wrk -t1 -c2 -d"$WARMUP" -s bench/wrk/paths.lua "$BASE" >/dev/null
done

ORGS="$(psql_ -d "$DB" -At -c "SELECT count(*) FROM directory_organisation")"
{
  echo "# Maillage directory benchmark $STAMP"
  echo "# commit $(git rev-parse --short HEAD), $ORGS organisations, $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB RAM, heap $HEAP"
  echo "# generation: $GEN_LINE"
  echo "# indexing:   $INDEX_LINE"
  [[ "$ORG_STATUS" != 200 ]] && echo "# organisation page: GET /annuaire/organisations/{id} answered $ORG_STATUS, not measured"
  echo "# JAVA_OPTS: ${JAVA_OPTS:-(none)}"
  echo "# machine load before measuring: $(cut -d' ' -f1-3 /proc/loadavg) (shared machine: others' jobs count)"
  echo "# wrk -t$THREADS -d$DURATION, no cookies (every page view is a new visitor), Accept-Encoding: gzip, latencies in ms"
  printf "%-18s %5s %9s %8s %8s %8s %8s %7s\n" scenario conns "req/s" p50 p95 p99 max errors
} | tee "$OUT"

for c in $CONNS; do
  t=$(( c < THREADS ? c : THREADS ))
  for s in $SCENARIOS; do
    line="$(PATHS="$RESULTS/paths/$s.txt" wrk -t"$t" -c"$c" -d"$DURATION" --timeout 10s -s bench/wrk/paths.lua "$BASE" | grep '^RESULT')"
    eval "$(echo "$line" | sed 's/^RESULT //; s/\([a-z0-9]*\)=/local_\1=/g')"
    printf "%-18s %5s %9s %8s %8s %8s %8s %7s\n" "$s" "$c" "$local_rps" "$local_p50" "$local_p95" "$local_p99" \
      "$local_max" "$((local_non2xx + local_sockerr))" | tee -a "$OUT"
  done
done

log "results saved to $OUT"
stop_app
