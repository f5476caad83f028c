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
BRANCH_PORT=18081
ACTIVITY_PORT=18083

need_package wrk wrk
build
install_traps
start_province_branch_service "$BRANCH_PORT" -Xmx512m
export BRANCH_SERVICE_URL=$BRANCH_BASE

start_service activity-service "$ACTIVITY_PORT" "$BENCH_LOGS/bench-activity.log" -Xmx768m
generate_province_once activity-service "a year of province activities"
BASE="http://127.0.0.1:$ACTIVITY_PORT"
YEAR=$(( $(date +%Y) - 1 ))

curl -fs -o /dev/null -H "Authorization: Bearer $ADMIN" "$BASE/v1/compliance-reports?organizationId=$PROVINCE&year=$YEAR"
echo "activity-service compliance reports, $DURATION s each, 1 connection (organization paths and subtree branch lists cached 60 s):"
measure_latency "province (5,000 branches), year $YEAR" "$ADMIN" "$BASE/v1/compliance-reports?organizationId=$PROVINCE&year=$YEAR" "$DURATION"
measure_latency "province, one quarter" "$ADMIN" "$BASE/v1/compliance-reports?organizationId=$PROVINCE&year=$YEAR&quarter=2" "$DURATION"
measure_latency "one unit (44 branches), year" "$ADMIN" "$BASE/v1/compliance-reports?organizationId=$UNIT&year=$YEAR" "$DURATION"