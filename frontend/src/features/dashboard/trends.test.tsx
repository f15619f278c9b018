import { describe, expect, it, vi } from 'vitest';
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import type { Dashboard } from '../../api/types';
import { FixedAuthProvider } from '../../auth/AuthContext';
import type { Session } from '../../auth/session';
import { I18nProvider } from '../../i18n';
import { stubFetch } from '../../test/render';
import RegionAgencyResultsPage from '../../pages/common/RegionAgencyResultsPage';
import AgencyResultsPage from '../../pages/common/AgencyResultsPage';
import { regionPrefix } from './DrillBreadcrumb';
import { agencyRowsOf, measureOf, rectificationState, trendOf, yearsOfPlans } from './trends';

vi.setConfig({ testTimeout: 90_000 });
configure({ asyncUtilTimeout: 15_000 });

const board = (year: number, sheets: number, subRegions: Dashboard['subRegions'], mean?: number): Dashboard => ({
  region: '410000', year, sheets, outcomes: [{ code: 'RECTIFY', label: '限期整改', sheets: 1 }], totals: { sheets, mean }, distribution: [], findings: [], subRegions,
});
const names: Record<string, string> = { '410000': '全省', '410700': '新乡市', '410100': '郑州市' };

describe('the trend over years', () => {
  it('takes the years of the plans once each, ascending', () => {
    expect(yearsOfPlans([{ year: 2025 }, { year: 2024 }, { year: 2025 }, {}])).toEqual([2024, 2025]);
  });

  it('gives the province and every city one value per year with sheets, in year order', () => {
    const trend = trendOf(
      [
        { year: 2025, board: board(2025, 3, [{ region: '410700', sheets: 2, meanTotal: 81.26, outcomes: [] }, { region: '410100', sheets: 1, meanTotal: 90, outcomes: [{ code: 'R', label: 'r', sheets: 1 }] }], 84.17) },
        { year: 2023, board: board(2023, 0, []) },
        { year: 2024, board: board(2024, 1, [{ region: '410700', sheets: 1, meanTotal: 70, outcomes: [] }], 70) },
      ],
      'sheets',
      (c) => names[c] ?? c,
    );
    expect(trend.years).toEqual([2024, 2025]);
    expect(trend.province).toEqual({ code: '410000', name: '全省', values: [1, 3] });
    expect(trend.cities).toEqual([
      { code: '410100', name: '郑州市', values: [0, 1] },
      { code: '410700', name: '新乡市', values: [1, 2] },
    ]);
  });

  it('leaves a mean out (null) where a city has no sheet that year, and rounds means to one decimal', () => {
    const boards = [
      { year: 2024, board: board(2024, 1, [{ region: '410700', sheets: 1, meanTotal: 70, outcomes: [] }], 70) },
      { year: 2025, board: board(2025, 1, [{ region: '410100', sheets: 1, meanTotal: 84.26, outcomes: [] }], 84.26) },
    ];
    const trend = trendOf(boards, 'mean', (c) => names[c] ?? c);
    expect(trend.province.values).toEqual([70, 84.3]);
    expect(trend.cities.find((c) => c.code === '410100')?.values).toEqual([null, 84.3]);
    expect(trendOf(boards, 'serious', (c) => c).province.values).toEqual([1, 1]);
    expect(measureOf('serious', { outcomes: [{ sheets: 2 }, { sheets: 3 }] })).toBe(5);
  });
});

const published = [
  { taskId: 'p24:a', planId: 'p24', planTitle: '2024年度新乡市抽查', agencyName: '新乡某司法鉴定所', creditCode: 'C-A', agencyRegion: '410702', organiser: '新乡市司法局', inspectionType: '定向抽查', inspectionDate: '2024-06-05', result: '限期整改', outcomeCode: 'RECTIFY', outcomeLabel: '限期整改', actions: ['限期整改'] },
  { taskId: 'p25:a', planId: 'p25', planTitle: '2025年度新乡市抽查', agencyName: '新乡某司法鉴定所', creditCode: 'C-A', agencyRegion: '410702', organiser: '新乡市司法局', inspectionType: '定向抽查', inspectionDate: '2025-05-20', result: '合格', outcomeCode: 'PASS', outcomeLabel: '合格', actions: [] },
  { taskId: 'p25:b', planId: 'p25', planTitle: '2025年度新乡市抽查', agencyName: '原阳某司法鉴定中心', creditCode: 'C-B', agencyRegion: '410725', organiser: '新乡市司法局', inspectionType: '定向抽查', inspectionDate: '2025-05-21', result: '不合格', outcomeCode: 'FAIL', outcomeLabel: '不合格', actions: ['责令整改'] },
];

