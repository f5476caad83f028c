#!/usr/bin/env bash
# Time of 三会一课 compliance reports at province scale: 5,061 organizations (branch-service) and a
# year of about 200,000 activities with 2,000,000 attendance rows (activity-service). p50/p99 of
# repeated requests with wrk on one connection, direct to activity-service.
# Usage: bench/compliance-report.sh [seconds-per-report, default 10]
# Shares the province database of bench/branch-latency.sh (.data/bench-mariadb, port 3407) and adds
# the activities once.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${1:-10}
DB_PORT=3407
BRANCH_PORT=18081
ACTIVITY_PORT=18083
DATA=.data/bench-mariadb
LOGS=.data/logs
mkdir -p "$LOGS"

command -v wrk >/dev/null || { echo "installing wrk (Debian package)"; apt-get install -y -qq wrk >/dev/null; }
[ "${SKIP_BUILD:-}" = 1 ] || ./mvnw -B -q install -DskipTests

PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT
ready() { for _ in $(seq 180); do curl -fs "$1/q/health/ready" >/dev/null && return 0; sleep 1; done; echo "$1 did not start" >&2; exit 1; }

java -jar embedded-db/target/embedded-db.jar "$DB_PORT" "$DATA" >"$LOGS/bench-db.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 120); do grep -q READY "$LOGS/bench-db.log" && break; sleep 1; done
export DB_URL="jdbc:mysql://127.0.0.1:$DB_PORT"

if [ ! -f "$DATA/.province-generated" ]; then
    echo "generating the province organizations (once)..."
    SEED_SCALE=province SEED_EXIT=true PORT=0 java -Dquarkus.profile=local \
        -jar branch-service/target/quarkus-app/quarkus-run.jar >"$LOGS/bench-generate.log" 2>&1
    touch "$DATA/.province-generated"
fi
SEED_SCALE=none PORT=$BRANCH_PORT java -Dquarkus.profile=local -Xmx512m \
    -jar branch-service/target/quarkus-app/quarkus-run.jar >"$LOGS/bench-branch.log" 2>&1 &
PIDS+=($!)
ready "http://127.0.0.1:$BRANCH_PORT"
export BRANCH_SERVICE_URL="http://127.0.0.1:$BRANCH_PORT"

if [ ! -f "$DATA/.province-activities-generated" ]; then
    echo "generating a year of province activities (once)..."
    SEED_SCALE=province SEED_EXIT=true PORT=0 java -Dquarkus.profile=local \
        -jar activity-service/target/quarkus-app/quarkus-run.jar >"$LOGS/bench-generate-activities.log" 2>&1
    grep -o "Generated .*" "$LOGS/bench-generate-activities.log"
    touch "$DATA/.province-activities-generated"
fi
SEED_SCALE=none PORT=$ACTIVITY_PORT java -Dquarkus.profile=local -Xmx768m \
    -jar activity-service/target/quarkus-app/quarkus-run.jar >"$LOGS/bench-activity.log" 2>&1 &
PIDS+=($!)
BASE="http://127.0.0.1:$ACTIVITY_PORT"
ready "$BASE"

ADMIN=$(./suite token)
first_id() { sed -n 's/^{"items":\[{"id":"\([0-9A-Z]\{26\}\)".*/\1/p'; }
PROVINCE=$(curl -fs -H "Authorization: Bearer $ADMIN" "http://127.0.0.1:$BRANCH_PORT/v1/organizations?type=WORKING_COMMITTEE&q=%E7%9C%81%E7%9B%B4&limit=1" | first_id)
UNIT=$(curl -fs -H "Authorization: Bearer $ADMIN" "http://127.0.0.1:$BRANCH_PORT/v1/organizations?parentId=$PROVINCE&limit=1" | first_id)
YEAR=$(( $(date +%Y) - 1 ))

measure() { # name path
    local out
    out=$(wrk -t1 -c1 -d"${DURATION}s" --latency --timeout 10s -H "Authorization: Bearer $ADMIN" "$BASE$2")
    printf '%-44s p50 %9s   p99 %9s   %7s req/s\n' "$1" "$(awk '$1 == "50%" {print $2}' <<<"$out")" \
        "$(awk '$1 == "99%" {print $2}' <<<"$out")" "$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
}

curl -fs -o /dev/null -H "Authorization: Bearer $ADMIN" "$BASE/v1/compliance-reports?organizationId=$PROVINCE&year=$YEAR"
wrk -t1 -c1 -d5s --timeout 10s -H "Authorization: Bearer $ADMIN" "$BASE/v1/compliance-reports?organizationId=$UNIT&year=$YEAR" >/dev/null
echo "activity-service compliance reports, $DURATION s each, 1 connection (organization paths and subtree branch lists cached 60 s):"
measure "province (5,000 branches), year $YEAR"       "/v1/compliance-reports?organizationId=$PROVINCE&year=$YEAR"
measure "province, one quarter"                      "/v1/compliance-reports?organizationId=$PROVINCE&year=$YEAR&quarter=2"
measure "one unit (44 branches), year"               "/v1/compliance-reports?organizationId=$UNIT&year=$YEAR"
