# Sourced by scripts/bench-gateway.sh and scripts/soak.sh (issue #13): both measure the local platform
# started the way production runs its JVMs, under the machine's local-run lock, once it and its demo
# story are ready. The caller has `set -euo pipefail` and runs from the repository root.

# The production image's flags (pom.xml, jib): -XX:MaxRAMPercentage=70 of the pod's 768Mi limit
# (k8s/base/services) is 537m; a JVM in such a pod picks the serial collector (less than 1792 MB), so
# the same here. None of the local run's -XX:TieredStopAtLevel=1.
prod_flags="-Xmx537m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError -Djava.awt.headless=true"

# Runs the calling script again under the local-run lock unless it already holds it; MARKER is the
# variable that says it does.
# Usage: hold_local_run_lock MARKER "$0" "$@"
hold_local_run_lock() {
  local marker=$1
  shift
  if [ "${!marker:-}" != 1 ]; then
    echo "waiting for the local-run lock (/tmp/shuangsuiji-localrun.lock)…"
    exec env "$marker=1" flock /tmp/shuangsuiji-localrun.lock "$@"
  fi
}

# Starts local-run.jar in the background (its own heap capped at 1 GB: it holds the MongoDB-protocol server
# and S3Proxy, and with the JVM's default of a quarter of the machine its heap grew to 3 GB of RSS under a
# loaded soak while its live data stayed under 130 MB), the services with the production flags and trace
# sampling (0.1, not the local profile's 1.0), its data in DATA and its log in OUT/local-run.log, and sets `platform` to its pid. Further
# NAME=value arguments go to its environment. The caller sets its EXIT trap next, then calls
# await_local_platform.
# Usage: start_local_platform DATA OUT [NAME=value…]
start_local_platform() {
  local data=$1 out=$2
  shift 2
  rm -f "$data/story-result.txt"
  env LOCAL_DATA="$data" LOCAL_RUN_JVM_FLAGS="$prod_flags" MANAGEMENT_TRACING_SAMPLING_PROBABILITY=0.1 "$@" \
    java -Xmx1g -jar platform/local-run/target/local-run.jar > "$out/local-run.log" 2>&1 &
  platform=$!
}

# Waits up to 8 minutes for the platform to say it is running (exits 1 if it stops or does not), then up
# to 6 minutes for the demo story, which loads the demo data once per data folder.
# Usage: await_local_platform DATA OUT
await_local_platform() {
  local data=$1 out=$2
  for _ in $(seq 1 480); do
    grep -q "platform is running" "$out/local-run.log" && break
    kill -0 "$platform" 2>/dev/null || { echo "the local platform stopped; see $out/local-run.log" >&2; exit 1; }
    sleep 1
  done
  grep -q "platform is running" "$out/local-run.log" || { echo "not up within 8 minutes" >&2; exit 1; }
  echo "up; waiting for the demo story to finish (it loads the demo data once per data folder)"
  for _ in $(seq 1 360); do [ -f "$data/story-result.txt" ] && break; sleep 1; done
  echo "demo story: $(cat "$data/story-result.txt" 2>/dev/null || echo 'not finished')"
}
