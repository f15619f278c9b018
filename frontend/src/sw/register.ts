// The page's side of the service worker: registration (production builds only, see main.tsx) and the
// logout clean-up. Kept apart from rules.ts so the page bundle does not pull the worker's code.
const API_CACHE_PREFIX = 'shuangsuiji-api-'; // rules.ts API_CACHE_PREFIX (a test keeps them equal)

export function registerServiceWorker() {
  if (!('serviceWorker' in navigator)) return;
  // Not at 'load': the first page still fetches its lazy chunks and its data then, and a worker that
  // installs and claims the page meanwhile routes them through itself (measured: +250-300 ms of a 1.3 s
  // first page). A few seconds later, when the browser is idle, costs the visitor nothing.
  const whenSettled = (start: () => void) =>
    setTimeout(() => ('requestIdleCallback' in window ? requestIdleCallback(start, { timeout: 2000 }) : start()), 3000);
  window.addEventListener('load', () => whenSettled(() => {
    navigator.serviceWorker
      .register('/sw.js')
      .then(() => navigator.serviceWorker.ready)
      .then((reg) => {
        const urls = performance
          .getEntriesByType('resource')
          .map((r) => new URL(r.name))
          .filter((u) => u.origin === location.origin && u.pathname.startsWith('/assets/'))
          .map((u) => u.pathname);
        reg.active?.postMessage({ type: 'keep-assets', urls });
      })
      // without a worker the app works as before, only not offline
      .catch((e: unknown) => console.warn('service worker not registered', e));
  }));
}

/** At logout: no signed-in user's API answers stay on the device. */
export async function clearCachedUserData(): Promise<void> {
  if (typeof caches === 'undefined') return;
  navigator.serviceWorker?.controller?.postMessage({ type: 'logout' });
  for (const name of await caches.keys()) if (name.startsWith(API_CACHE_PREFIX)) await caches.delete(name);
}

export { API_CACHE_PREFIX as PAGE_API_CACHE_PREFIX };
