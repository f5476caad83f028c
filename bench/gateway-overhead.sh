#!/usr/bin/env bash
# What the gateway hop costs: the same requests (GET /v1/organizations?limit=20 and
# GET /v1/members?limit=20 with a SYSTEM_ADMIN token) sent straight to branch-service, through
# the gateway, and through a plain nginx reverse proxy (Debian's nginx, upstream keepalive pool)
# as the yardstick. For each: p50/p99 at one connection (a request's own latency) and req/s at
# 16 connections (throughput), plus the CPU time the service and the proxy spend per request,
# measured with wrk after a warm-up. The goal: the gateway adds at most 1.5x the p50 latency
# nginx adds.
# The JVMs are warmed up through the gateway until neither compiles any more (the gateway needs
# about a minute of load on 2 busy cores before its figures settle). Every figure is the median
# of ROUNDS rounds; in each round the three targets run back to back (in a rotating order), so a
# burst of background load hits them alike.
# Usage: bench/gateway-overhead.sh [seconds-per-measurement, default 5]
#   SKIP_BUILD=1          do not build first
#   ROUNDS=3              rounds (default 3)
#   WARMUP_MAX=180        longest warm-up through the gateway, in seconds (default 180)
#   GATEWAY_JAVA_OPTS=... extra JVM options for the gateway, e.g. to compare a configuration:
#       GATEWAY_JAVA_OPTS='-Dquarkus.log.category."cn.partybuilding.gateway.access".level=WARN'
# Uses its own database (.data/bench-gateway-mariadb, port 3417, demo data) and ports 18181
# (branch-service), 18180 (gateway) and 18182 (nginx); everything it starts stops on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

DURATION=${1:-5}
ROUNDS=${ROUNDS:-3}
WARMUP_MAX=${WARMUP_MAX:-180}
DB_PORT=3417
BRANCH_PORT=18181
GATEWAY_PORT=18180
NGINX_PORT=18182
DATA=.data/bench-gateway-mariadb
NGINX_DIR=$PWD/.data/bench-nginx
LOGS=.data/logs
mkdir -p "$LOGS" "$NGINX_DIR/temp"

REQUESTS=("/v1/organizations?limit=20" "/v1/members?limit=20")
TARGETS=(direct gateway nginx)
declare -A BASE=(
    [direct]="http://127.0.0.1:$BRANCH_PORT"
    [gateway]="http://127.0.0.1:$GATEWAY_PORT"
    [nginx]="http://127.0.0.1:$NGINX_PORT"
)

need_package wrk wrk
need_package nginx nginx
build

install_traps
start_db "$DB_PORT" "$DATA" "$LOGS/bench-gateway-db.log"
start_service branch-service "$BRANCH_PORT" "$LOGS/bench-gateway-branch.log" -Xmx512m
BRANCH_PID=$LAST_PID
run_dev_tools generate demo

read -ra gateway_opts <<<"${GATEWAY_JAVA_OPTS:-}"
BRANCH_SERVICE_URL=${BASE[direct]} RATE_LIMIT_PER_MINUTE=100000000 \
    start_service gateway "$GATEWAY_PORT" "$LOGS/bench-gateway-gateway.log" -Xmx512m "${gateway_opts[@]}"
GATEWAY_PID=$LAST_PID

# nginx as a plain reverse proxy: pooled HTTP/1.1 connections to the service, no access log, and
# no per-connection request limit on either side (wrk and the gateway reuse connections forever).
cat >"$NGINX_DIR/nginx.conf" <<EOF
daemon off;
worker_processes auto;
pid $NGINX_DIR/nginx.pid;
error_log $PWD/$LOGS/bench-gateway-nginx-error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $NGINX_DIR/temp/body;
    proxy_temp_path $NGINX_DIR/temp/proxy;
    fastcgi_temp_path $NGINX_DIR/temp/fastcgi;
    uwsgi_temp_path $NGINX_DIR/temp/uwsgi;
    scgi_temp_path $NGINX_DIR/temp/scgi;
    keepalive_requests 1000000;
    upstream branch_service {
        server 127.0.0.1:$BRANCH_PORT;
        keepalive 32;
        keepalive_requests 1000000;
    }
    server {
        listen 127.0.0.1:$NGINX_PORT;
        location / {
            proxy_pass http://branch_service;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
        }
    }
}
EOF
require_free_port "$NGINX_PORT" nginx
start_process nginx "$LOGS/bench-gateway-nginx.log" \
    nginx -p "$NGINX_DIR" -c "$NGINX_DIR/nginx.conf" -e "$PWD/$LOGS/bench-gateway-nginx-error.log"
NGINX_PID=$LAST_PID
wait_until nginx "$NGINX_PID" "$SERVICE_TIMEOUT" "$LOGS/bench-gateway-nginx.log" http_ok "${BASE[nginx]}/q/health/ready"

