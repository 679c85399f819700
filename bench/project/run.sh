#!/usr/bin/env bash
# Projects benchmark: 20,000 projects and 200,000 actions on PostgreSQL; latency of "my actions"
# and of project dashboards for a signed-in member. See the "Projects" section of bench/README.md.
#
#   bench/project/run.sh                 # fresh database, generate, measure
#   SKIP_SETUP=1 bench/project/run.sh    # measure again on the previous run's database
#
# Only talks to 127.0.0.1 (PostgreSQL and the application); every wait has a timeout.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
DB="${DB:-maillage_bench_project}"
PGHOST_="${PGHOST_:-127.0.0.1}"
PGUSER_="${PGUSER_:-postgres}"
PORT="${PORT:-$(python3 -c "import socket; s=socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])")}"
HEAP="${HEAP:-2g}"
COUNT="${COUNT:-1000}"
ADMIN_EMAIL="bench-admin@bench.invalid"
PASSWORD="mot-de-passe-du-banc-projets"
DATA_DIR="${DATA_DIR:-$ROOT/bench/project/data}"
RESULTS="$ROOT/bench/project/results"
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

# start_app LOGFILE PATTERN TIMEOUT: starts the jar, waits for the pattern in the log and GET / = 200.
start_app() {
  local logfile="$1" pattern="$2" timeout="$3"
  SPRING_PROFILES_ACTIVE=postgres MAILLAGE_DB_URL="jdbc:postgresql://$PGHOST_:5432/$DB" \
    MAILLAGE_DB_USER="$PGUSER_" MAILLAGE_DEMO=false MAILLAGE_DATA_DIR="$DATA_DIR" PORT="$PORT" \
    MAILLAGE_BASE_URL="$BASE" MAILLAGE_ADMIN_EMAIL="$ADMIN_EMAIL" MAILLAGE_ADMIN_PASSWORD="$PASSWORD" \
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
  log "first start: schema, territories, administrator"
  start_app "$RESULTS/app-setup.log" "Started .* in" 300
  for _ in $(seq 1 300); do
    [[ "$(psql_ -d "$DB" -At -c "SELECT count(*) FROM territory_dataset" 2>/dev/null)" -gt 0 ]] 2>/dev/null && break
    sleep 1
  done
  sleep 2
  stop_app
  log "generating projects"
  GEN_LINE="$(python3 bench/project/generate.py --db "$DB" --host "$PGHOST_" --user "$PGUSER_" --admin-email "$ADMIN_EMAIL")"
  log "$GEN_LINE"
  rm -rf "$DATA_DIR/index"
  log "second start: mass indexing"
  start_app "$RESULTS/app-index.log" "Indexed [0-9]+ projects" 1200
  INDEX_LINE="$(grep -oE "Indexed [0-9]+ projects in [0-9]+ ms" "$RESULTS/app-index.log")"
  log "$INDEX_LINE"
else
  start_app "$RESULTS/app-run.log" "Started .* in" 300
fi

# dashboards of public projects the member's organisations take part in, and of others
IDS="$(psql_ -d "$DB" -At -c "SELECT string_agg(id::text, ',') FROM (SELECT id FROM project_project WHERE visibility = 'PUBLIC' ORDER BY md5(id::text) LIMIT 200) p")"
ACTIONS="$(psql_ -d "$DB" -At -c "SELECT count(*) FROM project_action")"
PROJECTS="$(psql_ -d "$DB" -At -c "SELECT count(*) FROM project_project")"
{
  echo "# Maillage projects benchmark $STAMP"
  echo "# commit $(git rev-parse --short HEAD), $PROJECTS projects, $ACTIONS actions, $(nproc) cores, heap $HEAP"
  echo "# generation: $GEN_LINE"
  echo "# indexing:   $INDEX_LINE"
  echo "# machine load before measuring: $(cut -d' ' -f1-3 /proc/loadavg) (shared machine)"
  python3 bench/project/measure.py --base "$BASE" --email bench-member@bench.invalid --password "$PASSWORD" \
    --dashboards "$IDS" --count "$COUNT" --scenarios "${SCENARIOS:-my_actions,dashboard,action_plan}"
} | tee "$OUT"
log "results saved to $OUT"
stop_app
