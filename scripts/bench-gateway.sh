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
# Usage: scripts/bench-gateway.sh [warm-up seconds (240)] [seconds per round (20)] [rounds (3)] [connections (8)]
# Env: TOKEN_CACHE_ENABLED=false measures the gateway without remembered tokens; BENCH_JFR=1 records the
# gateway's CPU samples during the measured rounds (JFR) and prints the top frames; BENCH_RATE_LIMIT=1
# keeps the rate limit on (at a rate no bench reaches) to measure its cost; BENCH_COMPARE_JAR=<gateway jar>
# starts a second gateway from another build (say main's) on :18080 beside the platform's, measured in the
# same rounds ("compare"), so that two builds are compared under the same load.
# BENCH_PIN=1 gives each side of the proxy its own core, as separate pods have in production: the gateway
# (and a compared one) and wrk on CPU 0, registry-service and the local run's JVM (which holds the
# MongoDB-protocol server that the search reads) on CPU 1; the direct rounds then measure one core of
# service against one core of service plus the gateway's own core. Without it every process shares
# both cores, so the gateway's CPU is taken from the service's (the ratio is then bounded by the two
# processes' CPU per request).
# Besides the rates, each round reports the CPU time (user + system, from /proc/<pid>/stat) that the
# gateway and registry-service spent per request of the round: unlike the rates, that figure holds when
# other work shares the cores (issue #13).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/local-platform.sh
hold_local_run_lock BENCH_LOCKED "$0" "$@"
warmup=${1:-240}
round=${2:-20}
rounds=${3:-3}
connections=${4:-8}
root=$PWD
data=${LOCAL_DATA:-$root/.local-data/load}
out=$data/out/$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$out"
# BENCH_RATE_LIMIT=1: the rate limit on, as in production, but far above the bench's rate (its cost
# per request, without a 429).
rate_limit=(RATE_LIMIT_ENABLED=false)
if [ "${BENCH_RATE_LIMIT:-}" = 1 ]; then
  rate_limit=(RATE_LIMIT_ENABLED=true RATE_LIMIT_PER_SECOND=1000000 RATE_LIMIT_BURST=1000000)
fi

echo "starting the local platform (data $data, JVM flags: $prod_flags, token cache ${TOKEN_CACHE_ENABLED:-true}, ${rate_limit[*]})"
start_local_platform "$data" "$out" "${rate_limit[@]}" TOKEN_CACHE_ENABLED="${TOKEN_CACHE_ENABLED:-true}"
compare=
trap 'kill -TERM $platform $compare 2>/dev/null; wait $platform $compare 2>/dev/null || true' EXIT
await_local_platform "$data" "$out"

targets="direct gateway"
if [ -n "${BENCH_COMPARE_JAR:-}" ]; then
  issuer=http://localhost:8180/realms/shuangsuiji
  env "${rate_limit[@]}" PORT=18080 SERVER_ADDRESS=127.0.0.1 MANAGEMENT_PORT=19080 MANAGEMENT_ADDRESS=127.0.0.1 \
    KEYCLOAK_ISSUER=$issuer KEYCLOAK_JWK_SET_URI=$issuer/protocol/openid-connect/certs REGISTRY_URL=http://127.0.0.1:8081 \
    MANAGEMENT_TRACING_SAMPLING_PROBABILITY=0.1 TOKEN_CACHE_ENABLED="${TOKEN_CACHE_ENABLED:-true}" \
    java $prod_flags -jar "$BENCH_COMPARE_JAR" --spring.profiles.active=local > "$out/compare-gateway.log" 2>&1 &
  compare=$!
  for _ in $(seq 1 180); do curl -sf -o /dev/null http://127.0.0.1:18080/livez && break; sleep 1; done
  curl -sf -o /dev/null http://127.0.0.1:18080/livez || { echo "the comparison gateway did not start" >&2; exit 1; }
  targets="direct gateway compare"
