#!/usr/bin/env bash
# Starts the whole platform locally on embedded defaults: builds every module, then starts the
# MongoDB-protocol server (H2 file), S3Proxy (folder), Keycloak (realm imported), every service
# and the gateway; prints the URL and the demo logins. Ctrl-C stops it all; data stays in .local-data/.
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -B -q -ntp -DskipTests install
exec java -jar platform/local-run/target/local-run.jar "$@"
