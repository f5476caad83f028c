# shellcheck shell=bash
# How the local suite's processes are started and stopped, shared by ./suite and bench/ (sourced,
# not run; the sourcing script has done `set -euo pipefail` and `cd` to the repository root): the
# build, the embedded database, the modules' Quarkus jars (local profile, MODULE/jvm.options),
# readiness and port checks, dev-tools (data sets, tokens) with its elapsed time, and stopping
# everything on exit: the services first (they hold connections), the database with SIGTERM only.

DB_JAR=embedded-db/target/embedded-db.jar
DEV_TOOLS_JAR=dev-tools/target/dev-tools.jar
DB_TIMEOUT=120
SERVICE_TIMEOUT=180
STOP_TIMEOUT=20

# What was started: the database apart (it stops last), everything else in order. LAST_PID is the
# process started last.
DB_PID=""
PIDS=()
NAMES=()
LAST_PID=""

die() {
    printf '%s: %s\n' "${0##*/}" "$*" >&2
    exit 1
}

need() {
    command -v "$1" >/dev/null 2>&1 || die "$1 is required but not installed"
}

# The modules (./mvnw install), unless SKIP_BUILD=1.
build() {
    if [[ ${SKIP_BUILD:-0} == 1 ]]; then
        echo "Skipping the build (SKIP_BUILD=1)"
        return
    fi
    echo "Building (./mvnw -B -q install -DskipTests -Dquarkus.package.jar.appcds.enabled=true)..."
    ./mvnw -B -q install -DskipTests -Dquarkus.package.jar.appcds.enabled=true
}

# Pure bash: a connection succeeds only if something listens there.
port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# require_free_port PORT WHAT: fails when something (a leftover of an interrupted run, or someone
# else) already listens on PORT.
require_free_port() {
    if port_in_use "$1"; then
        die "port $1 (for $2) is already in use; stop what listens there or choose another port"
    fi
}

# Exits through the EXIT trap, which stops whatever was started.
fail_with_log() {
    printf '\n%s: %s; last 40 lines of %s:\n' "${0##*/}" "$1" "$2" >&2
    tail -n 40 "$2" >&2 || true
    exit 1
}

