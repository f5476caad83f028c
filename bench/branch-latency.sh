#!/usr/bin/env bash
# Latency of branch-service at province scale (5,061 organizations, 100,000 members):
# p50/p99 of repeated requests to list pages and subtree structure checks, measured with wrk
# (one connection, so each figure is a request's own latency, not queueing).
# Usage: bench/branch-latency.sh [seconds-per-endpoint, default 10]
# Uses its own database (.data/bench-mariadb, port 3407) and service port 18081; generates the
# province once and reuses it.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

DURATION=${1:-10}
APP_PORT=18081

need_package wrk wrk
build
install_traps
start_province_branch_service "$APP_PORT" -Xmx512m
BRANCH=$(branch_api "/v1/organizations?subtreeOf=$UNIT&type=BRANCH&limit=1" | first_id)
UNIT_ADMIN=$(./suite token --subject bench-org-admin --roles ORG_ADMIN --org "$UNIT")

# warm up the JIT and the connection pool
wrk -t1 -c4 -d5s -H "Authorization: Bearer $ADMIN" "$BRANCH_BASE/v1/members?limit=20" >/dev/null
echo "branch-service at province scale, $DURATION s per endpoint, 1 connection:"
measure_latency "members, first page (all 100,000)"           "$ADMIN"      "$BRANCH_BASE/v1/members?limit=20" "$DURATION"
measure_latency "members of one unit's subtree"               "$ADMIN"      "$BRANCH_BASE/v1/members?organizationId=$UNIT&limit=20" "$DURATION"
measure_latency "members, ORG_ADMIN scope (masked)"           "$UNIT_ADMIN" "$BRANCH_BASE/v1/members?limit=20" "$DURATION"
measure_latency "members of one branch"                       "$ADMIN"      "$BRANCH_BASE/v1/organizations/$BRANCH/members?limit=20" "$DURATION"
measure_latency "members, page of 200"                        "$ADMIN"      "$BRANCH_BASE/v1/members?limit=200" "$DURATION"
measure_latency "organizations, first page"                   "$ADMIN"      "$BRANCH_BASE/v1/organizations?limit=20" "$DURATION"
measure_latency "organizations of one unit's subtree"         "$ADMIN"      "$BRANCH_BASE/v1/organizations?subtreeOf=$UNIT&limit=20" "$DURATION"
measure_latency "organizations, name search"                  "$ADMIN"      "$BRANCH_BASE/v1/organizations?q=%E7%AC%AC7%E5%85%9A%E6%94%AF%E9%83%A8&limit=20" "$DURATION"
measure_latency "structure check, one unit (46 organizations)" "$ADMIN"     "$BRANCH_BASE/v1/organizations/$UNIT/structure-check" "$DURATION"
measure_latency "structure check, province (5,061 orgs)"      "$ADMIN"      "$BRANCH_BASE/v1/organizations/$PROVINCE/structure-check" "$DURATION"