#!/usr/bin/env bash
# Runs every test of the project: all Maven modules (unit, slice, integration tests against the
# real MongoDB-protocol server, S3Proxy and Keycloak that the tests start themselves), then the SPA in
# frontend/: npm ci, the OpenAPI types (generated from the snapshots, types.ts checked against them),
# typecheck, unit and component tests (Vitest), the production build, and the browser tests (headless
# chromium against the local platform, started and stopped here).
set -uo pipefail
cd "$(dirname "$0")/.."

./mvnw -B -ntp verify "$@"
rc=$?

if [ -f frontend/package.json ]; then
  rm -rf frontend/test-results
  step() {
    local name=$1
    shift
    local t0=$(date +%s)
    echo "== frontend: $name"
    "$@"
    local status=$?
    echo "== frontend: $name: exit $status in $(($(date +%s) - t0)) s"
    return $status
  }
  (
    cd frontend || exit 1
    step "npm ci" npm ci --no-audit --no-fund --loglevel=error || exit 1
    failed=0
    step "OpenAPI types generated from openapi/*.json, src/api/types.ts against them" npm run --silent api:check || failed=1
    step "typecheck" npm run --silent typecheck || failed=1
    step "unit and component tests" npm run --silent test:ci || failed=1
    step "build" npm run --silent build || failed=1
    exit $failed
  )
  frc=$?
  [ "$frc" -ne 0 ] && rc=1
  if [ "$rc" -eq 0 ] && [ -f frontend/dist/index.html ] && [ -f platform/local-run/target/local-run.jar ]; then
    step "browser tests (local platform on :8080)" frontend/e2e/with-local-run.sh || rc=1
  else
    echo "== frontend: browser tests skipped: the build above failed"
  fi
  (cd frontend && node scripts/summary.mjs)
fi
exit "$rc"
