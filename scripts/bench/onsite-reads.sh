#!/usr/bin/env bash
# Measures the on-site page's reads through the gateway (issue 10: p95 < 150 ms with the demo data) and one
# 事实确认单 PDF, on loopback with wrk, against a running local platform whose demo story was told
# (./run-local.sh, then wait for "[story] … passed"), started with RATE_LIMIT_ENABLED=false: the gateway's
# per-client limit (20/s) would otherwise answer most requests 429. Needs wrk (apt-get install -y wrk).
# Usage: scripts/bench/onsite-reads.sh [seconds]   (default 30)
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-30}
gateway=http://localhost:8080
token() {
  curl -sf -d grant_type=password -d client_id=shuangsuiji-cli -d username="$1" -d password=demo \
    http://localhost:8180/realms/shuangsuiji/protocol/openid-connect/token | sed 's/.*"access_token":"\([^"]*\)".*/\1/'
}
task="demo-xinxiang-2024:demo-xx-19"   # CHECKING in the demo story, team of xinxiang-inspector-4 (the /2 demo draw, ADR 0405)
TOKEN=$(token xinxiang-inspector-4)
export TOKEN
sheet=$(curl -sf -H "Authorization: Bearer $TOKEN" "$gateway/api/scoring/sheets?inspectionId=$task&mode=OFFICIAL" |
  node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>console.log((JSON.parse(s)[0]||{}).id||''))")
[ -n "$sheet" ] || { echo "no official sheet for $task: was the demo story told?" >&2; exit 1; }
for connections in 1 4 8; do
  echo "== on-site reads of $task (task, sheet $sheet, evidence) as xinxiang-inspector-4, ${seconds}s, $connections connection(s)"
  wrk -t"$(( connections > 1 ? 2 : 1 ))" -c"$connections" -d"${seconds}s" -s scripts/bench/onsite-reads.lua "$gateway" -- \
    "/api/inspections/tasks/$task" "/api/scoring/sheets/$sheet" "/api/evidence/inspections/$task"
done
pdf="/api/inspections/tasks/demo-xinxiang-2024:demo-xx-01/fact-sheet.pdf"
echo "== one 事实确认单 PDF ($pdf), one connection"
wrk -t1 -c1 -d"${seconds}s" -s scripts/bench/onsite-reads.lua "$gateway" -- "$pdf" "$pdf" "$pdf"
