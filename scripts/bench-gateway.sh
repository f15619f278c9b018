#!/usr/bin/env bash
# The gateway's cost (issue #13): the same authenticated GET sent straight to registry-service and through
# the gateway, alternately in one run, after a warm-up, with wrk on loopback. Starts the local platform
# itself, under the machine's local-run lock, with the production image's JVM flags instead of the local
# run's fast-start ones and the production trace sampling (0.1, not the local profile's 1.0), and stops it
# at the end. The gateway's rate limit is off for the run (one user at
# thousands of requests per second would be 429 by design); every answer must be 2xx, so a 429 or a
# circuit-breaker fallback (503) fails the run.
#
# Build first: ./mvnw -q package -DskipTests -pl gateway,registry-service,inspection-service,scoring-service,evidence-service,platform/local-run -am
# Usage: scripts/bench-gateway.sh [warm-up seconds (180)] [seconds per round (20)] [rounds (3)] [connections (8)]
# Env: TOKEN_CACHE_ENABLED=false measures the gateway without remembered tokens; BENCH_JFR=1 records the
# gateway's CPU samples during the measured rounds (JFR) and prints the top frames.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/local-platform.sh
hold_local_run_lock BENCH_LOCKED "$0" "$@"
warmup=${1:-180}
round=${2:-20}
rounds=${3:-3}
connections=${4:-8}
root=$PWD
data=${LOCAL_DATA:-$root/.local-data/load}
out=$data/out/$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$out"
echo "starting the local platform (data $data, JVM flags: $prod_flags, token cache ${TOKEN_CACHE_ENABLED:-true})"
start_local_platform "$data" "$out" RATE_LIMIT_ENABLED=false TOKEN_CACHE_ENABLED="${TOKEN_CACHE_ENABLED:-true}"
trap 'kill -TERM $platform 2>/dev/null; wait $platform 2>/dev/null || true' EXIT
await_local_platform "$data" "$out"

TOKEN=$(curl -sf -d grant_type=password -d client_id=shuangsuiji-cli -d username=xinxiang-city -d password=demo \
  http://localhost:8180/realms/shuangsuiji/protocol/openid-connect/token | jq -r .access_token)
export TOKEN
declare -A paths=([region]="/api/registry/regions/410700" [search]="/api/registry/agencies?region=410700&page=0&size=20")
for name in region search; do
  for base in http://127.0.0.1:8081 http://127.0.0.1:8080; do
    status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$base${paths[$name]}")
    [ "$status" = 200 ] || { echo "$base${paths[$name]} answered $status, not 200" >&2; exit 1; }
  done
done

run() { # name base seconds -> RESULT line
  BENCH_PATH=${paths[$1]} wrk -t2 -c"$connections" -d"$3s" -s scripts/bench-gateway.lua "$2" | grep '^RESULT'
}
echo "warm-up: ${warmup}s, three quarters of it through the gateway"
for name in region search; do
  run "$name" http://127.0.0.1:8080 $(( warmup * 3 / 8 )) > /dev/null
  run "$name" http://127.0.0.1:8081 $(( warmup / 8 )) > /dev/null
done

gateway_pid=$(ss -ltnpH 'sport = :8080' | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1)
if [ "${BENCH_JFR:-}" = 1 ]; then
  jcmd "$gateway_pid" JFR.start name=bench settings=profile filename="$out/gateway.jfr" > /dev/null
fi
echo "date $(date -u '+%Y-%m-%d %H:%M UTC'), nproc $(nproc), load before: $(uptime | sed 's/.*load average: //')"
failed=0
for name in region search; do
  for r in $(seq 1 "$rounds"); do
    for target in direct gateway; do
      base=http://127.0.0.1:8081; [ $target = gateway ] && base=http://127.0.0.1:8080
      line=$(run "$name" $base "$round")
      echo "$name $target round $r $line" | tee -a "$out/results.txt"
      case "$line" in *"non2xx=0 socket=0"*) ;; *) failed=1 ;; esac
    done
  done
done
echo "load after: $(uptime | sed 's/.*load average: //')"
if [ "${BENCH_JFR:-}" = 1 ]; then
  jcmd "$gateway_pid" JFR.stop name=bench > /dev/null
  echo "gateway CPU samples, top frames ($out/gateway.jfr):"
  jfr print --events jdk.ExecutionSample "$out/gateway.jfr" |
    awk '/stackTrace = \[/{getline; sub(/^[ \t]+/, ""); sub(/line:.*/, ""); print}' |
    sort | uniq -c | sort -rn | sed -n 1,25p > "$out/top-frames.txt"
  cat "$out/top-frames.txt"
fi

echo
printf '%-8s %10s %10s %7s %16s %16s\n' endpoint direct gateway ratio "p50/p99 direct" "p50/p99 gateway"
for name in region search; do
  awk -v n="$name" '
    $1 == n { split($0, f, " "); for (i in f) { split(f[i], kv, "="); v[kv[1]] = kv[2] }
      t = $2; req[t] += v["requests"]; sec[t] += v["seconds"]; p50[t] = p50[t] " " v["p50"]; p99[t] = p99[t] " " v["p99"] }
    END { printf "%-8s %10.0f %10.0f %7.2f %16s %16s\n", n, req["direct"] / sec["direct"], req["gateway"] / sec["gateway"],
      (req["gateway"] / sec["gateway"]) / (req["direct"] / sec["direct"]), med(p50["direct"]) "/" med(p99["direct"]),
      med(p50["gateway"]) "/" med(p99["gateway"]) }
    function med(s,  a, n, i, j, x) { n = split(s, a, " ")
      for (i = 2; i <= n; i++) { x = a[i] + 0; for (j = i - 1; j >= 1 && a[j] + 0 > x; j--) a[j + 1] = a[j]; a[j + 1] = x }
      return a[int((n + 1) / 2)] }' "$out/results.txt"
done
echo "(req/s over all rounds; p50/p99 in ms, the median round's)"
[ $failed = 0 ] || { echo "FAILED: some answer was not 2xx (a 429, a fallback 503, …) or a socket error; see $out/results.txt" >&2; exit 1; }
