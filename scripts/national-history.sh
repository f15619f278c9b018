#!/usr/bin/env bash
# Carries the generated inspections out in the running local platform (issue 15, on-site history):
#   scripts/national-data.sh --seed 1 --scale 1 --history target/national-history --no-carry-out   # plans, draws, history.jsonl
#   scripts/national-history.sh target/national-history                             # sheets, on-site, evidence
# (national-data.sh with --history and without --no-carry-out runs this script itself afterwards)
# Each service's own jar runs once more as a one-off process beside the running platform, with its history
# loader switched on (a demo/ ApplicationRunner that writes through the service's own stores, then exits):
# scoring-service first (answered sheets; writes sheet-results.jsonl), then inspection-service (on-site record,
# conclusions, rectifications, publications; reads sheet-results.jsonl), then evidence-service (evidence
# metadata, objects for a sample). Idempotent: a second run writes nothing new. The contract of the files:
# platform/national-data/README.md, "On-site history".
set -euo pipefail
cd "$(dirname "$0")/.."

dir="${1:?usage: scripts/national-history.sh DIR (the --history folder of national-data.sh)}"
[ -f "$dir/history.jsonl" ] || { echo "no $dir/history.jsonl: run scripts/national-data.sh … --history $dir first" >&2; exit 2; }
dir="$(cd "$dir" && pwd)"
version=0.1.0-SNAPSHOT
keycloak="${KEYCLOAK_URL:-http://localhost:8180}"
issuer="$keycloak/realms/shuangsuiji"

run() { # service, then the loader's properties
	local service="$1"; shift
	local jar="$service/target/$service-$version.jar"
	[ -f "$jar" ] || { echo "$jar is missing: build with ./mvnw -q package -DskipTests -pl $service -am" >&2; exit 2; }
	echo "[national-history] $service"
	PORT=0 MANAGEMENT_PORT=0 SERVER_ADDRESS=127.0.0.1 MANAGEMENT_ADDRESS=127.0.0.1 \
		KEYCLOAK_ISSUER="$issuer" KEYCLOAK_JWK_SET_URI="$issuer/protocol/openid-connect/certs" \
		S3_ENDPOINT="http://127.0.0.1:9100" S3_ACCESS_KEY=local-access S3_SECRET_KEY=local-secret-key \
		java -Xmx1g -jar "$jar" --spring.profiles.active=local "$@"
}

run scoring-service --scoring.history.file="$dir/history.jsonl" --scoring.history.out="$dir/sheet-results.jsonl"
run inspection-service --inspection.demo.enabled=false --inspection.history.file="$dir/history.jsonl" \
	--inspection.history.sheet-results="$dir/sheet-results.jsonl"
run evidence-service --evidence.history.file="$dir/history.jsonl"
echo "[national-history] done: $(wc -l < "$dir/history.jsonl") inspections in $dir/history.jsonl"
