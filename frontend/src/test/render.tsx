import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { FixedAuthProvider } from '../auth/AuthContext';
import type { Session } from '../auth/session';
import { I18nProvider, type Lang } from '../i18n';

export const citySession: Session = { username: 'xinxiang-city', name: '新乡市司法局', roles: ['city'], region: '410700' };

export function renderWith(ui: ReactElement, { session = citySession, lang = 'zh' as Lang } = {}) {
  return render(
    <I18nProvider initial={lang}>
      <FixedAuthProvider session={session}>
        <MemoryRouter>{ui}</MemoryRouter>
      </FixedAuthProvider>
    </I18nProvider>,
  );
}

/** A fetch stub answering by "METHOD path" (query ignored). */
export function stubFetch(routes: Record<string, (body: unknown) => { status?: number; body: unknown }>) {
  const calls: { method: string; path: string; body: unknown }[] = [];
  const fetchStub = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    const method = init?.method ?? 'GET';
    const body = init?.body ? JSON.parse(String(init.body)) : undefined;
    calls.push({ method, path: url.pathname, body });
    const route = routes[`${method} ${url.pathname}`];
    if (!route) return new Response(JSON.stringify({ title: 'not stubbed' }), { status: 404 });
    const answer = route(body);
    const status = answer.status ?? 200;
    return new Response(JSON.stringify(answer.body), {
      status,
      headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
    });
  };
  globalThis.fetch = fetchStub as typeof fetch;
  return calls;
}
