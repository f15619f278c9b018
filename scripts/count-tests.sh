#!/usr/bin/env bash
# Prints "passed failed skipped" summed over every Surefire/Failsafe report of the last build,
# the demo story's checks, the access matrix's and the frontend's test summary (frontend/test-results/*summary.txt:
# "passed failed skipped").
cd "$(dirname "$0")/.."
tests=0; failures=0; errors=0; skipped=0
while IFS= read -r -d '' report; do
  line=$(grep -m1 -o '<testsuite [^>]*>' "$report")
  attr() { echo "$line" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
  tests=$((tests + $(attr tests))); failures=$((failures + $(attr failures)))
  errors=$((errors + $(attr errors))); skipped=$((skipped + $(attr skipped)))
done < <(find . -path ./node_modules -prune -o \( -path '*/target/surefire-reports/TEST-*.xml' -o -path '*/target/failsafe-reports/TEST-*.xml' \) -print0)
passed=$((tests - failures - errors - skipped))
failed=$((failures + errors))
# the demo story's checks against the running platform (frontend/e2e/with-local-run.sh)
if [ -f frontend/test-results/story-summary.txt ]; then
  read -r sp sf ss < frontend/test-results/story-summary.txt
  passed=$((passed + sp)); failed=$((failed + sf)); skipped=$((skipped + ss))
fi
# the access matrix against the running platform: one check per operation (frontend/e2e/with-local-run.sh)
if [ -f frontend/test-results/access-matrix-summary.txt ]; then
  read -r mp mf ms < frontend/test-results/access-matrix-summary.txt
  passed=$((passed + mp)); failed=$((failed + mf)); skipped=$((skipped + ms))
fi
if [ -f frontend/test-results/summary.txt ]; then
  read -r fp ff fs < frontend/test-results/summary.txt
  passed=$((passed + fp)); failed=$((failed + ff)); skipped=$((skipped + fs))
fi
echo "$passed $failed $skipped"
