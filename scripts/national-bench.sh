#!/usr/bin/env bash
# The budget benchmark of issue 15, against a running platform loaded by scripts/national-data.sh:
#   scripts/national-bench.sh                      # the local realm's bureaus (河南, 湖北, 新乡, 鄂州)
#   scripts/national-bench.sh --bureaus            # after national-data.sh --bureaus: every province and city
# Times the province dashboards, a city's plan summary, the registry search, a province's public results and
# a draw for the largest city (plans it creates, titled "national-bench …"), each many times after a warm-up,
# and prints p50/p95/max against the budgets with the data set's size, date, machine and load average.
# Other options: --province CODE, --city CODE, --runs N (100), --warmup N (10), --draws N (40),
# --draw-warmup N (10), --pace-ms N (60), --out FILE (target/national-bench/national-bench-<time>.txt),
# --gateway URL, --keycloak URL, --account REGION=username (repeatable), --password (demo).
# The jar is built when it is missing or older than the module's sources.
set -euo pipefail
cd "$(dirname "$0")/.."

jar=platform/national-data/target/national-data.jar
if [ ! -f "$jar" ] || [ -n "$(find platform/national-data/src platform/national-data/pom.xml -newer "$jar" -print -quit)" ]; then
	./mvnw -q -pl platform/national-data -am package -DskipTests
fi
# the generator's jar, another main class
exec java -Dloader.main=org.shuangsuiji.nationaldata.NationalBench -cp "$jar" \
	org.springframework.boot.loader.launch.PropertiesLauncher "$@"
