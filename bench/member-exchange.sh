#!/usr/bin/env bash
# Member exchange at province scale (5,061 organizations, 100,000 members): the time to export all
# 100,000 members as CSV and as Excel, with branch-service's resident memory (RSS) before, at its
# peak during, and after each export, to show that the file is streamed (memory stays flat); and
# the time to import 5,000 generated rows from an .xlsx file, all checked and registered in one
# transaction.
# Usage: bench/member-exchange.sh [rows-to-import, default 5000]
# Shares the province database of bench/branch-latency.sh (.data/bench-mariadb, port 3407, or
# BENCH_DB_PORT) and service port 18081 (or APP_PORT). Imports go into a new branch of a new
# committee on each run, outside the province, so the province keeps its 100,000 members.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

ROWS=${1:-5000}
APP_PORT=${APP_PORT:-18081}
PROVINCE_DB_PORT=${BENCH_DB_PORT:-$PROVINCE_DB_PORT}
XLSX=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet
WORK=.data/bench-member-exchange
mkdir -p "$WORK"

need python3 # writes the import file
build
install_traps
start_province_branch_service "$APP_PORT" -Xmx512m
SERVICE_PID=$LAST_PID

rss_mb() { awk '/^VmRSS/ {printf "%d", $2 / 1024}' "/proc/$SERVICE_PID/status"; }