describe('results per agency', () => {
  it('groups the published results per agency with its plans, years, latest result and results that came with measures', () => {
    const rows = agencyRowsOf(published);
    expect(rows.map((r) => r.creditCode)).toEqual(['C-A', 'C-B']);
    expect(rows[0]).toMatchObject({ agencyName: '新乡某司法鉴定所', inspections: 2, plans: 2, years: '2024、2025', latestDate: '2025-05-20', latestResult: '合格', withMeasures: 1 });
    expect(rows[1]).toMatchObject({ inspections: 1, latestResult: '不合格', withMeasures: 1 });
  });

  it('says "unknown" for rectification when the plan is not readable, else none, open or done', () => {
    expect(rectificationState(undefined, false)).toBe('unknown');
    expect(rectificationState(undefined, true)).toBe('none');
    expect(rectificationState({ items: [{}], complete: false }, true)).toBe('open');
    expect(rectificationState({ items: [{}], complete: true }, true)).toBe('done');
  });
});

const province: Session = { username: 'henan-province', name: '河南省司法厅', roles: ['province'], region: '410000' };

describe('the drill-down', () => {
  it('keeps a region code\'s significant digits, so 许昌 (411000) is not taken for a prefix of 漯河 (411100)', () => {
    expect(['410000', '411000', '410725'].map(regionPrefix)).toEqual(['41', '4110', '410725']);
  });

  it('goes from the city to an agency and back, with the province dashboard in the breadcrumbs', async () => {
    const calls = stubFetch({
      'GET /api/public/inspections/results': () => ({ body: published }),
      'GET /api/public/registry/regions/410700': () => ({ body: { code: '410700', name: '新乡市' } }),
      'GET /api/public/registry/regions/410700/ancestors': () => ({ body: [{ code: '410000', name: '河南省' }] }),
      'GET /api/inspections/plans/p24/rectifications': () => ({ body: [{ taskId: 'p24:a', planId: 'p24', items: [{}], complete: true }] }),
      'GET /api/inspections/plans/p25/rectifications': () => ({ status: 403, body: { title: 'Forbidden', status: 403 } }),
    });
    render(
      <I18nProvider initial="zh">
        <FixedAuthProvider session={province}>
          <MemoryRouter initialEntries={['/agency-results?region=410700']}>
            <Routes>
              <Route path="/agency-results" element={<RegionAgencyResultsPage />} />
              <Route path="/agency-results/:creditCode" element={<AgencyResultsPage />} />
              <Route path="/province/dashboard" element={<p>dashboard page</p>} />
            </Routes>
          </MemoryRouter>
        </FixedAuthProvider>
      </I18nProvider>,
    );
    const link = await screen.findByRole('link', { name: '新乡某司法鉴定所' });
    expect(screen.getByRole('link', { name: '原阳某司法鉴定中心' })).toBeInTheDocument();
    const crumbs = await screen.findByLabelText('下钻路径');
    await within(crumbs).findByText('新乡市');
    expect(within(crumbs).getByRole('link', { name: '全省概览' })).toHaveAttribute('href', '/province/dashboard');
    expect(calls.find((c) => c.path === '/api/public/inspections/results')).toBeDefined();

    fireEvent.click(link);
    expect(await screen.findByRole('heading', { name: '新乡某司法鉴定所：历次抽查结果' })).toBeInTheDocument();
    await screen.findByText('2024年度新乡市抽查');
    expect(screen.getAllByText('2025年度新乡市抽查').length).toBeGreaterThan(0);
    expect(screen.queryByText('原阳某司法鉴定中心')).toBeNull();
    await waitFor(() => expect(screen.getAllByText('已完成整改').length).toBeGreaterThan(0));
    expect(screen.getAllByText('—').length).toBeGreaterThan(0);

    const back = within(screen.getByLabelText('下钻路径')).getByRole('link', { name: '新乡市' });
    expect(back).toHaveAttribute('href', '/agency-results?region=410700');
    fireEvent.click(back);
    expect(await screen.findByRole('heading', { name: '各机构抽查结果' })).toBeInTheDocument();
  });
});
