#!/usr/bin/env bash
# Time of the 党建考核 report at province scale: 5,061 organizations (branch-service) and a year of
# assessments (one per organization, scored per indicator), duty reports with their ballots, 整改 items
# and task lists (assessment-service). p50/p99 of repeated requests with wrk on one connection,
# direct to assessment-service, as JSON, CSV and Excel. Goal: the province's report under 1 s.
# Usage: bench/assessment-report.sh [seconds-per-report, default 10]
# Shares the province database of bench/branch-latency.sh (.data/bench-mariadb, port 3407) and adds
# the assessment data once.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

DURATION=${1:-10}
BRANCH_PORT=18081
ASSESSMENT_PORT=18085
XLSX=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet

need_package wrk wrk
build
install_traps
start_province_branch_service "$BRANCH_PORT"
export BRANCH_SERVICE_URL=$BRANCH_BASE

start_service assessment-service "$ASSESSMENT_PORT" "$BENCH_LOGS/bench-assessment.log" -Xmx512m
generate_province_once assessment-service "a year of the province's assessments, duty reports, 整改 items and tasks"
BASE="http://127.0.0.1:$ASSESSMENT_PORT"
YEAR=$(( $(date +%Y) - 1 ))
REPORT="$BASE/v1/assessment-reports?organizationId=$PROVINCE&year=$YEAR"

curl -fs -o "$BENCH_LOGS/assessment-report.json" -H "Authorization: Bearer $ADMIN" "$REPORT"
echo "the province's report, year $YEAR: $(wc -c <"$BENCH_LOGS/assessment-report.json") bytes of JSON"
echo "assessment-service reports, $DURATION s each, 1 connection; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
measure_latency "province (5,061 organizations), JSON" "$ADMIN" "$REPORT" "$DURATION"
measure_latency "province, CSV" "$ADMIN" "$REPORT" "$DURATION" "Accept: text/csv"
measure_latency "province, Excel" "$ADMIN" "$REPORT" "$DURATION" "Accept: $XLSX"
measure_latency "one unit, JSON" "$ADMIN" "$BASE/v1/assessment-reports?organizationId=$UNIT&year=$YEAR" "$DURATION"
