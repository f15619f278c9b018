// Writes test-results/summary.txt ("passed failed skipped", read by scripts/count-tests.sh) from the
// Vitest JSON report and, when they ran, the browser tests' summary.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const dir = new URL('../test-results/', import.meta.url);
let passed = 0;
let failed = 0;
let skipped = 0;
const vitest = new URL('vitest.json', dir);
if (existsSync(vitest)) {
  const r = JSON.parse(readFileSync(vitest, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + (r.numTodoTests ?? 0);
}
const browser = new URL('browser-summary.txt', dir);
if (existsSync(browser)) {
  const [p, f, s] = readFileSync(browser, 'utf8').trim().split(/\s+/).map(Number);
  passed += p;
  failed += f;
  skipped += s;
}
writeFileSync(new URL('summary.txt', dir), `${passed} ${failed} ${skipped}\n`);
console.log(`frontend tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
// The access matrix and the demo story have their own summaries, which scripts/count-tests.sh adds.
const matrix = new URL('access-matrix-summary.txt', dir);
if (existsSync(matrix)) {
  const [p, f] = readFileSync(matrix, 'utf8').trim().split(/\s+/).map(Number);
  console.log(`access matrix: ${p} operations passed, ${f} failed (test-results/access-matrix.md)`);
}
