#!/usr/bin/env bash
# Runs every test of the project: all Maven modules (unit, slice, integration tests against the
# real MongoDB-protocol server, S3Proxy and Keycloak that the tests start themselves).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp verify "$@"
