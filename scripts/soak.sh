#!/usr/bin/env bash
# The soak (issue #13): the demo users' mix (agency searches, task lists and reads, dashboards, sheet reads
# and answers, evidence uploads, public reads) from many concurrent clients through the gateway on loopback
# (platform/load's Soak), with the gateway's rate limit on at its defaults. Starts the local platform itself,
# under the machine's local-run lock, with the production image's JVM flags, samples every process's RSS,
# the production trace sampling (0.1), and takes each JVM's live heap (after a full GC) at the end of the warm-up and at the end; stops it all.
# Fails on any 5xx, 429, socket error or lost write (Soak counts what was acknowledged against what is held).
#
# Build first: ./mvnw -q package -DskipTests -pl gateway,registry-service,inspection-service,scoring-service,evidence-service,platform/local-run,platform/load -am
# Usage: scripts/soak.sh [clients (200)] [warm-up seconds (60)] [measured seconds (600)]
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/local-platform.sh
hold_local_run_lock SOAK_LOCKED "$0" "$@"
clients=${1:-200}
warmup=${2:-60}
measured=${3:-600}
root=$PWD
data=${LOCAL_DATA:-$root/.local-data/load}
out=$data/out/$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$out"
echo "starting the local platform (data $data, JVM flags: $prod_flags, rate limit at its defaults)"
start_local_platform "$data" "$out"
sampler=
# The services' logs are kept with the run's figures (the local run starts them afresh each time): a 5xx
# is explained there.
trap '[ -n "$sampler" ] && kill $sampler 2>/dev/null; kill -TERM $platform 2>/dev/null; wait $platform 2>/dev/null
  cp "$data"/logs/*-service.log "$out"/ 2>/dev/null || true' EXIT
await_local_platform "$data" "$out"

declare -A pids=([local-run]=$platform)
for entry in gateway:8080 registry:8081 inspection:8082 scoring:8083 evidence:8084 keycloak:8180; do
  pids[${entry%%:*}]=$(ss -ltnpH "sport = :${entry##*:}" | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1)
done
rss() { awk '/VmRSS/ { print $2 }' "/proc/$1/status" 2>/dev/null || echo 0; }
live_heap() { # KB used after a full GC
  jcmd "$1" GC.run > /dev/null 2>&1 || true
  jstat -gc "$1" 2>/dev/null | awk 'NR == 2 { printf "%.0f", $3 + $4 + $6 + $8 }'
}
( while true; do
    for name in "${!pids[@]}"; do echo "$(date +%s) $name $(rss "${pids[$name]}")"; done
    sleep 10
  done ) > "$out/rss.txt" &
sampler=$!

echo "date $(date -u '+%Y-%m-%d %H:%M UTC'), nproc $(nproc), load before: $(uptime | sed 's/.*load average: //')"
java -jar platform/load/target/load.jar "$clients" "$warmup" "$measured" | tee "$out/soak.txt" &
soak=$!
sleep "$warmup"
for name in "${!pids[@]}"; do echo "$name $(rss "${pids[$name]}") $(live_heap "${pids[$name]}")"; done > "$out/after-warmup.txt"
set +e
wait $soak
result=$?
set -e
for name in "${!pids[@]}"; do echo "$name $(rss "${pids[$name]}") $(live_heap "${pids[$name]}")"; done > "$out/at-end.txt"
echo "load after: $(uptime | sed 's/.*load average: //')"
kill $sampler 2>/dev/null; sampler=

echo
printf '%-11s %14s %14s %14s %16s %16s\n' process "RSS warm-up MB" "RSS end MB" "RSS max MB" "live heap wu MB" "live heap end MB"
start=$(awk 'NR == 1 { print $1 }' "$out/rss.txt")
for name in gateway registry inspection scoring evidence keycloak local-run; do
  read -r _ rss_w heap_w < <(grep "^$name " "$out/after-warmup.txt")
  read -r _ rss_e heap_e < <(grep "^$name " "$out/at-end.txt")
  max=$(awk -v n="$name" -v s="$start" -v w="$warmup" '$2 == n && $1 >= s + w && $3 > m { m = $3 } END { print m + 0 }' "$out/rss.txt")
  printf '%-11s %14.0f %14.0f %14.0f %16.0f %16.0f\n' "$name" $(( rss_w / 1024 )) $(( rss_e / 1024 )) $(( max / 1024 )) \
    $(( ${heap_w:-0} / 1024 )) $(( ${heap_e:-0} / 1024 ))
done
echo "(local-run holds the MongoDB-protocol server and S3Proxy; RSS max after the warm-up; live heap = used after a full GC)"
for log in "$data"/logs/*-service.log; do
  echo "$(basename "$log" .log): $(grep -c ' ERROR ' "$log" || true) ERROR lines, $(grep -c ' WARN ' "$log" || true) WARN lines"
done
echo "(the services' logs are copied to $out at the end)"
exit $result