# wait_until NAME PID TIMEOUT LOG CHECK...: runs CHECK every tenth of a second until it succeeds,
# failing if PID dies or TIMEOUT seconds pass; prints a dot a second and then the time it took, which
# it also leaves in READY_MS (bench/read-path.sh prints each service's time to ready).
READY_MS=0
wait_until() {
    local name=$1 pid=$2 timeout=$3 log=$4
    shift 4
    local start=$SECONDS started=${EPOCHREALTIME//[!0-9]/} polls=0
    printf '  waiting for %s ' "$name"
    until "$@"; do
        kill -0 "$pid" 2>/dev/null || fail_with_log "$name exited during startup" "$log"
        ((SECONDS - start < timeout)) || fail_with_log "$name was not ready after $timeout s" "$log"
        ((++polls % 10)) || printf '.'
        sleep 0.1
    done
    READY_MS=$(((${EPOCHREALTIME//[!0-9]/} - started) / 1000))
    printf ' ready (%d.%d s)\n' "$((READY_MS / 1000))" "$((READY_MS % 1000 / 100))"
}

http_ok() {
    curl -fs -o /dev/null --max-time 2 "$1"
}

# The embedded database prints "READY <jdbc-url>" once it accepts connections (its log may not exist yet).
db_ready() {
    grep -qs '^READY ' "$1"
}

# start_db PORT DATA_DIR LOG: the embedded MariaDB (data kept in DATA_DIR), ready; exports DB_URL.
start_db() {
    local port=$1 data=$2 log=$3
    [[ $port =~ ^[0-9]+$ ]] || die "the database port must be a number: $port"
    [[ -f $DB_JAR ]] || die "$DB_JAR is missing; run without SKIP_BUILD=1 to build it"
    require_free_port "$port" "the embedded database"
    mkdir -p "$(dirname "$log")"
    echo "Starting the embedded MariaDB on port $port (data in $data)"
    # Background children of a script ignore SIGINT, so Ctrl-C reaches them only through stop_all.
    java -jar "$DB_JAR" "$port" "$data" >"$log" 2>&1 &
    DB_PID=$!
    wait_until "the embedded database" "$DB_PID" "$DB_TIMEOUT" "$log" db_ready "$log"
    export DB_URL="jdbc:mysql://127.0.0.1:$port"
}

# start_process NAME LOG COMMAND...: COMMAND in the background, its output in LOG, stopped on exit.
# Environment assignments put before the call (`PORT=1 start_process ...`) reach COMMAND.
start_process() {
    local name=$1 log=$2
    shift 2
    mkdir -p "$(dirname "$log")"
    "$@" >"$log" 2>&1 &
    LAST_PID=$!
    PIDS+=("$LAST_PID")
    NAMES+=("$name")
}

# The JVM options a module ships with (MODULE/jvm.options), one per word; lines starting with # are comments.
jvm_options() {
    [[ ! -f $1/jvm.options ]] || grep -v '^#' "$1/jvm.options" | xargs
}

# start_service MODULE PORT LOG [JVM option...]: the module's Quarkus app with the local profile and
# its jvm.options (then the given options, which win) on PORT, ready. Environment assignments put
# before the call (BRANCH_SERVICE_URL=... start_service ...) reach the service.
start_service() {
    local module=$1 port=$2 log=$3 app=$1/target/quarkus-app
    shift 3
    [[ -f $app/quarkus-run.jar ]] || die "$app/quarkus-run.jar is missing; run without SKIP_BUILD=1 to build it"
    require_free_port "$port" "$module"
    echo "Starting $module on port $port (log: $log)"
    if [[ -f $app/app-cds.jsa ]]; then
        # The build's class-data archive (about a fifth off the start) names the class path as the build ran
        # the app, from its own folder; the local keys are given by absolute path from there.
        # shellcheck disable=SC2046 # one word per option
        PORT=$port JWT_PUBLIC_KEY_LOCATION=${JWT_PUBLIC_KEY_LOCATION:-$PWD/dev/jwt/local-public.pem} \
            start_process "$module" "$log" env -C "$app" java -XX:SharedArchiveFile=app-cds.jsa -Dquarkus.profile=local \
            -Dsmallrye.jwt.sign.key.location="$PWD/dev/jwt/local-private.pem" $(jvm_options "$module") "$@" -jar quarkus-run.jar
    else
        # shellcheck disable=SC2046 # one word per option
        PORT=$port start_process "$module" "$log" java -Dquarkus.profile=local $(jvm_options "$module") "$@" -jar "$app/quarkus-run.jar"
    fi
    wait_until "$module" "$LAST_PID" "$SERVICE_TIMEOUT" "$log" http_ok "http://127.0.0.1:$port/q/health/ready"
}

# run_dev_tools ARGUMENT...: dev-tools (data sets into the database of DB_URL, tokens), its output
# shown, then its elapsed time; fails when it fails. Waited for in the background, so Ctrl-C takes
# the same orderly path as everything else.
run_dev_tools() {
    [[ -f $DEV_TOOLS_JAR ]] || die "$DEV_TOOLS_JAR is missing; run without SKIP_BUILD=1 to build it"
    local start=${EPOCHREALTIME//[!0-9]/} rc=0 pid
    java -jar "$DEV_TOOLS_JAR" "$@" &
    pid=$!
    PIDS+=("$pid")
    NAMES+=("dev-tools")
    wait "$pid" || rc=$?
    unset 'PIDS[-1]' 'NAMES[-1]'
    local elapsed_ms=$(((${EPOCHREALTIME//[!0-9]/} - start) / 1000))
    local elapsed
    elapsed=$(printf '%d.%03d s' "$((elapsed_ms / 1000))" "$((elapsed_ms % 1000))")
    ((rc == 0)) || die "dev-tools $* failed (exit code $rc) after $elapsed"
    echo "dev-tools $* took $elapsed"
}

# wait_exit SECONDS PID...: succeeds once all PIDs have exited, fails after SECONDS.
wait_exit() {
    local deadline=$((SECONDS + $1)) pid
    shift
    for pid in "$@"; do
        while kill -0 "$pid" 2>/dev/null; do
            ((SECONDS < deadline)) || return 1
            sleep 0.2
        done
    done
}

# The EXIT trap: everything but the database first, then the database, which needs SIGTERM and
# time for MariaDB to shut down cleanly.
stop_all() {
    set +e
    trap '' INT TERM # a second Ctrl-C must not cut the database shutdown short
    if ((${#PIDS[@]})); then
        echo "Stopping ${NAMES[*]}..."
        kill -TERM "${PIDS[@]}" 2>/dev/null
        if ! wait_exit "$STOP_TIMEOUT" "${PIDS[@]}"; then
            echo "Still running after $STOP_TIMEOUT s; killing them"
            kill -KILL "${PIDS[@]}" 2>/dev/null
        fi
        wait "${PIDS[@]}" 2>/dev/null
    fi
    if [[ -n $DB_PID ]]; then
        echo "Stopping the database..."
        kill -TERM "$DB_PID" 2>/dev/null
        # No SIGKILL: that would orphan mariadbd; the DB's own shutdown hook bounds the stop.
        wait "$DB_PID" 2>/dev/null
    fi
}

# Call once before starting anything: whatever is started is stopped on exit, Ctrl-C included.
install_traps() {
    trap stop_all EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
}
