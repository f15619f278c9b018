// The service worker (built to /sw.js, registered by register.ts in production builds only). The rules are
// in rules.ts; this file only wires them to the service-worker events.
import { clearApiCaches, handleApi, handleAsset, handleShell, SHELL_CACHE, shellUrls, strategyFor, type CachesLike } from './rules';

// Typed by hand: the project's TypeScript lib is the DOM's, not the WebWorker one.
interface ExtendableEvent extends Event { waitUntil(p: Promise<unknown>): void }
interface FetchEvent extends ExtendableEvent { request: Request; respondWith(r: Promise<Response>): void }
interface MessageEvent_ extends ExtendableEvent { data: unknown }
interface Scope {
  location: Location;
  caches: CacheStorage;
  clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', fn: (e: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', fn: (e: FetchEvent) => void): void;
  addEventListener(type: 'message', fn: (e: MessageEvent_) => void): void;
}
const sw = self as unknown as Scope;

const storage: CachesLike = {
  open: async (name) => {
    const cache = await sw.caches.open(name);
    return { match: (k) => cache.match(k), put: (k, r) => cache.put(k, r) };
  },
  keys: () => sw.caches.keys(),
  delete: (name) => sw.caches.delete(name),
};
const net = (r: { url: string }) => fetch(r as Request);

sw.addEventListener('install', (e) => {
  e.waitUntil(
    (async () => {
      const html = await (await fetch('/index.html', { cache: 'no-cache' })).text();
      await (await sw.caches.open(SHELL_CACHE)).addAll(shellUrls(html));
      await sw.skipWaiting();
    })(),
  );
});

sw.addEventListener('activate', (e) => e.waitUntil(sw.clients.claim()));

sw.addEventListener('fetch', (e) => {
  const origin = sw.location.origin;
  const strategy = strategyFor(e.request, origin);
  if (strategy === 'asset') e.respondWith(handleAsset(e.request, net, storage));
  else if (strategy === 'shell') e.respondWith(handleShell(e.request, net, storage));
  else if (strategy === 'api') e.respondWith(handleApi(e.request, net, storage));
});

sw.addEventListener('message', (e) => {
  const msg = e.data as { type?: string; urls?: unknown } | undefined;
  // the lazy chunks the page loaded before this worker controlled it
  if (msg?.type === 'keep-assets' && Array.isArray(msg.urls)) {
    const urls = msg.urls.filter((u): u is string => typeof u === 'string' && u.startsWith('/assets/'));
    e.waitUntil(sw.caches.open(SHELL_CACHE).then((c) => c.addAll(urls)).catch(() => undefined));
  }
  if (msg?.type === 'logout') e.waitUntil(clearApiCaches(storage));
});