fi
declare -A bases=([direct]=http://127.0.0.1:8081 [gateway]=http://127.0.0.1:8080 [compare]=http://127.0.0.1:18080)

TOKEN=$(curl -sf -d grant_type=password -d client_id=shuangsuiji-cli -d username=xinxiang-city -d password=demo \
  http://localhost:8180/realms/shuangsuiji/protocol/openid-connect/token | jq -r .access_token)
export TOKEN
declare -A paths=([region]="/api/registry/regions/410700" [search]="/api/registry/agencies?region=410700&page=0&size=20")
for name in region search; do
  for target in $targets; do
    base=${bases[$target]}
    status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$base${paths[$name]}")
    [ "$status" = 200 ] || { echo "$base${paths[$name]} answered $status, not 200" >&2; exit 1; }
  done
done

pin=()
[ "${BENCH_PIN:-}" = 1 ] && pin=(taskset -c 0)
run() { # name base seconds -> RESULT line
  BENCH_PATH=${paths[$1]} "${pin[@]}" wrk -t2 -c"$connections" -d"$3s" -s scripts/bench-gateway.lua "$2" | grep '^RESULT'
}
listener() { ss -ltnpH "sport = :$1" | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1; }
gateway_pid=$(listener 8080)
registry_pid=$(listener 8081)
compare_pid=$compare
if [ "${BENCH_PIN:-}" = 1 ]; then
  for pid in $gateway_pid $compare_pid; do taskset -a -p -c 0 "$pid" > /dev/null; done
  for pid in $registry_pid $platform; do taskset -a -p -c 1 "$pid" > /dev/null; done
  echo "pinned: gateway ${compare_pid:+and compare }and wrk on CPU 0; registry-service and local-run (MongoDB-protocol server) on CPU 1"
fi
hz=$(getconf CLK_TCK)
ticks() { # pid -> user + system CPU time so far, in clock ticks (fields 14 and 15 of /proc/<pid>/stat)
  sed 's/^.*) //' "/proc/$1/stat" | awk '{ print $12 + $13 }'
}
measured() { # name target seconds -> RESULT line with the CPU milliseconds each process spent in the round
  local pid=$gateway_pid g0 r0 line
  [ "$2" = compare ] && pid=$compare_pid
  g0=$(ticks "$pid"); r0=$(ticks "$registry_pid")
  line=$(run "$1" "${bases[$2]}" "$3")
  echo "$line gw_cpu_ms=$(( ($(ticks "$pid") - g0) * 1000 / hz ))" \
    "reg_cpu_ms=$(( ($(ticks "$registry_pid") - r0) * 1000 / hz )) load1=$(cut -d' ' -f1 /proc/loadavg)"
}
per_request() { # RESULT line -> gateway and registry CPU ms per request
  echo "$1" | awk '{ for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
    printf "gateway %.3f, registry %.3f CPU ms/request", v["gw_cpu_ms"] / v["requests"], v["reg_cpu_ms"] / v["requests"] }'
}
# Through the gateway in slices of at most 30 s, each reported: its CPU per request shows when its JIT
# has settled.
echo "warm-up: ${warmup}s, three quarters of it through the gateway (each gateway, with BENCH_COMPARE_JAR)"
for name in region search; do
  left=$(( warmup * 3 / 8 ))
  while [ "$left" -gt 0 ]; do
    slice=$(( left < 30 ? left : 30 )); left=$(( left - slice ))
    for target in ${targets#direct }; do
      echo "  warm-up $name through $target, ${slice}s: $(per_request "$(measured "$name" "$target" $slice)")"
    done
  done
  run "$name" http://127.0.0.1:8081 $(( warmup / 8 )) > /dev/null
done
if [ "${BENCH_JFR:-}" = 1 ]; then
  jcmd "$gateway_pid" JFR.start name=bench settings=profile filename="$out/gateway.jfr" > /dev/null
  # the same recording's overhead on both gateways, when two are compared
  [ -z "$compare" ] || jcmd "$compare" JFR.start name=bench settings=profile filename="$out/compare.jfr" > /dev/null
fi
echo "date $(date -u '+%Y-%m-%d %H:%M UTC'), nproc $(nproc), load before: $(uptime | sed 's/.*load average: //')"
failed=0
for name in region search; do
  for r in $(seq 1 "$rounds"); do
    for target in $targets; do
      line=$(measured "$name" "$target" "$round")
      echo "$name $target round $r $line" | tee -a "$out/results.txt"
      case "$line" in *"non2xx=0 socket=0"*) ;; *) failed=1 ;; esac
    done
  done
done
echo "load after: $(uptime | sed 's/.*load average: //')"
if [ "${BENCH_JFR:-}" = 1 ]; then
  jcmd "$gateway_pid" JFR.stop name=bench > /dev/null
  [ -z "$compare" ] || jcmd "$compare" JFR.stop name=bench > /dev/null
  echo "gateway CPU samples, top frames ($out/gateway.jfr):"
  jfr print --events jdk.ExecutionSample "$out/gateway.jfr" |
    awk '/stackTrace = \[/{getline; sub(/^[ \t]+/, ""); sub(/line:.*/, ""); print}' |
    sort | uniq -c | sort -rn | sed -n 1,25p > "$out/top-frames.txt"
  cat "$out/top-frames.txt"
fi

echo
printf '%-8s %10s %10s %7s %16s %16s %9s %9s %9s\n' endpoint direct gateway ratio "p50/p99 direct" "p50/p99 gateway" \
  "gw ms" "reg ms d" "reg ms g"
for name in region search; do
  awk -v n="$name" '
    $1 == n { split($0, f, " "); for (i in f) { split(f[i], kv, "="); v[kv[1]] = kv[2] }
      t = $2; req[t] += v["requests"]; sec[t] += v["seconds"]; p50[t] = p50[t] " " v["p50"]; p99[t] = p99[t] " " v["p99"]
      gw[t] += v["gw_cpu_ms"]; reg[t] += v["reg_cpu_ms"] }
    END { row(n, "gateway"); if (req["compare"] > 0) row(n " (compare)", "compare") }
    function row(label, g) { printf "%-8s %10.0f %10.0f %7.2f %16s %16s %9.3f %9.3f %9.3f\n", label,
      req["direct"] / sec["direct"], req[g] / sec[g], (req[g] / sec[g]) / (req["direct"] / sec["direct"]),
      med(p50["direct"]) "/" med(p99["direct"]), med(p50[g]) "/" med(p99[g]),
      gw[g] / req[g], reg["direct"] / req["direct"], reg[g] / req[g] }
    function med(s,  a, n, i, j, x) { n = split(s, a, " ")
      for (i = 2; i <= n; i++) { x = a[i] + 0; for (j = i - 1; j >= 1 && a[j] + 0 > x; j--) a[j + 1] = a[j]; a[j + 1] = x }
      return a[int((n + 1) / 2)] }' "$out/results.txt"
done
echo "(req/s over all rounds; p50/p99 in ms, the median round's; CPU ms per request over all rounds: the gateway's"
echo " in the gateway rounds, registry-service's in the direct (d) and in the gateway (g) rounds)"
[ $failed = 0 ] || { echo "FAILED: some answer was not 2xx (a 429, a fallback 503, …) or a socket error; see $out/results.txt" >&2; exit 1; }
