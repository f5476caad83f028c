# shellcheck shell=bash
# Helpers shared by the benchmarks in bench/ (sourced, not run). The sourcing script has already
# done `set -euo pipefail` and `cd` to the repository root. Processes are started and stopped by
# dev/launch.sh, as ./suite does it: call `install_traps` once before starting anything.

# shellcheck source=../dev/launch.sh
source dev/launch.sh

# need_package COMMAND PACKAGE: installs the Debian package when COMMAND is missing.
need_package() {
    command -v "$1" >/dev/null && return
    echo "installing $2 (Debian package)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=120 "$2" >/dev/null
}

# wrk output on stdin -> "p50 p99 req/s" as wrk prints them (e.g. "812.00us 1.93ms 1204.51").
# Non-2xx answers or socket errors would make the figures meaningless: they are reported on stderr.
wrk_figures() {
    awk '$1 == "50%" {p50 = $2} $1 == "99%" {p99 = $2} /Requests\/sec/ {rps = $2}
         /Non-2xx|Socket errors/ {print "wrk: " $0 > "/dev/stderr"}
         END {print p50, p99, rps}'
}

# start_province_branch_service PORT [JVM option...]: the province data set shared by the benchmarks:
# the embedded database on 3407 with its data in .data/bench-mariadb, the province generated once
# (5,061 organizations, 100,000 members), and branch-service on PORT with its jvm.options and then
# the given options. Sets BRANCH_BASE, ADMIN (a SYSTEM_ADMIN token), PROVINCE and UNIT; LAST_PID and
# READY_MS are branch-service's.
PROVINCE_DB_PORT=3407
PROVINCE_DATA=.data/bench-mariadb
BENCH_LOGS=.data/logs
start_province_branch_service() {
    local port=$1 pid ready
    shift
    mkdir -p "$BENCH_LOGS"
    start_db "$PROVINCE_DB_PORT" "$PROVINCE_DATA" "$BENCH_LOGS/bench-db.log"
    start_service branch-service "$port" "$BENCH_LOGS/bench-branch.log" "$@"
    pid=$LAST_PID ready=$READY_MS
    generate_province_once branch-service "the province organizations and members"
    BRANCH_BASE="http://127.0.0.1:$port"
    ADMIN=$(./suite token)
    PROVINCE=$(branch_api "/v1/organizations?type=WORKING_COMMITTEE&q=%E7%9C%81%E7%9B%B4&limit=1" | first_id)
    # shellcheck disable=SC2034 # read by the sourcing scripts
    UNIT=$(branch_api "/v1/organizations?parentId=$PROVINCE&limit=1" | first_id)
    LAST_PID=$pid READY_MS=$ready
}
# generate_province_once MODULE WHAT: the module's part of the province (dev-tools generate province
# branch|activity|volunteer), once per province database; the module runs already (its tables exist).
generate_province_once() {
    local module=$1 what=$2 marker="$PROVINCE_DATA/.province-$1-generated"
    [ -f "$marker" ] && return
    echo "generating $what (once)..."
    run_dev_tools generate province "${module%-service}"
    touch "$marker"
}
branch_api() { curl -fs -H "Authorization: Bearer $ADMIN" "$BRANCH_BASE$1"; }
first_id() { sed -n 's/^{"items":\[{"id":"\([0-9A-Z]\{26\}\)".*/\1/p'; }

# measure_latency NAME TOKEN URL SECONDS [HEADER]: p50, p99 and throughput of repeated requests on one
# connection (with HEADER too, e.g. "Accept: text/csv"), after a warm-up of the same request, so the
# figures are of steady state, not of JIT compilation.
measure_latency() {
    local p50 p99 rps extra=()
    [[ -z ${5:-} ]] || extra=(-H "$5")
    wrk -t1 -c1 -d3s --timeout 10s -H "Authorization: Bearer $2" "${extra[@]}" "$3" >/dev/null
    read -r p50 p99 rps < <(wrk -t1 -c1 -d"$4s" --latency --timeout 10s -H "Authorization: Bearer $2" "${extra[@]}" "$3" | wrk_figures)
    printf '%-46s p50 %9s   p99 %9s   %8s req/s\n' "$1" "$p50" "$p99" "$rps"
}