TOKEN=$(./suite token)

# The three ways must answer the same: 200 and the same body.
for path in "${REQUESTS[@]}"; do
    expected=""
    for target in "${TARGETS[@]}"; do
        body=$(curl -fsS -H "Authorization: Bearer $TOKEN" "${BASE[$target]}$path")
        [ -n "$expected" ] || expected=$body
        if [ "$body" != "$expected" ]; then
            echo "$target answers $path differently from direct" >&2
            exit 1
        fi
    done
    printf 'GET %s answers %d bytes the same way direct, through the gateway and through nginx\n' \
        "$path" "${#expected}"
done

# run_wrk TARGET PATH THREADS CONNECTIONS SECONDS: "p50 p99 req/s"
run_wrk() {
    wrk -t"$3" -c"$4" -d"$5s" --latency -H "Authorization: Bearer $TOKEN" "${BASE[$1]}$2" | wrk_figures
}
# The processes doing a target's proxying (none for direct; nginx's master and workers).
proxy_pids() {
    case $1 in
        gateway) echo "$GATEWAY_PID" ;;
        nginx) echo "$NGINX_PID" "$(pgrep -P "$NGINX_PID" | tr '\n' ' ')" ;;
    esac
}
# CPU seconds (user + system) the given processes have used so far.
cpu_seconds() {
    local pid ticks=0
    for pid in "$@"; do ticks=$((ticks + $(awk '{print $14 + $15}' "/proc/$pid/stat"))); done
    awk -v t="$ticks" -v hz="$(getconf CLK_TCK)" 'BEGIN { print t / hz }'
}
# measure TARGET PATH THREADS CONNECTIONS: "p50 p99 req/s service-cpu-us/req proxy-cpu-us/req"
measure() {
    local pids service0 proxy0 service1 proxy1 p50 p99 rps
    read -ra pids <<<"$(proxy_pids "$1")"
    service0=$(cpu_seconds "$BRANCH_PID") proxy0=$(cpu_seconds "${pids[@]}")
    read -r p50 p99 rps < <(run_wrk "$1" "$2" "$3" "$4" "$DURATION")
    service1=$(cpu_seconds "$BRANCH_PID") proxy1=$(cpu_seconds "${pids[@]}")
    awk -v p50="$p50" -v p99="$p99" -v rps="$rps" -v d="$DURATION" -v s="${#pids[@]}" \
        -v s0="$service0" -v s1="$service1" -v p0="$proxy0" -v p1="$proxy1" 'BEGIN {
            n = rps * d
            printf "%s %s %s %.0f %s\n", p50, p99, rps, (s1 - s0) / n * 1e6, s ? sprintf("%.0f", (p1 - p0) / n * 1e6) : "-"
        }'
}
# A wrk latency (e.g. 812.00us, 1.93ms, 1.02s) in milliseconds.
ms() {
    awk -v t="$1" 'BEGIN {
        v = t + 0; u = t; sub(/^[0-9.]+/, "", u)
        f = (u == "us") ? 0.001 : (u == "ms") ? 1 : (u == "s") ? 1000 : (u == "m") ? 60000 : -1
        if (f < 0) { print "?"; exit }
        printf "%.3f", v * f
    }'
}
calc() { awk "BEGIN { printf \"$1\", ($2) }"; } # calc FORMAT EXPRESSION
median() {
    tr ' ' '\n' <<<"$1" | grep . | sort -g |
        awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}
# Seconds both JVMs have spent compiling so far (from jstat).
jit_seconds() {
    { jstat -compiler "$BRANCH_PID"; jstat -compiler "$GATEWAY_PID"; } | awk '$1 ~ /^[0-9]+$/ {s += $4} END {print s}'
}

# Warm-up: requests through the gateway (which warms branch-service too) until the two JVMs spent
# less than half a second compiling in the last 10 s; then nginx and direct briefly.
started=$SECONDS
if command -v jstat >/dev/null; then
    echo "warming up through the gateway until the JVMs stop compiling (at most $WARMUP_MAX s)..."
    jit=$(jit_seconds)
    while true; do
        for path in "${REQUESTS[@]}"; do run_wrk gateway "$path" 2 16 5 >/dev/null; done
        previous=$jit jit=$(jit_seconds)
        calc "%d" "$jit - $previous >= 0.5" | grep -q 1 || break
        if ((SECONDS - started >= WARMUP_MAX)); then
            echo "  still compiling after $WARMUP_MAX s; measuring anyway"
            break
        fi
    done
else
    echo "warming up through the gateway for 90 s (no jstat to see when the JVMs stop compiling)..."
    for _ in 1 2 3 4 5 6 7 8 9; do
        for path in "${REQUESTS[@]}"; do run_wrk gateway "$path" 2 16 5 >/dev/null; done
    done
