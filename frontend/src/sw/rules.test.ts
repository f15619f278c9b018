import { describe, expect, it } from 'vitest';
import { PAGE_API_CACHE_PREFIX } from './register';
import {
  API_CACHE_PREFIX, apiCacheName, clearApiCaches, handleApi, handleAsset, handleShell, SHELL_CACHE, shellUrls, strategyFor,
  subjectOf, type CacheLike, type CachesLike, type RequestLike,
} from './rules';

const ORIGIN = 'http://localhost:8080';
const b64 = (o: object) => btoa(JSON.stringify(o)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
const token = (sub: string) => `${b64({ alg: 'RS256' })}.${b64({ sub, preferred_username: sub })}.sig`;

function req(path: string, { method = 'GET', mode = 'cors', bearer }: { method?: string; mode?: string; bearer?: string } = {}): RequestLike {
  const headers = new Map<string, string>(bearer ? [['authorization', `Bearer ${bearer}`]] : []);
  return { method, mode, url: path.startsWith('http') ? path : ORIGIN + path, headers: { get: (n) => headers.get(n.toLowerCase()) ?? null } };
}

function fakeCaches() {
  const stores = new Map<string, Map<string, Response>>();
  const caches: CachesLike = {
    open: async (name) => {
      const s = stores.get(name) ?? new Map<string, Response>();
      stores.set(name, s);
      const cache: CacheLike = { match: async (k) => s.get(k)?.clone(), put: async (k, r) => void s.set(k, r) };
      return cache;
    },
    keys: async () => [...stores.keys()],
    delete: async (name) => stores.delete(name),
  };
  return { caches, stores };
}

const offline = async (): Promise<Response> => {
  throw new TypeError('Failed to fetch');
};
const answering = (body: unknown, status = 200) => async () => new Response(JSON.stringify(body), { status });

describe('the service worker caching rules', () => {
  it('sends hashed assets cache-first, page loads to the shell, the on-site reads to the per-user cache, and everything else to the network', () => {
    expect(strategyFor(req('/assets/main-abc123.js'), ORIGIN)).toBe('asset');
    expect(strategyFor(req('/favicon.svg'), ORIGIN)).toBe('asset');
    expect(strategyFor(req('/', { mode: 'navigate' }), ORIGIN)).toBe('shell');
    for (const path of [
      '/api/inspections/tasks', '/api/inspections/tasks/demo-xinxiang-2024%3Ademo-xx-19', '/api/inspections/tasks/t1/access',
      '/api/scoring/sheets?inspectionId=t1&mode=OFFICIAL', '/api/scoring/sheets/s1', '/api/scoring/templates/ezhou-2025-scoring/versions/1',
      '/api/evidence/inspections/t1', '/api/evidence/e1/thumbnail',
    ]) expect(strategyFor(req(path), ORIGIN), path).toBe('api');
    expect(strategyFor(req('/api/scoring/sheets/s1/items/i1', { method: 'PUT' }), ORIGIN)).toBe('network');
    expect(strategyFor(req('/api/evidence/inspections/t1/files', { method: 'POST' }), ORIGIN)).toBe('network');
    expect(strategyFor(req('/api/registry/agencies'), ORIGIN)).toBe('network');
    expect(strategyFor(req('/api/scoring/sheets/s1/history'), ORIGIN)).toBe('network');
    expect(strategyFor(req('http://localhost:8180/realms/shuangsuiji/protocol/openid-connect/token'), ORIGIN)).toBe('network');
  });

  it('reads the user from the bearer token, and nobody from a missing or malformed one', () => {
    expect(subjectOf(`Bearer ${token('user-a')}`)).toBe('user-a');
    expect(subjectOf(null)).toBeUndefined();
    expect(subjectOf('Bearer not-a-jwt')).toBeUndefined();
    expect(subjectOf(`Bearer x.${b64({ name: 'no sub' })}.y`)).toBeUndefined();
  });

  it('answers an on-site read from the cache without a connection only to the same user', async () => {
    const { caches, stores } = fakeCaches();
    const online = await handleApi(req('/api/scoring/sheets/s1', { bearer: token('user-a') }), answering({ id: 's1', version: 4 }), caches);
    expect(await online.json()).toEqual({ id: 's1', version: 4 });
    expect([...stores.keys()]).toEqual([apiCacheName('user-a')]);

    const again = await handleApi(req('/api/scoring/sheets/s1', { bearer: token('user-a') }), offline, caches);
    expect(await again.json()).toEqual({ id: 's1', version: 4 });
    await expect(handleApi(req('/api/scoring/sheets/s1', { bearer: token('user-b') }), offline, caches)).rejects.toThrow('Failed to fetch');
    await expect(handleApi(req('/api/scoring/sheets/s1'), offline, caches)).rejects.toThrow('Failed to fetch');
  });

  it('keeps only successful answers, and asks the network first while online', async () => {
    const { caches } = fakeCaches();
    const a = token('user-a');
    await handleApi(req('/api/inspections/tasks/t1', { bearer: a }), answering({ title: 'gone' }, 404), caches);
    await expect(handleApi(req('/api/inspections/tasks/t1', { bearer: a }), offline, caches)).rejects.toThrow();
    await handleApi(req('/api/inspections/tasks/t1', { bearer: a }), answering({ status: 'CHECKING' }), caches);
    const fresh = await handleApi(req('/api/inspections/tasks/t1', { bearer: a }), answering({ status: 'FINDINGS_DISCUSSED' }), caches);
    expect(await fresh.json()).toEqual({ status: 'FINDINGS_DISCUSSED' });
    expect(await (await handleApi(req('/api/inspections/tasks/t1', { bearer: a }), offline, caches)).json()).toEqual({ status: 'FINDINGS_DISCUSSED' });
  });

  it('starts offline from the cached shell, and keeps hashed assets after their first load', async () => {
    const { caches, stores } = fakeCaches();
    await handleShell(req('/', { mode: 'navigate' }), async () => new Response('<html>shell</html>'), caches);
    expect(await (await handleShell(req('/', { mode: 'navigate' }), offline, caches)).text()).toBe('<html>shell</html>');
    let fetched = 0;
    const once = async () => {
      fetched++;
      return new Response('code');
    };
    await handleAsset(req('/assets/a-1.js'), once, caches);
    expect(await (await handleAsset(req('/assets/a-1.js'), offline, caches)).text()).toBe('code');
    expect(fetched).toBe(1);
    expect([...stores.keys()]).toEqual([SHELL_CACHE]);
  });

  it('lists the shell index.html names', () => {
    const html = '<link rel="icon" href="/favicon.svg" /><script type="module" crossorigin src="/assets/main-Ab1.js"></script><link rel="modulepreload" href="/assets/i18n-X.js"><link rel="stylesheet" href="/assets/main-C.css">';
    expect(shellUrls(html)).toEqual(['/', '/index.html', '/favicon.svg', '/assets/main-Ab1.js', '/assets/i18n-X.js', '/assets/main-C.css']);
  });

  it('clears every user\'s cached answers at logout and leaves the app shell', async () => {
    const { caches, stores } = fakeCaches();
    await handleApi(req('/api/inspections/tasks', { bearer: token('user-a') }), answering([]), caches);
    await handleApi(req('/api/inspections/tasks', { bearer: token('user-b') }), answering([]), caches);
    await handleAsset(req('/assets/a-1.js'), answering('x'), caches);
    await clearApiCaches(caches);
    expect([...stores.keys()]).toEqual([SHELL_CACHE]);
    expect(PAGE_API_CACHE_PREFIX).toBe(API_CACHE_PREFIX);
  });
});