# timed_export NAME ACCEPT FILE [TOKEN]: one export of the whole province, its time, size, rows and the
# service's RSS before, at its peak (sampled every 50 ms) and after.
timed_export() {
    local name=$1 accept=$2 file=$3 token=${4:-$ADMIN} before peak after start elapsed_ms sampler
    before=$(rss_mb)
    echo "$before" >"$WORK/peak"
    ( while :; do r=$(rss_mb); (( r > $(cat "$WORK/peak") )) && echo "$r" >"$WORK/peak"; sleep 0.05; done ) &
    sampler=$!
    start=${EPOCHREALTIME//[!0-9]/}
    curl -fsS -o "$file" -H "Authorization: Bearer $token" -H "Accept: $accept" \
        "$BRANCH_BASE/v1/members/export?organizationId=$PROVINCE"
    elapsed_ms=$(((${EPOCHREALTIME//[!0-9]/} - start) / 1000))
    kill "$sampler"; wait "$sampler" 2>/dev/null || true
    peak=$(cat "$WORK/peak")
    after=$(rss_mb)
    printf '%-32s %6d.%03d s  %7s  RSS before %4d MB, peak %4d MB, after %4d MB\n' "$name" \
        $((elapsed_ms / 1000)) $((elapsed_ms % 1000)) "$(du -h "$file" | cut -f1)" "$before" "$peak" "$after"
}

# warm up: the JIT, the pool and the cipher, on one branch's export
BRANCH=$(branch_api "/v1/organizations?subtreeOf=$UNIT&type=BRANCH&limit=1" | first_id)
for _ in 1 2 3; do
    curl -fsS -o /dev/null -H "Authorization: Bearer $ADMIN" -H "Accept: text/csv" "$BRANCH_BASE/v1/members/export?organizationId=$UNIT"
done

echo "branch-service member export of the province (SYSTEM_ADMIN: unmasked, every row audited as a read), -Xmx512m:"
timed_export "CSV" "text/csv" "$WORK/province.csv"
echo "  $(($(wc -l <"$WORK/province.csv") - 1)) members in the CSV"
timed_export "Excel (.xlsx)" "$XLSX" "$WORK/province.xlsx"
timed_export "CSV again (warm)" "text/csv" "$WORK/province.csv"
SECRETARY=$(./suite token --subject bench-secretary --roles SECRETARY --org "$PROVINCE")
timed_export "CSV, SECRETARY (masked)" "text/csv" "$WORK/province-masked.csv" "$SECRETARY"
echo "  (masked: no personal data shown in full, so no read is audited)"

# The import file: ROWS invented members with well-formed ID numbers, a region code of their own
# per run (the database keeps every earlier run's members, and ID numbers are unique).
RUN=$(( $(cat "$WORK/run" 2>/dev/null || echo 0) + 1 ))
echo "$RUN" >"$WORK/run"
python3 - "$WORK/import.xlsx" "$ROWS" "$RUN" <<'PY'
import sys, zipfile, datetime
from xml.sax.saxutils import escape
path, rows, run = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
weights, checks = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2], "10X98765432"
headers = ["姓名", "性别", "身份证号码", "民族", "出生日期", "学历", "人员类别", "入党日期", "党内职务", "手机号码"]
educations = ["大学本科", "研究生（硕士）", "大学专科"]
def col(i): return chr(ord("A") + i)
def cell(r, i, text): return f'<c r="{col(i)}{r}" t="inlineStr"><is><t>{escape(text)}</t></is></c>'
lines = ["<row r=\"1\">" + "".join(cell(1, i, h) for i, h in enumerate(headers)) + "</row>"]
for n in range(rows):
    birth = datetime.date(1960, 1, 1) + datetime.timedelta(days=n // 400)
    female = n % 2 == 0
    first17 = f"9{run % 100000:05d}{birth:%Y%m%d}{(n % 400) * 2 + (0 if female else 1):03d}"
    id_card = first17 + checks[sum(int(d) * w for d, w in zip(first17, weights)) % 11]
    values = [f"测试党员{n}", "女" if female else "男", id_card, "汉族", f"{birth}", educations[n % 3],
              "正式党员" if n % 10 else "预备党员", "2020-07-01", "宣传委员" if n % 50 == 0 else "", f"139{n:08d}"]
    r = n + 2
    lines.append(f'<row r="{r}">' + "".join(cell(r, i, v) for i, v in enumerate(values) if v) + "</row>")
ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
               '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
               '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
               '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
    z.writestr("_rels/.rels", f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    z.writestr("xl/workbook.xml", f'<?xml version="1.0" encoding="UTF-8"?><workbook {ns} xmlns:r="{rel}"><sheets><sheet name="党员信息" sheetId="1" r:id="rId1"/></sheets></workbook>')
    z.writestr("xl/_rels/workbook.xml.rels", f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
    z.writestr("xl/worksheets/sheet1.xml", f'<?xml version="1.0" encoding="UTF-8"?><worksheet {ns}><sheetData>' + "".join(lines) + "</sheetData></worksheet>")
PY

COMMITTEE=$(curl -fsS -H "Authorization: Bearer $ADMIN" -H "Content-Type: application/json" \
    -d "{\"code\":\"BENCH-IMPORT-$RUN-$(date +%s)\",\"name\":\"导入测试党委 $RUN\",\"type\":\"PARTY_COMMITTEE\"}" \
    "$BRANCH_BASE/v1/organizations" | sed -n 's/^{"id":"\([0-9A-Z]\{26\}\)".*/\1/p')
TARGET=$(curl -fsS -H "Authorization: Bearer $ADMIN" -H "Content-Type: application/json" \
    -d "{\"code\":\"BENCH-IMPORT-$RUN-B-$(date +%s)\",\"name\":\"导入测试党支部 $RUN\",\"type\":\"BRANCH\",\"parentId\":\"$COMMITTEE\"}" \
    "$BRANCH_BASE/v1/organizations" | sed -n 's/^{"id":"\([0-9A-Z]\{26\}\)".*/\1/p')

echo "branch-service member import, $ROWS rows ($(du -h "$WORK/import.xlsx" | cut -f1) .xlsx) into one branch:"
start=${EPOCHREALTIME//[!0-9]/}
status=$(curl -sS -o "$WORK/import-answer.json" -w '%{http_code}' -H "Authorization: Bearer $ADMIN" -H "Content-Type: $XLSX" \
    -H "Idempotency-Key: bench-import-$RUN-$(date +%s)" --data-binary "@$WORK/import.xlsx" \
    "$BRANCH_BASE/v1/members/import?organizationId=$TARGET")
elapsed_ms=$(((${EPOCHREALTIME//[!0-9]/} - start) / 1000))
[[ $status == 201 ]] || die "import answered $status: $(head -c 600 "$WORK/import-answer.json")"
printf '%-32s %6d.%03d s  (%s)\n' "import, all rows checked first" $((elapsed_ms / 1000)) $((elapsed_ms % 1000)) \
    "$(grep -o '"count":[0-9]*' "$WORK/import-answer.json")"
