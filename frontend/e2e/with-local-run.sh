#!/usr/bin/env bash
# Starts the local platform in the background from the built jars (and frontend/dist, served by the
# gateway on :8080) with a fresh data folder, waits until the SPA and the demo draw answer, runs the browser
# tests and the access matrix, and stops the platform with SIGTERM, also when the tests fail or this script is interrupted.
set -uo pipefail
cd "$(dirname "$0")/../.."
base=http://localhost:8080
if curl -s -o /dev/null "$base/readyz"; then
  echo "browser tests: something already answers on :8080; stop the running local platform first" >&2
  exit 1
fi
data=$(mktemp -d "${TMPDIR:-/tmp}/shuangsuiji-e2e.XXXXXX")
LOCAL_DATA="$data" java -jar platform/local-run/target/local-run.jar >"$data/local-run.log" 2>&1 &
pid=$!
keep_logs() {
  mkdir -p frontend/test-results/local-run-logs
  cp -r "$data/local-run.log" "$data/logs/." frontend/test-results/local-run-logs/ 2>/dev/null || true
}
stop() {
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid"
    wait "$pid" 2>/dev/null
  fi
  rm -rf "$data"
}
trap stop EXIT
trap 'exit 130' INT TERM

started=$(date +%s)
ready=""
for _ in $(seq 1 240); do
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "browser tests: the local platform stopped while starting" >&2
    keep_logs
    tail -40 "$data/local-run.log" >&2
    exit 1
  fi
  # Poll the services themselves, not through the gateway: failed calls through it while a service is
  # still starting would count against the gateway's circuit breaker and open it for the tests.
  if curl -sf -o /dev/null http://localhost:8081/readyz && curl -sf -o /dev/null http://localhost:8083/readyz &&
    curl -sf -o /dev/null http://localhost:8084/readyz && curl -sf -o /dev/null "$base/readyz" &&
    curl -sf http://localhost:8082/api/public/inspections/plans/demo-xinxiang-2024/draw 2>/dev/null | grep -q '"result":{'; then
    ready=yes
    break
  fi
  sleep 2
done
if [ -z "$ready" ]; then
  echo "browser tests: the local platform did not answer within 8 minutes" >&2
  keep_logs
  exit 1
fi
curl -sf -o /dev/null "$base/" || { echo "browser tests: the gateway does not serve the SPA (frontend/dist)" >&2; exit 1; }
echo "local platform ready after $(($(date +%s) - started)) s"
# The demo story (platform/local-run DemoStory) carries the demo inspections through every step via the
# gateway as the demo accounts and checks the refusals; wait for its verdict before the browser tests.
for _ in $(seq 1 180); do
  [ -f "$data/story-result.txt" ] && break
  sleep 2
done
mkdir -p frontend/test-results
grep '^\[story\]' "$data/local-run.log" > frontend/test-results/story.log 2>/dev/null
story_rc=0
if [ -f "$data/story-result.txt" ]; then
  read -r sp sf < "$data/story-result.txt"
  echo "$sp $sf 0" > frontend/test-results/story-summary.txt
  echo "demo story: $sp checks passed, $sf failed (frontend/test-results/story.log)"
  grep '^\[story\] FAIL' frontend/test-results/story.log >&2
  [ "$sf" -ne 0 ] && story_rc=1
else
  echo "0 1 0" > frontend/test-results/story-summary.txt
  echo "demo story: no verdict within 6 minutes" >&2
  story_rc=1
fi
(cd frontend && E2E_BASE_URL="$base" node e2e/run-e2e.mjs)
rc=$?
[ "$story_rc" -ne 0 ] && rc=1
# The access matrix (platform/local-run AccessMatrix, issue #12): every operation of the services' OpenAPI
# documents × every kind of caller, through the gateway, against the states the story and the browser
# tests left; writes test-results/access-matrix.md and access-matrix-summary.txt (one check per operation).
matrix_started=$(date +%s)
java -jar platform/local-run/target/local-run.jar --access-matrix 2>&1 | tee frontend/test-results/access-matrix.log
matrix_rc=${PIPESTATUS[0]}
echo "access matrix: exit $matrix_rc in $(($(date +%s) - matrix_started)) s (frontend/test-results/access-matrix.md)"
if [ ! -f frontend/test-results/access-matrix-summary.txt ]; then
  echo "0 1 0" > frontend/test-results/access-matrix-summary.txt
fi
[ "$matrix_rc" -ne 0 ] && rc=1
[ "$rc" -ne 0 ] && keep_logs
exit "$rc"
