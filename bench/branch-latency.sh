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
DB_PORT=3407
APP_PORT=18081
DATA=.data/bench-mariadb
LOGS=.data/logs
mkdir -p "$LOGS"

need_package wrk wrk
build

stop_on_exit
start_db "$DB_PORT" "$DATA" "$LOGS/bench-db.log"

if [ ! -f "$DATA/.province-generated" ]; then
    echo "generating the province data set (once)..."
    SEED_SCALE=province SEED_EXIT=true PORT=0 java -Dquarkus.profile=local \
        -jar branch-service/target/quarkus-app/quarkus-run.jar >"$LOGS/bench-generate.log" 2>&1
    grep -o "Loaded PROVINCE.*" "$LOGS/bench-generate.log"
    touch "$DATA/.province-generated"
fi

SEED_SCALE=none start_service branch-service "$APP_PORT" "$LOGS/bench-branch.log"
BASE="http://127.0.0.1:$APP_PORT"

ADMIN=$(./suite token)
api() { curl -fs -H "Authorization: Bearer $ADMIN" "$BASE$1"; }
first_id() { sed -n 's/^{"items":\[{"id":"\([0-9A-Z]\{26\}\)".*/\1/p'; }
PROVINCE=$(api "/v1/organizations?type=WORKING_COMMITTEE&q=%E7%9C%81%E7%9B%B4&limit=1" | first_id)
UNIT=$(api "/v1/organizations?parentId=$PROVINCE&limit=1" | first_id)
BRANCH=$(api "/v1/organizations?subtreeOf=$UNIT&type=BRANCH&limit=1" | first_id)
UNIT_ADMIN=$(./suite token --subject bench-org-admin --roles ORG_ADMIN --org "$UNIT")

measure() { # name token path
    local p50 p99 rps
    # each query shape gets its own warm-up, so the figures are of steady state, not of JIT compilation
    wrk -t1 -c1 -d3s -H "Authorization: Bearer $2" "$BASE$3" >/dev/null
    read -r p50 p99 rps < <(wrk -t1 -c1 -d"${DURATION}s" --latency -H "Authorization: Bearer $2" "$BASE$3" | wrk_figures)
    printf '%-46s p50 %9s   p99 %9s   %8s req/s\n' "$1" "$p50" "$p99" "$rps"
}

# warm up the JIT and the connection pool
wrk -t1 -c4 -d5s -H "Authorization: Bearer $ADMIN" "$BASE/v1/members?limit=20" >/dev/null
echo "branch-service at province scale, $DURATION s per endpoint, 1 connection:"
measure "members, first page (all 100,000)"           "$ADMIN"      "/v1/members?limit=20"
measure "members of one unit's subtree"               "$ADMIN"      "/v1/members?organizationId=$UNIT&limit=20"
measure "members, ORG_ADMIN scope (masked)"           "$UNIT_ADMIN" "/v1/members?limit=20"
measure "members of one branch"                       "$ADMIN"      "/v1/organizations/$BRANCH/members?limit=20"
measure "members, page of 200"                        "$ADMIN"      "/v1/members?limit=200"
measure "organizations, first page"                   "$ADMIN"      "/v1/organizations?limit=20"
measure "organizations of one unit's subtree"         "$ADMIN"      "/v1/organizations?subtreeOf=$UNIT&limit=20"
measure "organizations, name search"                  "$ADMIN"      "/v1/organizations?q=%E7%AC%AC7%E5%85%9A%E6%94%AF%E9%83%A8&limit=20"
measure "structure check, one unit (46 organizations)" "$ADMIN"     "/v1/organizations/$UNIT/structure-check"
measure "structure check, province (5,061 orgs)"      "$ADMIN"      "/v1/organizations/$PROVINCE/structure-check"