fi
for target in direct nginx; do
    for path in "${REQUESTS[@]}"; do run_wrk "$target" "$path" 2 16 5 >/dev/null; done
done
echo "  warmed up in $((SECONDS - started)) s"

# Figures go to P50/P99/RPS/CPU_* keyed "path target connections", one value per round.
declare -A P50 P99 RPS CPU_SERVICE CPU_PROXY
echo "measuring ($ROUNDS rounds, $DURATION s per figure)..."
for ((round = 0; round < ROUNDS; round++)); do
    order=("${TARGETS[@]:round % 3}" "${TARGETS[@]:0:round % 3}")
    for path in "${REQUESTS[@]}"; do
        for mode in "1 1" "2 16"; do
            read -r threads connections <<<"$mode"
            for target in "${order[@]}"; do
                read -r p50 p99 rps service proxy < <(measure "$target" "$path" "$threads" "$connections")
                key="$path $target $connections"
                P50[$key]+=" $(ms "$p50")"
                P99[$key]+=" $(ms "$p99")"
                RPS[$key]+=" $rps"
                CPU_SERVICE[$key]+=" $service"
                CPU_PROXY[$key]+=" $proxy"
            done
        done
    done
done
declare -A ROUND_P50
for key in "${!P50[@]}"; do
    ROUND_P50[$key]=${P50[$key]# }
    P50[$key]=$(median "${P50[$key]}")
    P99[$key]=$(median "${P99[$key]}")
    RPS[$key]=$(median "${RPS[$key]}")
    CPU_SERVICE[$key]=$(median "${CPU_SERVICE[$key]}")
    if [[ ${CPU_PROXY[$key]} == *-* ]]; then
        CPU_PROXY[$key]="-"
    else
        CPU_PROXY[$key]=$(median "${CPU_PROXY[$key]}")
    fi
done

echo
printf 'gateway overhead: medians of %s rounds of %s s, %s CPUs, load average %s\n' \
    "$ROUNDS" "$DURATION" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
[ -z "${GATEWAY_JAVA_OPTS:-}" ] || printf 'gateway JVM options: %s\n' "$GATEWAY_JAVA_OPTS"
row='%-31s %-7s | %8s %8s %8s | %8s %8s %8s | %8s %8s\n'
# shellcheck disable=SC2059 # the format is the table's
{
    printf '%-39s | %-26s | %-26s | %s\n' "" "1 connection (-t1 -c1)" "16 connections (-t2 -c16)" \
        "CPU us/request (16 c.)"
    printf "$row" request target "p50 ms" "p99 ms" "req/s" "req/s" "p50 ms" "p99 ms" service proxy
    for path in "${REQUESTS[@]}"; do
        for target in "${TARGETS[@]}"; do
            one="$path $target 1" many="$path $target 16"
            printf "$row" "GET $path" "$target" "${P50[$one]}" "${P99[$one]}" "${RPS[$one]}" \
                "${RPS[$many]}" "${P50[$many]}" "${P99[$many]}" "${CPU_SERVICE[$many]}" "${CPU_PROXY[$many]}"
        done
    done
}

echo
echo "ratios (goal: the gateway adds at most 1.5x the p50 latency nginx adds):"
for path in "${REQUESTS[@]}"; do
    direct=${P50[$path direct 1]}
    gateway_added=$(calc "%.3f" "${P50[$path gateway 1]} - $direct")
    nginx_added=$(calc "%.3f" "${P50[$path nginx 1]} - $direct")
    if calc "%d" "$nginx_added > 0" | grep -q 1; then
        ratio=$(calc "%.2f" "$gateway_added / $nginx_added")
        verdict=$(calc "%s" "($ratio <= 1.5) ? \"goal met\" : \"goal missed\"")
    else
        ratio="n/a" verdict="nginx added nothing measurable"
    fi
    printf 'GET %s\n' "$path"
    printf '  p50 per round at 1 connection (ms): direct %s; gateway %s; nginx %s\n' \
        "${ROUND_P50[$path direct 1]}" "${ROUND_P50[$path gateway 1]}" "${ROUND_P50[$path nginx 1]}"
    printf '  added p50 at 1 connection: gateway %s ms, nginx %s ms -> gateway/nginx %s (%s)\n' \
        "$gateway_added" "$nginx_added" "$ratio" "$verdict"
    printf '  throughput at 16 connections: gateway/direct %s, nginx/direct %s\n' \
        "$(calc "%.2f" "${RPS[$path gateway 16]} / ${RPS[$path direct 16]}")" \
        "$(calc "%.2f" "${RPS[$path nginx 16]} / ${RPS[$path direct 16]}")"
done
