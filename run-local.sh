#!/usr/bin/env bash
# Starts the whole platform locally on embedded defaults: builds every module and the SPA (frontend/,
# when Node's npm is on PATH), then starts the MongoDB-protocol server (H2 file), S3Proxy (folder),
# Keycloak (realm imported), every service and the gateway, which also serves the SPA; prints the URL and
# the demo logins. Ctrl-C stops it all; data stays in .local-data/.
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -B -q -ntp -DskipTests install
if command -v npm >/dev/null 2>&1; then
  (
    cd frontend
    # npm ci only when the lock file changed since the last install
    if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
      npm ci --no-audit --no-fund --loglevel=error
    fi
    npm run --silent build >/dev/null
  )
else
  echo "npm not found: starting without the web app (the API still answers on :8080)" >&2
fi
exec java -jar platform/local-run/target/local-run.jar "$@"
