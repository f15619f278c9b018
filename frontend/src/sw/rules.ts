// The service worker's caching rules, free of service-worker globals so Vitest runs them (sw.ts wires them).
// - hashed build assets (/assets/*): cache first, they never change under one name;
// - page loads: network first, the cached app shell (/index.html) without a connection;
// - the on-site reads (task, access, sheet, template, evidence list, thumbnails): network first, and a copy
//   kept per signed-in user (the `sub` of the bearer token) that only a request carrying a token of the
//   same user is ever answered from. No token, no cached API answer. Logout deletes every user's copies.
// - everything else (writes, other APIs, Keycloak, other origins): straight to the network.

export const SHELL_CACHE = 'shuangsuiji-shell-v1';
export const API_CACHE_PREFIX = 'shuangsuiji-api-';

export type Strategy = 'asset' | 'shell' | 'api' | 'network';

export interface RequestLike {
  method: string;
  url: string;
  mode?: string;
  headers: { get(name: string): string | null };
}

const ONSITE_READS = [
  /^\/api\/inspections\/tasks$/,
  /^\/api\/inspections\/tasks\/[^/]+$/,
  /^\/api\/inspections\/tasks\/[^/]+\/access$/,
  /^\/api\/inspections\/tasks\/[^/]+\/fact-sheet$/,
  /^\/api\/scoring\/sheets$/,
  /^\/api\/scoring\/sheets\/[^/]+$/,
  /^\/api\/scoring\/templates\/[^/]+\/versions\/\d+$/,
  /^\/api\/evidence\/inspections\/[^/]+$/,
  /^\/api\/evidence\/[^/]+\/thumbnail$/,
];

export function strategyFor(request: RequestLike, origin: string): Strategy {
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== origin) return 'network';
  if (request.mode === 'navigate') return 'shell';
  if (url.pathname.startsWith('/assets/') || url.pathname === '/favicon.svg') return 'asset';
  if (ONSITE_READS.some((r) => r.test(url.pathname))) return 'api';
  return 'network';
}

/** The `sub` of a bearer token (not verified: it only picks the user's own cache, the server checks the token). */
export function subjectOf(authorization: string | null): string | undefined {
  const token = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  const payload = token?.split('.')[1];
  if (!payload) return undefined;
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(payload.length / 4) * 4, '='));
    const sub = (JSON.parse(json) as { sub?: unknown }).sub;
    return typeof sub === 'string' && sub ? sub : undefined;
  } catch {
    return undefined;
  }
}

export const apiCacheName = (sub: string) => `${API_CACHE_PREFIX}${encodeURIComponent(sub)}`;

/** The scripts, styles and icon index.html names: the shell to keep at install. */
export function shellUrls(indexHtml: string): string[] {
  const urls = [...indexHtml.matchAll(/(?:src|href)="(\/(?:assets\/[^"]+|favicon\.svg))"/g)].map((m) => m[1]);
  return ['/', '/index.html', ...new Set(urls)];
}

/** The part of CacheStorage the rules use (a Map-backed fake in the tests). */
export interface CacheLike {
  match(key: string): Promise<Response | undefined>;
  put(key: string, response: Response): Promise<void>;
}
export interface CachesLike {
  open(name: string): Promise<CacheLike>;
  keys(): Promise<string[]>;
  delete(name: string): Promise<boolean>;
}
type Fetch = (request: RequestLike) => Promise<Response>;

const key = (url: string) => {
  const u = new URL(url);
  return u.pathname + u.search;
};

export async function handleAsset(request: RequestLike, fetch: Fetch, caches: CachesLike): Promise<Response> {
  const cache = await caches.open(SHELL_CACHE);
  const hit = await cache.match(key(request.url));
  if (hit) return hit;
  const res = await fetch(request);
  if (res.ok) await cache.put(key(request.url), res.clone());
  return res;
}

export async function handleShell(request: RequestLike, fetch: Fetch, caches: CachesLike): Promise<Response> {
  const cache = await caches.open(SHELL_CACHE);
  try {
    const res = await fetch(request);
    // the root document is the app shell (hash routing): keep the newest one
    if (res.ok && ['/', '/index.html'].includes(new URL(request.url).pathname)) await cache.put('/index.html', res.clone());
    return res;
  } catch (e) {
    const shell = await cache.match('/index.html');
    if (shell) return shell;
    throw e;
  }
}

export async function handleApi(request: RequestLike, fetch: Fetch, caches: CachesLike): Promise<Response> {
  const sub = subjectOf(request.headers.get('Authorization'));
  if (!sub) return fetch(request);
  const cache = await caches.open(apiCacheName(sub));
  try {
    const res = await fetch(request);
    if (res.status === 200) await cache.put(key(request.url), res.clone());
    return res;
  } catch (e) {
    const hit = await cache.match(key(request.url));
    if (hit) return hit;
    throw e;
  }
}

/** At logout: every user's kept API answers go. */
export async function clearApiCaches(caches: CachesLike): Promise<void> {
  for (const name of await caches.keys()) if (name.startsWith(API_CACHE_PREFIX)) await caches.delete(name);
}
