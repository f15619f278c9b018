import { describe, expect, it, vi } from 'vitest';
import { configure, fireEvent, screen, waitFor } from '@testing-library/react';
import { renderWith, stubFetch } from '../../test/render';
import type { Session } from '../../auth/session';
import PublicResultsPage from '../../pages/public/PublicResultsPage';
import { ConclusionCard, differsFromRecommendation } from './ConclusionCard';
import { rectificationAction } from './Rectifications';

// antd forms render slowly in jsdom on the shared machine (one test took 37 s at load 20): wait longer
vi.setConfig({ testTimeout: 90_000 });
configure({ asyncUtilTimeout: 15_000 });

const rec = { outcome: { code: 'RECTIFY', label: '限期整改' }, actions: [{ code: 'RECTIFY', label: '限期整改' }], provincialReview: false };

describe('the conclusion', () => {
  it('differs from the recommendation when the outcome, the measures or the provincial review change', () => {
    expect(differsFromRecommendation(rec, { outcome: 'RECTIFY', actions: ['RECTIFY'], sendToProvince: false })).toBe(false);
    expect(differsFromRecommendation(rec, { outcome: 'PASS', actions: ['RECTIFY'], sendToProvince: false })).toBe(true);
    expect(differsFromRecommendation(rec, { outcome: 'RECTIFY', actions: [], sendToProvince: false })).toBe(true);
    expect(differsFromRecommendation(rec, { outcome: 'RECTIFY', actions: ['RECTIFY'], sendToProvince: true })).toBe(true);
    expect(differsFromRecommendation(undefined, { outcome: 'PASS' })).toBe(false);
  });

  it('requires a reason from the city when its final conclusion departs from the recommendation', async () => {
    const calls = stubFetch({
      'GET /api/inspections/tasks/p%3Aa/conclusion': () => ({ body: { recommendation: rec } }),
      'GET /api/scoring/templates/t/versions/1': () => ({ body: { templateId: 't', version: 1, conclusions: [{ code: 'RECTIFY', label: '限期整改' }, { code: 'PASS', label: '合格' }] } }),
      'PUT /api/inspections/tasks/p%3Aa/conclusion': (body) => ({ body: { recommendation: rec, decision: body } }),
    });
    renderWith(<ConclusionCard taskId="p:a" templateId="t" templateVersion={1} editable onSaved={() => {}} />);
    await screen.findAllByText('限期整改', {}, { timeout: 10000 });
    fireEvent.click(screen.getByRole('switch'));
    expect(await screen.findByText('最终结论与建议不同，请说明理由')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '保存结论' }));
    expect(await screen.findByText('与建议不同时必须说明理由')).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);
    fireEvent.change(screen.getByLabelText('理由'), { target: { value: '多次整改未到位' } });
    fireEvent.click(screen.getByRole('button', { name: '保存结论' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({
      outcome: 'RECTIFY', outcomeLabel: '限期整改', actions: [{ code: 'RECTIFY', label: '限期整改' }], sendToProvince: true, reason: '多次整改未到位',
    });
  });
});

describe('rectification', () => {
  it('lets the agency answer open or returned items and the organiser review answered ones, nobody else', () => {
    expect(rectificationAction('AGENCY', { status: 'OPEN' })).toBe('respond');
    expect(rectificationAction('AGENCY', { status: 'RETURNED' })).toBe('respond');
    expect(rectificationAction('AGENCY', { status: 'RESPONDED' })).toBeUndefined();
    expect(rectificationAction('ORGANISER', { status: 'RESPONDED' })).toBe('review');
    expect(rectificationAction('ORGANISER', { status: 'OPEN' })).toBeUndefined();
    expect(rectificationAction('BUREAU', { status: 'RESPONDED' })).toBeUndefined();
    expect(rectificationAction('TEAM', { status: 'OPEN' })).toBeUndefined();
  });
});

describe('the published results', () => {
  it('lists authority, type, date and result with a link to the draw record, without a token', async () => {
    let auth: string | null = 'unset';
    const calls = stubFetch({
      'GET /api/public/inspections/results': () => ({
        body: [{ taskId: 'demo-xinxiang-2024:demo-xx-01', planId: 'demo-xinxiang-2024', planTitle: '2024年度新乡市抽查', agencyName: '新乡某司法鉴定所', organiser: '新乡市司法局', inspectionType: '定向抽查', inspectionDate: '2024-06-05', result: '限期整改' }],
      }),
    });
    const stubbed = globalThis.fetch;
    globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
      auth = new Headers(init?.headers).get('Authorization');
      return stubbed(input, init);
    }) as typeof fetch;
    renderWith(<PublicResultsPage />, { session: null as unknown as Session });
    expect(await screen.findByText('新乡某司法鉴定所')).toBeInTheDocument();
    for (const text of ['新乡市司法局', '定向抽查', '2024-06-05', '限期整改', '2024年度新乡市抽查']) expect(screen.getAllByText(text).length).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: '抽取记录' })).toHaveAttribute('href', '/public/plans/demo-xinxiang-2024/draw');
    expect(auth).toBeNull();
    expect(calls[0].path).toBe('/api/public/inspections/results');
  });
});
