#!/usr/bin/env bash
# Time of 三会一课 compliance reports at province scale: 5,061 organizations (branch-service) and a
# year of about 200,000 activities with 2,000,000 attendance rows (activity-service). p50/p99 of
# repeated requests with wrk on one connection, direct to activity-service.
# Usage: bench/compliance-report.sh [seconds-per-report, default 10]
# Shares the province database of bench/branch-latency.sh (.data/bench-mariadb, port 3407) and adds
# the activities once.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

DURATION=${1:-10}
DB_PORT=3407
BRANCH_PORT=18081
ACTIVITY_PORT=18083
DATA=.data/bench-mariadb
LOGS=.data/logs
mkdir -p "$LOGS"

need_package wrk wrk
build
stop_on_exit
start_db "$DB_PORT" "$DATA" "$LOGS/bench-db.log"

if [ ! -f "$DATA/.province-generated" ]; then
    echo "generating the province organizations (once)..."
    SEED_SCALE=province SEED_EXIT=true PORT=0 java -Dquarkus.profile=local \
        -jar branch-service/target/quarkus-app/quarkus-run.jar >"$LOGS/bench-generate.log" 2>&1
    touch "$DATA/.province-generated"
fi
SEED_SCALE=none start_service branch-service "$BRANCH_PORT" "$LOGS/bench-branch.log"
export BRANCH_SERVICE_URL="http://127.0.0.1:$BRANCH_PORT"

if [ ! -f "$DATA/.province-activities-generated" ]; then
    echo "generating a year of province activities (once)..."
    SEED_SCALE=province SEED_EXIT=true PORT=0 java -Dquarkus.profile=local \
        -jar activity-service/target/quarkus-app/quarkus-run.jar >"$LOGS/bench-generate-activities.log" 2>&1
    grep -o "Generated .*" "$LOGS/bench-generate-activities.log"
    touch "$DATA/.province-activities-generated"
fi
SEED_SCALE=none start_service activity-service "$ACTIVITY_PORT" "$LOGS/bench-activity.log" -Xmx768m
BASE="http://127.0.0.1:$ACTIVITY_PORT"

ADMIN=$(./suite token)
first_id() { sed -n 's/^{"items":\[{"id":"\([0-9A-Z]\{26\}\)".*/\1/p'; }
PROVINCE=$(curl -fs -H "Authorization: Bearer $ADMIN" "http://127.0.0.1:$BRANCH_PORT/v1/organizations?type=WORKING_COMMITTEE&q=%E7%9C%81%E7%9B%B4&limit=1" | first_id)
UNIT=$(curl -fs -H "Authorization: Bearer $ADMIN" "http://127.0.0.1:$BRANCH_PORT/v1/organizations?parentId=$PROVINCE&limit=1" | first_id)
YEAR=$(( $(date +%Y) - 1 ))

measure() { # name path
    local p50 p99 rps
    read -r p50 p99 rps < <(wrk -t1 -c1 -d"${DURATION}s" --latency --timeout 10s -H "Authorization: Bearer $ADMIN" "$BASE$2" | wrk_figures)
    printf '%-44s p50 %9s   p99 %9s   %7s req/s\n' "$1" "$p50" "$p99" "$rps"
}

curl -fs -o /dev/null -H "Authorization: Bearer $ADMIN" "$BASE/v1/compliance-reports?organizationId=$PROVINCE&year=$YEAR"
wrk -t1 -c1 -d5s --timeout 10s -H "Authorization: Bearer $ADMIN" "$BASE/v1/compliance-reports?organizationId=$UNIT&year=$YEAR" >/dev/null
echo "activity-service compliance reports, $DURATION s each, 1 connection (organization paths and subtree branch lists cached 60 s):"
measure "province (5,000 branches), year $YEAR"       "/v1/compliance-reports?organizationId=$PROVINCE&year=$YEAR"
measure "province, one quarter"                      "/v1/compliance-reports?organizationId=$PROVINCE&year=$YEAR&quarter=2"
measure "one unit (44 branches), year"               "/v1/compliance-reports?organizationId=$UNIT&year=$YEAR"
