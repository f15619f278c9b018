#!/usr/bin/env bash
# Fills a running platform with the synthetic national data set (issue 15), deterministic from the seed:
#   scripts/national-data.sh --seed 1 --scale 0.05              # into the local run (./run-local.sh)
#   scripts/national-data.sh --seed 1 --scale 1 --files-only --out target/national   # import files only
#   scripts/national-data.sh --seed 1 --scale 1 --bureaus     # the whole country: a bureau account per province and city first
#   scripts/national-data.sh --seed 1 --scale 1 --bureaus --history DIR   # and ten years carried out: the stories
#       written to DIR/history.jsonl, then scripts/national-history.sh DIR (the services' loaders) runs on them;
#       --no-carry-out stops after the file
# Other options: --gateway URL (http://127.0.0.1:8080), --keycloak URL (http://127.0.0.1:8180), --keycloak-admin (admin:admin),
# --account PROVINCE=username (repeatable; default the local realm's henan-province and hubei-province),
# --password (demo). What it generates, what the platform could take and what it wrote is printed at the end.
# The jar is built when it is missing or older than the module's sources.
set -euo pipefail
cd "$(dirname "$0")/.."

jar=platform/national-data/target/national-data.jar
if [ ! -f "$jar" ] || [ -n "$(find platform/national-data/src platform/national-data/pom.xml -newer "$jar" -print -quit)" ]; then
	./mvnw -q -pl platform/national-data -am package -DskipTests
fi
history=""
carry_out=1
args=()
while [ $# -gt 0 ]; do
	case "$1" in
		--no-carry-out) carry_out=0 ;;
		--history) args+=("$1"); [ $# -gt 1 ] && { history="$2"; args+=("$2"); shift; } ;;
		*) args+=("$1") ;;
	esac
	shift
done
java -jar "$jar" "${args[@]}"
if [ -n "$history" ] && [ "$carry_out" = 1 ]; then
	exec scripts/national-history.sh "$history"
fi
