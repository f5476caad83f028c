#!/usr/bin/env bash
# Time of volunteer statistics at province scale: 5,061 organizations (branch-service) and
# 1,000,000 volunteer records over the current and previous year (volunteer-service). p50/p99 of
# repeated requests with wrk on one connection, direct to volunteer-service.
# Usage: bench/volunteer-stats.sh [seconds-per-query, default 10]
# Shares the province database of bench/branch-latency.sh (.data/bench-mariadb, port 3407) and adds
# the volunteer data once.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

DURATION=${1:-10}
BRANCH_PORT=18081
VOLUNTEER_PORT=18084

need_package wrk wrk
build
install_traps
start_province_branch_service "$BRANCH_PORT" -Xmx512m
export BRANCH_SERVICE_URL=$BRANCH_BASE

start_service volunteer-service "$VOLUNTEER_PORT" "$BENCH_LOGS/bench-volunteer.log" -Xmx768m
generate_province_once volunteer-service "the province's communities, volunteer records and wishes"
BASE="http://127.0.0.1:$VOLUNTEER_PORT"
YEAR=$(date +%Y)
PERIOD="from=$YEAR-01-01&to=$YEAR-12-31"

curl -fs -o /dev/null -H "Authorization: Bearer $ADMIN" "$BASE/v1/volunteer-stats?organizationId=$PROVINCE&$PERIOD"
echo "volunteer-service statistics, $DURATION s each, 1 connection (organization paths cached 60 s); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
measure_latency "province (5,000 branches), year $YEAR" "$ADMIN" "$BASE/v1/volunteer-stats?organizationId=$PROVINCE&$PERIOD" "$DURATION"
measure_latency "province, ranking by organization" "$ADMIN" "$BASE/v1/volunteer-stats/rankings?by=ORGANIZATION&organizationId=$PROVINCE&$PERIOD" "$DURATION"
measure_latency "province, ranking by member" "$ADMIN" "$BASE/v1/volunteer-stats/rankings?by=MEMBER&organizationId=$PROVINCE&$PERIOD" "$DURATION"
measure_latency "one unit (44 branches), year" "$ADMIN" "$BASE/v1/volunteer-stats?organizationId=$UNIT&$PERIOD" "$DURATION"
echo "load average afterwards: $(cut -d' ' -f1-3 /proc/loadavg)"
