# shellcheck shell=bash
# Helpers shared by the benchmarks in bench/ (sourced, not run). The sourcing script has already
# done `set -euo pipefail` and `cd` to the repository root.

# need_package COMMAND PACKAGE: installs the Debian package when COMMAND is missing.
need_package() {
    command -v "$1" >/dev/null && return
    echo "installing $2 (Debian package)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=120 "$2" >/dev/null
}

# The modules, unless SKIP_BUILD=1.
build() {
    [ "${SKIP_BUILD:-}" = 1 ] || ./mvnw -B -q install -DskipTests
}

# Every process started with `background` is stopped on exit, the last started first (so the
# services let go of the database before it stops; the database gets SIGTERM only, as SIGKILL
# would orphan mariadbd). Call `stop_on_exit` once before starting anything.
PIDS=()
cleanup() {
    local i
    for ((i = ${#PIDS[@]} - 1; i >= 0; i--)); do
        kill "${PIDS[i]}" 2>/dev/null || true
        wait "${PIDS[i]}" 2>/dev/null || true
    done
}
stop_on_exit() {
    trap cleanup EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
}

# background LOG COMMAND...: starts COMMAND with its output in LOG and remembers it for cleanup.
# Environment assignments put before the call (`PORT=1 background ...`) reach COMMAND.
background() {
    local log=$1
    shift
    "$@" >"$log" 2>&1 &
    PIDS+=($!)
}

# Fails when something already listens on PORT (a leftover of an interrupted run, or someone else).
require_free_port() {
    if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then
        echo "port $1 is already in use; stop what listens there" >&2
        exit 1
    fi
}

# wait_for NAME LOG CHECK...: runs CHECK every second until it succeeds; fails, showing the end of
# LOG, when the process started last exits or 180 s pass.
wait_for() {
    local name=$1 log=$2 pid=${PIDS[-1]} start=$SECONDS
    shift 2
    until "$@"; do
        if ! kill -0 "$pid" 2>/dev/null || ((SECONDS - start > 180)); then
            echo "$name did not become ready; last lines of $log:" >&2
            tail -n 30 "$log" >&2
            exit 1
        fi
        sleep 1
    done
}
http_ok() { curl -fs -o /dev/null --max-time 2 "$1"; }

# start_db PORT DATA_DIR LOG: the embedded MariaDB, ready; exports DB_URL for the services.
start_db() {
    require_free_port "$1"
    background "$3" java -jar embedded-db/target/embedded-db.jar "$1" "$2"
    wait_for "the embedded database" "$3" grep -q '^READY' "$3"
    export DB_URL="jdbc:mysql://127.0.0.1:$1"
}

# The JVM options a module ships with (MODULE/jvm.options, as ./suite reads them), one per word.
jvm_options() {
    [ ! -f "$1/jvm.options" ] || grep -v '^#' "$1/jvm.options" | xargs
}

# start_service MODULE PORT LOG [JVM option...]: the module's Quarkus app (local profile, its own
# jvm.options) on PORT, ready. Environment assignments put before the call (SEED_SCALE=none ...)
# reach the service.
start_service() {
    local module=$1 port=$2 log=$3
    shift 3
    require_free_port "$port"
    # shellcheck disable=SC2046 # one word per option
    PORT=$port background "$log" java -Dquarkus.profile=local -Xmx512m $(jvm_options "$module") "$@" \
        -jar "$module/target/quarkus-app/quarkus-run.jar"
    wait_for "$module" "$log" http_ok "http://127.0.0.1:$port/q/health/ready"
}

# wrk output on stdin -> "p50 p99 req/s" as wrk prints them (e.g. "812.00us 1.93ms 1204.51").
# Non-2xx answers or socket errors would make the figures meaningless: they are reported on stderr.
wrk_figures() {
    awk '$1 == "50%" {p50 = $2} $1 == "99%" {p99 = $2} /Requests\/sec/ {rps = $2}
         /Non-2xx|Socket errors/ {print "wrk: " $0 > "/dev/stderr"}
         END {print p50, p99, rps}'
}

# The province data set shared by the benchmarks: the embedded database on 3407 with its data in
# .data/bench-mariadb, the province generated once (5,061 organizations, 100,000 members), and
# branch-service on BRANCH_PORT. Sets BRANCH_BASE, ADMIN (a SYSTEM_ADMIN token), PROVINCE and UNIT.
PROVINCE_DB_PORT=3407
PROVINCE_DATA=.data/bench-mariadb
BENCH_LOGS=.data/logs
start_province_branch_service() {
    local port=$1
    mkdir -p "$BENCH_LOGS"
    start_db "$PROVINCE_DB_PORT" "$PROVINCE_DATA" "$BENCH_LOGS/bench-db.log"
    generate_province_once branch-service "the province organizations and members" "Loaded PROVINCE.*"
    SEED_SCALE=none start_service branch-service "$port" "$BENCH_LOGS/bench-branch.log"
    BRANCH_BASE="http://127.0.0.1:$port"
    ADMIN=$(./suite token)
    PROVINCE=$(branch_api "/v1/organizations?type=WORKING_COMMITTEE&q=%E7%9C%81%E7%9B%B4&limit=1" | first_id)
    # shellcheck disable=SC2034 # read by the sourcing scripts
    UNIT=$(branch_api "/v1/organizations?parentId=$PROVINCE&limit=1" | first_id)
}
# generate_province_once MODULE WHAT SUMMARY: the module's province generator (SEED_SCALE=province),
# run once into the province database, printing the generator's SUMMARY line (a grep pattern).
generate_province_once() {
    local module=$1 what=$2 summary=$3 marker="$PROVINCE_DATA/.province-$1-generated" log="$BENCH_LOGS/bench-generate-$1.log"
    [ -f "$marker" ] && return
    echo "generating $what (once)..."
    SEED_SCALE=province SEED_EXIT=true PORT=0 java -Dquarkus.profile=local \
        -jar "$module/target/quarkus-app/quarkus-run.jar" >"$log" 2>&1
    grep -o "$summary" "$log"
    touch "$marker"
}
branch_api() { curl -fs -H "Authorization: Bearer $ADMIN" "$BRANCH_BASE$1"; }
first_id() { sed -n 's/^{"items":\[{"id":"\([0-9A-Z]\{26\}\)".*/\1/p'; }

# measure_latency NAME TOKEN URL SECONDS: p50, p99 and throughput of repeated requests on one connection,
# after a warm-up of the same request, so the figures are of steady state, not of JIT compilation.
measure_latency() {
    local p50 p99 rps
    wrk -t1 -c1 -d3s --timeout 10s -H "Authorization: Bearer $2" "$3" >/dev/null
    read -r p50 p99 rps < <(wrk -t1 -c1 -d"$4s" --latency --timeout 10s -H "Authorization: Bearer $2" "$3" | wrk_figures)
    printf '%-46s p50 %9s   p99 %9s   %8s req/s\n' "$1" "$p50" "$p99" "$rps"
}
