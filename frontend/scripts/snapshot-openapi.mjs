// Snapshots each service's OpenAPI document from a running platform into openapi/<service>.json.
// Usage: node scripts/snapshot-openapi.mjs   (services on their local-run ports 8081-8084)
import { writeFileSync } from 'node:fs';
import { services } from './services.mjs';

for (const { name, port } of services) {
  const res = await fetch(`http://localhost:${port}/v3/api-docs`);
  if (!res.ok) throw new Error(`${name}: HTTP ${res.status}`);
  const doc = await res.json();
  delete doc.servers; // the local URL is not part of the contract
  writeFileSync(new URL(`../openapi/${name}.json`, import.meta.url), JSON.stringify(doc, null, 2) + '\n');
  console.log(`openapi/${name}.json`);
}
