#!/usr/bin/env bash
# The hot read paths against a yardstick. The reference is a minimal Quarkus REST + Hibernate ORM app
# on the same Quarkus version and database (bench/reference, built with -Pbench only, Quarkus' and
# the JVM's defaults): one row by primary key from a 10,000-row table, no authentication. Against it:
#   member    GET /v1/members/{id} of a province member, straight to branch-service and through the
#             gateway, as a machine client of the province (API_CLIENT: personal data masked, so no
#             audit row is written); with AUDITED=1 also as SYSTEM_ADMIN (unmasked: every read writes
#             its audit row, so it is off by default: each run would add some 100,000 rows to the
#             province's audit trail, which bench/change-feed.sh reads)
#   mobile    the mobile screens as 32 members of the province, through the gateway, one request
#             after another from a rotating list: GET /v1/members/me, /v1/activities?mine=true,
#             /v1/volunteer-stats/me, /v1/wishes?communityId=
# wrk (2 threads; 1 thread at 1 connection) at 1, 8 and 64 connections; every figure is the median of
# ROUNDS rounds, each round running the targets back to back in a rotating order, so that a burst
# of background load hits them alike. Goals: member by id at 64 connections >= 0.5x the reference
# direct and >= 0.4x through the gateway; p50 at 1 connection <= 2x the reference's; mobile p99 <
# 50 ms at 64 connections; throughput grows with connections; each service <= 400 MB RSS after the
# benchmark (with its jvm.options only) and ready <= 3 s after its start (without demo seeding).
# Usage: bench/read-path.sh [seconds-per-measurement, default 20]
#   SKIP_BUILD=1   do not build first (the suite's jars and bench/reference's must exist)
#   ROUNDS=3       rounds (default 3)
#   WARMUP=60      seconds of warm-up load before the rounds, shared by the targets (default 60)
#   AUDITED=1      also member by id as SYSTEM_ADMIN, at 64 connections, direct
#   JFR=1          afterwards, one more pass of member by id (direct, gateway) and mobile at 64
#                  connections under Flight Recorder (profile settings) in every JVM, and the top
#                  frames of each recording (.data/bench-read-path/*.jfr)
# Shares the province database of the other benchmarks (.data/bench-mariadb, port 3407) and adds what
# is missing once; ports 18081 (branch), 18083 (activity), 18084 (volunteer), 18090 (gateway) and
# 18099 (reference). Everything it starts stops on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

DURATION=${1:-20}
ROUNDS=${ROUNDS:-3}
WARMUP=${WARMUP:-60}
JFR=${JFR:-0}
AUDITED=${AUDITED:-0}
BRANCH_PORT=18081
ACTIVITY_PORT=18083
VOLUNTEER_PORT=18084
GATEWAY_PORT=18090
REFERENCE_PORT=18099
REFERENCE_JAR=bench/reference/target/quarkus-app/quarkus-run.jar
WORK=.data/bench-read-path
MOBILE_MEMBERS=32
CONNECTIONS=(1 8 64)
mkdir -p "$WORK"

need_package wrk wrk
need python3 # reads JSON answers
build
if [[ ${SKIP_BUILD:-0} != 1 || ! -f $REFERENCE_JAR ]]; then
    echo "Building the reference app (./mvnw -B -q -Pbench -pl bench/reference package)..."
    ./mvnw -B -q -Pbench -pl bench/reference package -DskipTests
fi

install_traps
declare -A PID READY FRESH
# A module whose part of the province is not generated yet starts on an empty schema: its migrations
# run in that start, which then says nothing about the time to ready of a deployed service.
for module in branch-service activity-service volunteer-service; do
    [ -f "$PROVINCE_DATA/.province-$module-generated" ] && FRESH[$module]="" || FRESH[$module]=" (first start: schema migrated)"
done
FRESH[gateway]=""

start_province_branch_service "$BRANCH_PORT"
PID[branch-service]=$LAST_PID READY[branch-service]=$READY_MS
export BRANCH_SERVICE_URL=$BRANCH_BASE
ACTIVITY_BASE="http://127.0.0.1:$ACTIVITY_PORT"
VOLUNTEER_BASE="http://127.0.0.1:$VOLUNTEER_PORT"
GATEWAY_BASE="http://127.0.0.1:$GATEWAY_PORT"
REFERENCE_BASE="http://127.0.0.1:$REFERENCE_PORT"

