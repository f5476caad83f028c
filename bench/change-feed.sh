#!/usr/bin/env bash
# Time for a client to catch up on 100,000 member changes through GET /v1/members/changes, with the
# largest page (limit=1000), as a system administrator (members unmasked, each page's unmasked reads
# audited) and as an API client (masked). Goal: under 10 s each.
# The changes are real audit trail rows, as a write records them: one UPDATE event for each of the
# province's 100,000 members (its current version, its organization's path), inserted in one
# INSERT ... SELECT with the mariadb client of the embedded database, after the client has taken its
# start token; the feed then reads them like any other change, each with the member's view.
# Usage: bench/change-feed.sh
# Shares the province database of bench/branch-latency.sh (.data/bench-mariadb, port 3407); each
# run adds another 100,000 changes.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

CHANGES=100000
APP_PORT=18081
MARIADB=${PARTY_MARIADB_HOME:-$HOME/.cache/party-building/mariadb-11.4.5}/bin/mariadb
[[ -x $MARIADB ]] || die "the embedded database's client is missing: $MARIADB (set PARTY_MARIADB_HOME)"

build
install_traps
start_province_branch_service "$APP_PORT" -Xmx512m
CLIENT=$(./suite token --subject bench-sync-client --roles API_CLIENT --org "$PROVINCE")

sql() { "$MARIADB" --skip-ssl -h127.0.0.1 -P"$PROVINCE_DB_PORT" -uroot party_branch -e "$1"; }
next_since() { sed -n 's/.*"nextSince":"\([A-Za-z0-9_-]*\)".*/\1/p'; }
start_token() { curl -fs -H "Authorization: Bearer $1" "$BRANCH_BASE/v1/members/changes" | next_since; }
RUN=$(date +%H%M%S)

# An INSERT ... SELECT may reserve more positions than it fills (InnoDB), and the next row then
# follows a gap that the feeds, rightly, wait out for the settle time (60 s). So that the timing
# below measures reading, not that wait: one plain row first, closing any such gap of an earlier
# run, and the client starts once it has settled; the changes then follow it without a gap.
sql "INSERT INTO audit_event (id, occurred_at, action, operation, resource_type, resource_id, actor_subject, actor_roles)
     VALUES (CONCAT('$RUN', '00000000000000000000'), UTC_TIMESTAMP(6), 'UPDATE', 'bench', 'BenchStart', '$RUN', 'bench', '')"
echo "waiting 65 s for the start of this run to settle..."
sleep 65
ADMIN_SINCE=$(start_token "$ADMIN")
CLIENT_SINCE=$(start_token "$CLIENT")

echo "recording $CHANGES member changes in the audit trail..."
sql "
    INSERT INTO audit_event (id, occurred_at, action, operation, resource_type, resource_id, old_version, new_version,
                             organization_id, organization_path, actor_subject, actor_roles)
    SELECT CONCAT('$RUN', RIGHT(m.id, 20)), UTC_TIMESTAMP(6), 'UPDATE', 'bench', 'Member', m.id, m.version, m.version,
           m.organization_id, o.path, 'bench', 'SYSTEM_ADMIN'
      FROM member m JOIN organization o ON o.id = m.organization_id
     ORDER BY m.id LIMIT $CHANGES"

# CPU seconds the service and the database have used so far: on a shared machine the elapsed time
# also counts other processes' turns, this does not.
SERVICE_PID=${PIDS[0]}
DB_PIDS=("$DB_PID" $(pgrep -P "$DB_PID" || true))
cpu_ms() {
    local ticks=0 pid
    for pid in "$@"; do
        ticks=$((ticks + $(awk '{print $14 + $15}' "/proc/$pid/stat")))
    done
    echo $((ticks * 1000 / $(getconf CLK_TCK)))
}

# catch_up NAME TOKEN SINCE: pages of 1,000 until $CHANGES changes have come; prints the time.
catch_up() {
    local name=$1 token=$2 since=$3 seen=0 pages=0 page start=${EPOCHREALTIME//[!0-9]/}
    local service_cpu db_cpu
    service_cpu=$(cpu_ms "$SERVICE_PID")
    db_cpu=$(cpu_ms "${DB_PIDS[@]}")
    while ((seen < CHANGES)); do
        page=$(curl -fs -H "Authorization: Bearer $token" "$BRANCH_BASE/v1/members/changes?limit=1000&since=$since")
        seen=$((seen + $(grep -o '"kind":"' <<<"$page" | wc -l || true)))
        since=$(next_since <<<"$page")
        pages=$((pages + 1))
    done
    local elapsed_ms=$(((${EPOCHREALTIME//[!0-9]/} - start) / 1000))
    service_cpu=$(($(cpu_ms "$SERVICE_PID") - service_cpu))
    db_cpu=$(($(cpu_ms "${DB_PIDS[@]}") - db_cpu))
    printf '%-42s %6d changes, %3d pages: %3d.%03d s elapsed (CPU: service %d.%03d s, database %d.%03d s)\n' \
        "$name" "$seen" "$pages" $((elapsed_ms / 1000)) $((elapsed_ms % 1000)) \
        $((service_cpu / 1000)) $((service_cpu % 1000)) $((db_cpu / 1000)) $((db_cpu % 1000))
}

echo "catching up on $CHANGES member changes, limit=1000 (load average: $(cut -d' ' -f1-3 /proc/loadavg)):"
catch_up "system administrator (unmasked, audited)" "$ADMIN" "$ADMIN_SINCE"
catch_up "API client of the province (masked)" "$CLIENT" "$CLIENT_SINCE"
echo "load average afterwards: $(cut -d' ' -f1-3 /proc/loadavg)"
