// Snapshots each service's OpenAPI document from a running platform into openapi/<service>.json.
// Usage: node scripts/snapshot-openapi.mjs   (the local run: services on their ports 8081-8084)
// /v3/api-docs answers signed-in callers only: the script signs in as a demo user of the local
// realm (password grant of the CLI client, as the local run prints), or sends API_TOKEN if set.
import { writeFileSync } from 'node:fs';
import { services } from './services.mjs';

const keycloak = process.env.KEYCLOAK_URL ?? 'http://localhost:8180/realms/shuangsuiji';
const username = process.env.SNAPSHOT_USER ?? 'xinxiang-city';
const password = process.env.SNAPSHOT_PASSWORD ?? 'demo';

async function token() {
  if (process.env.API_TOKEN) return process.env.API_TOKEN;
  const res = await fetch(`${keycloak}/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: 'shuangsuiji-cli', username, password }),
  });
  if (!res.ok) throw new Error(`sign-in as ${username} at ${keycloak}: HTTP ${res.status}`);
  return (await res.json()).access_token;
}

const bearer = await token();
for (const { name, port } of services) {
  const res = await fetch(`http://localhost:${port}/v3/api-docs`, { headers: { Authorization: `Bearer ${bearer}` } });
  if (!res.ok) throw new Error(`${name}: HTTP ${res.status}`);
  const doc = await res.json();
  delete doc.servers; // the local URL is not part of the contract
  writeFileSync(new URL(`../openapi/${name}.json`, import.meta.url), JSON.stringify(doc, null, 2) + '\n');
  console.log(`openapi/${name}.json`);
}