start_service activity-service "$ACTIVITY_PORT" "$BENCH_LOGS/bench-read-activity.log"
PID[activity-service]=$LAST_PID READY[activity-service]=$READY_MS
generate_province_once activity-service "a year of province activities"
start_service volunteer-service "$VOLUNTEER_PORT" "$BENCH_LOGS/bench-read-volunteer.log"
PID[volunteer-service]=$LAST_PID READY[volunteer-service]=$READY_MS
generate_province_once volunteer-service "the province's communities, volunteer records and wishes"

ACTIVITY_SERVICE_URL=$ACTIVITY_BASE VOLUNTEER_SERVICE_URL=$VOLUNTEER_BASE \
    RATE_LIMIT_PER_MINUTE=100000000 RATE_LIMIT_ANONYMOUS_PER_MINUTE=100000 \
    start_service gateway "$GATEWAY_PORT" "$BENCH_LOGS/bench-read-gateway.log"
PID[gateway]=$LAST_PID READY[gateway]=$READY_MS

require_free_port "$REFERENCE_PORT" "the reference app"
echo "Starting the reference app on port $REFERENCE_PORT (log: $BENCH_LOGS/bench-read-reference.log)"
PORT=$REFERENCE_PORT start_process reference "$BENCH_LOGS/bench-read-reference.log" java -Dquarkus.profile=bench -jar "$REFERENCE_JAR"
PID[reference]=$LAST_PID
wait_until "the reference app (fills its 10,000 rows on its first start)" "$LAST_PID" "$SERVICE_TIMEOUT" \
    "$BENCH_LOGS/bench-read-reference.log" http_ok "$REFERENCE_BASE/items/00000000000000000000005000"

# --- what is read, and by whom ---
json() { python3 -c "import json, sys; d = json.load(sys.stdin); print($1)"; }
CLIENT=$(./suite token --subject bench-read-client --roles API_CLIENT --org "$PROVINCE")
MEMBER_ID=$(branch_api "/v1/members?organizationId=$UNIT&limit=1" | first_id)
declare -A URL=(
    [reference]="$REFERENCE_BASE/items/00000000000000000000005000"
    [direct]="$BRANCH_BASE/v1/members/$MEMBER_ID"
    [gateway]="$GATEWAY_BASE/v1/members/$MEMBER_ID"
    [admin]="$BRANCH_BASE/v1/members/$MEMBER_ID"
)
declare -A TOKEN=([reference]="" [direct]=$CLIENT [gateway]=$CLIENT [admin]=$ADMIN)

# The mobile screens of MOBILE_MEMBERS members of the unit, with tokens from the gateway's /dev/token,
# one line "path token" per request in the order they rotate.
dev_token() {
    curl -fsS -X POST "$GATEWAY_BASE/dev/token" -H 'Content-Type: application/json' \
        -d "{\"subject\":\"$1\",\"roles\":[\"MEMBER\"],\"orgId\":\"$2\"}" | json 'd["accessToken"]'
}
COMMUNITIES=$(curl -fsS -H "Authorization: Bearer $ADMIN" "$VOLUNTEER_BASE/v1/communities?limit=$MOBILE_MEMBERS" |
    json '" ".join(i["id"] for i in d["items"])')
read -ra COMMUNITY <<<"$COMMUNITIES"
: >"$WORK/mobile.txt"
i=0
while read -r member organization; do
    token=$(dev_token "$member" "$organization")
    community=${COMMUNITY[i % ${#COMMUNITY[@]}]}
    printf '%s %s\n' "/v1/members/me" "$token" "/v1/activities?mine=true" "$token" \
        "/v1/volunteer-stats/me" "$token" "/v1/wishes?communityId=$community" "$token" >>"$WORK/mobile.txt"
    i=$((i + 1))
done < <(branch_api "/v1/members?organizationId=$UNIT&limit=$MOBILE_MEMBERS" |
    json '"\n".join(i["id"] + " " + i["organizationId"] for i in d["items"])')
cat >"$WORK/mobile.lua" <<'EOF'
-- wrk: each request the next line of the file given after --, "path token"; each thread starts elsewhere
local threads = 0
function setup(thread)
    threads = threads + 1
    thread:set("first", threads * 37)
end
function init(args)
    requests = {}
    for line in io.lines(args[1]) do
        local path, token = line:match("^(%S+) (%S+)$")
        requests[#requests + 1] = wrk.format("GET", path, { ["Authorization"] = "Bearer " .. token })
    end
    next_request = (first or 0) % #requests
end
function request()
    next_request = next_request % #requests + 1
    return requests[next_request]
end
EOF

# Every request must answer 200 (wrk counts any answer): checked once before measuring.
for target in reference direct gateway admin; do
    auth=()
    [[ -z ${TOKEN[$target]} ]] || auth=(-H "Authorization: Bearer ${TOKEN[$target]}")
    curl -fsS -o /dev/null "${auth[@]}" "${URL[$target]}" || die "$target: ${URL[$target]} does not answer 200"
done
while read -r path token; do
    curl -fsS -o /dev/null -H "Authorization: Bearer $token" "$GATEWAY_BASE$path" || die "mobile: $path does not answer 200"
done <"$WORK/mobile.txt"
# A province generated before its activities and volunteer records named real members shows every
# member empty screens, which would flatter the mix.
read -r _ token < <(grep -m1 '^/v1/activities' "$WORK/mobile.txt")
[[ $(curl -fsS -H "Authorization: Bearer $token" "$GATEWAY_BASE/v1/activities?mine=true&limit=1" | json 'len(d["items"])') == 1 ]] ||
    die "the mobile members have no activities: the province data predates attendees who are members; remove $PROVINCE_DATA and run again"
echo "member $MEMBER_ID by id; mobile screens of $i members ($(wc -l <"$WORK/mobile.txt") requests in rotation); all answer 200"

# run_wrk TARGET CONNECTIONS SECONDS: "p50 p99 req/s"; wrk's complaints (non-2xx answers, socket
# errors) go to stderr with the target's name.
run_wrk() {
    run_wrk_quietly "$@" 2> >(sed "s/^/$1 at $2 connections: /" >&2)
}
run_wrk_quietly() {
    local threads=2
    (($2 > 1)) || threads=1
    if [[ $1 == mobile ]]; then
        wrk -t"$threads" -c"$2" -d"$3s" --latency --timeout 10s -s "$WORK/mobile.lua" "$GATEWAY_BASE" -- "$WORK/mobile.txt" | wrk_figures
    elif [[ -n ${TOKEN[$1]} ]]; then
        wrk -t"$threads" -c"$2" -d"$3s" --latency --timeout 10s -H "Authorization: Bearer ${TOKEN[$1]}" "${URL[$1]}" | wrk_figures
    else
        wrk -t"$threads" -c"$2" -d"$3s" --latency --timeout 10s "${URL[$1]}" | wrk_figures
    fi
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
rss_mb() { awk '/^VmRSS/ {printf "%d", $2 / 1024}' "/proc/$1/status"; }

echo "warming up for $WARMUP s (each target at 64 connections)..."
for target in reference direct gateway mobile; do run_wrk "$target" 64 "$((WARMUP / 5 > 0 ? WARMUP / 5 : 1))" >/dev/null; done

# Figures go to P50/P99/RPS keyed "target connections", one value per round.
declare -A P50 P99 RPS
TRIO=(reference direct gateway)
echo "measuring ($ROUNDS rounds, $DURATION s per figure)..."
for ((round = 0; round < ROUNDS; round++)); do
    order=("${TRIO[@]:round % 3}" "${TRIO[@]:0:round % 3}")
    for connections in "${CONNECTIONS[@]}"; do
        for target in "${order[@]}"; do
            read -r p50 p99 rps < <(run_wrk "$target" "$connections" "$DURATION")
            P50["$target $connections"]+=" $(ms "$p50")" P99["$target $connections"]+=" $(ms "$p99")"
            RPS["$target $connections"]+=" $rps"
        done
    done
    extra=(mobile)
    [[ $AUDITED != 1 ]] || extra+=(admin)
    for target in "${extra[@]}"; do
        read -r p50 p99 rps < <(run_wrk "$target" 64 "$DURATION")
        P50["$target 64"]+=" $(ms "$p50")" P99["$target 64"]+=" $(ms "$p99")" RPS["$target 64"]+=" $rps"
    done
    echo "  round $((round + 1)) done (load average $(cut -d' ' -f1-3 /proc/loadavg))"
done
declare -A ROUND_RPS ROUND_P50
for key in "${!RPS[@]}"; do
    ROUND_RPS[$key]=${RPS[$key]# } ROUND_P50[$key]=${P50[$key]# }
    P50[$key]=$(median "${P50[$key]}") P99[$key]=$(median "${P99[$key]}") RPS[$key]=$(median "${RPS[$key]}")
done
declare -A RSS
for module in "${!PID[@]}"; do RSS[$module]=$(rss_mb "${PID[$module]}"); done

echo
printf 'read paths: medians of %s rounds of %s s, %s CPUs, load average %s\n' \
    "$ROUNDS" "$DURATION" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
row='%-44s | %8s %8s %9s | %9s | %8s %8s %9s\n'
# shellcheck disable=SC2059 # the format is the table's
{
    printf '%-44s | %-28s | %-9s | %s\n' "" "1 connection" "8 c." "64 connections"
    printf "$row" target "p50 ms" "p99 ms" "req/s" "req/s" "p50 ms" "p99 ms" "req/s"
    for target in reference direct gateway; do
        case $target in
            reference) label="reference: one row by key, no auth" ;;
            direct) label="member by id, direct (API_CLIENT, masked)" ;;
            gateway) label="member by id, gateway (API_CLIENT, masked)" ;;
        esac
        printf "$row" "$label" "${P50[$target 1]}" "${P99[$target 1]}" "${RPS[$target 1]}" "${RPS[$target 8]}" \
            "${P50[$target 64]}" "${P99[$target 64]}" "${RPS[$target 64]}"
    done
    [[ $AUDITED != 1 ]] ||
        printf "$row" "member by id, direct (SYSTEM_ADMIN, audited)" - - - - "${P50[admin 64]}" "${P99[admin 64]}" "${RPS[admin 64]}"
    printf "$row" "mobile screens, gateway (32 MEMBER tokens)" - - - - "${P50[mobile 64]}" "${P99[mobile 64]}" "${RPS[mobile 64]}"
}
for target in reference direct gateway; do
    printf '  req/s per round at 64 connections, %s: %s\n' "$target" "${ROUND_RPS[$target 64]}"
done

verdict() { calc "%s" "($1) ? \"goal met\" : \"goal missed\""; }
# per_round "A1 A2 A3" "B1 B2 B3": the ratio of each round's pair, A1/B1 A2/B2 ...; a target and the
# reference of one round ran back to back, so a burst of background load moves both.
per_round() {
    paste -d/ <(tr ' ' '\n' <<<"$1") <(tr ' ' '\n' <<<"$2") | awk -F/ '{printf "%s%.2f", (NR > 1 ? " " : ""), $1 / $2}'
}
echo
echo "ratios and goals:"
for target in direct gateway; do
    goal=$([[ $target == direct ]] && echo 0.5 || echo 0.4)
    ratio=$(calc "%.2f" "${RPS[$target 64]} / ${RPS[reference 64]}")
    printf '  member by id %-8s / reference, req/s at 64 connections: %s (goal >= %s: %s; per round: %s)\n' "$target" \
        "$ratio" "$goal" "$(verdict "$ratio >= $goal")" "$(per_round "${ROUND_RPS[$target 64]}" "${ROUND_RPS[reference 64]}")"
done
for target in direct gateway; do
    ratio=$(calc "%.2f" "${P50[$target 1]} / ${P50[reference 1]}")
    printf '  member by id %-8s / reference, p50 at 1 connection: %s (goal <= 2: %s; per round: %s)\n' "$target" "$ratio" \
        "$(verdict "$ratio <= 2")" "$(per_round "${ROUND_P50[$target 1]}" "${ROUND_P50[reference 1]}")"
done
printf '  mobile screens through the gateway, p99 at 64 connections: %s ms (goal < 50 ms: %s)\n' \
    "${P99[mobile 64]}" "$(verdict "${P99[mobile 64]} < 50")"
for target in reference direct gateway; do
    growth=$(calc "%.2f" "${RPS[$target 64]} / ${RPS[$target 1]}")
    printf '  throughput %-9s 64 vs 1 connection: x%s (8 connections: x%s; goal: grows, x1.5 or more: %s)\n' "$target" "$growth" \
        "$(calc "%.2f" "${RPS[$target 8]} / ${RPS[$target 1]}")" "$(verdict "$growth >= 1.5")"
done
echo "  each service after the benchmark (its jvm.options only; goals: RSS <= 400 MB, ready <= 3 s):"
for module in branch-service activity-service volunteer-service gateway; do
    printf '    %-18s RSS %4d MB (%s)   ready in %d.%03d s (%s)%s\n' "$module" "${RSS[$module]}" \
        "$(verdict "${RSS[$module]} <= 400")" "$((READY[$module] / 1000))" "$((READY[$module] % 1000))" \
        "$(verdict "${READY[$module]} <= 3000")" "${FRESH[$module]}"
done
printf '    %-18s RSS %4d MB (JVM defaults, for comparison)\n' reference "${RSS[reference]}"

# --- optional: where the time goes, by Flight Recorder ---
# top_frames FILE: the methods most often on top of a sampled Java stack (own time), and the share of
# samples with each of the issue's suspects anywhere on the stack.
top_frames() {
    jfr print --json --stack-depth 96 --events jdk.ExecutionSample "$1" | python3 -c '
import collections, json, sys
SUSPECTS = {
    "JWT check (smallrye DefaultJWTParser.parse)": ["io.smallrye.jwt.auth.principal.DefaultJWTParser.parse"],
    "of which the RS256 signature (jose4j)": ["org.jose4j.jws.JsonWebSignature.verifySignature"],
    "Connector/J parsing SQL (QueryInfo.<init>)": ["com.mysql.cj.QueryInfo.<init>"],
    "Hibernate building a loader (LoaderSelectBuilder)": ["org.hibernate.loader.ast.internal.LoaderSelectBuilder."],
    "Hibernate rendering SQL (AbstractSqlAstTranslator)": ["org.hibernate.sql.ast.spi.AbstractSqlAstTranslator.translate"],
    "PersonalDataCipher": ["cn.partybuilding.common.pii.PersonalDataCipher."],
    "Cipher.getInstance / Mac.getInstance": ["javax.crypto.Cipher.getInstance", "javax.crypto.Mac.getInstance"],
    "Ulid.next": ["cn.partybuilding.common.id.Ulid.next"],
    "JTA transaction (Narayana)": ["com.arjuna.ats."],
    "JDBC statement execution": ["com.mysql.cj.jdbc.ClientPreparedStatement.execute"],
    "Jackson writing JSON": ["com.fasterxml.jackson.databind.ObjectWriter.writeValue", "com.fasterxml.jackson.databind.ser.BeanSerializer.serialize"],
    "OpenTelemetry": ["io.opentelemetry."],
    "Micrometer": ["io.micrometer."],
}
def name(frame):
    method = frame["method"]
    return method["type"]["name"].replace("/", ".") + "." + method["name"]
own, suspects, total = collections.Counter(), collections.Counter(), 0
for event in json.load(sys.stdin)["recording"]["events"]:
    frames = (event["values"].get("stackTrace") or {}).get("frames") or []
    if not frames:
        continue
    total += 1
    names = [name(f) for f in frames]
    own[names[0]] += 1
    stack = "\n".join(names)
    for suspect, patterns in SUSPECTS.items():
        if any(p in stack for p in patterns):
            suspects[suspect] += 1
total = max(total, 1)
print(f"{total} samples; top frames (own time):")
for frame, count in own.most_common(15):
    print(f"  {100 * count / total:5.1f}%  {frame}")
print("samples with these anywhere on the stack:")
for suspect in SUSPECTS:
    print(f"  {100 * suspects[suspect] / total:5.1f}%  {suspect}")
'
}
if [[ $JFR == 1 ]]; then
    echo
    echo "profiling: member by id (direct, gateway) and mobile at 64 connections, $DURATION s each, under Flight Recorder..."
    for module in branch-service activity-service volunteer-service gateway; do
        jcmd "${PID[$module]}" JFR.start name=read-path settings=profile >/dev/null
    done
    for target in direct gateway mobile; do run_wrk "$target" 64 "$DURATION" >/dev/null; done
    for module in branch-service activity-service volunteer-service gateway; do
        jcmd "${PID[$module]}" JFR.dump name=read-path filename="$PWD/$WORK/$module.jfr" >/dev/null
        jcmd "${PID[$module]}" JFR.stop name=read-path >/dev/null
        echo "$module ($WORK/$module.jfr):"
        top_frames "$WORK/$module.jfr" | sed 's/^/  /'
    done
fi
