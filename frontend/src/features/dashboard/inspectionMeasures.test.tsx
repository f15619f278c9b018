import { describe, expect, it, vi } from 'vitest';
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { InspectionDashboard } from '../../api/types';
import type { Session } from '../../auth/session';
import { inspectionRow as row } from '../../test/dashboard';
import { renderWith, stubFetch } from '../../test/render';
import DashboardPage from '../../pages/province/DashboardPage';
import { inspectionMeasureOf, inspectionRowsOf, inspectionTotalOf, inspectionTrendOf, mergeRows } from './trends';

// the map and the chart draw on a canvas jsdom lacks: these stand-ins list what the page hands them
vi.mock('./ProvinceMap', () => ({
  loadProvinceMap: async () => 'province-41',
  ProvinceMap: ({ values, measure }: { values: { name: string; value: number }[]; measure: string }) => (
    <ul aria-label={`map ${measure}`}>{values.map((v) => <li key={v.name}>{`${v.name}=${v.value}`}</li>)}</ul>
  ),
}));
vi.mock('./TrendChart', () => ({
  TrendChart: ({ trend }: { trend: { years: number[]; province: { values: (number | null)[] }; cities: { name: string; values: (number | null)[] }[] } }) => (
    <ul aria-label="trend">
      <li>{`years ${trend.years.join(',')}`}</li>
      <li>{`province ${trend.province.values.join(',')}`}</li>
      {trend.cities.map((c) => <li key={c.name}>{`${c.name} ${c.values.join(',')}`}</li>)}
    </ul>
  ),
}));

vi.setConfig({ testTimeout: 180_000 });
configure({ asyncUtilTimeout: 15_000 });

const province: InspectionDashboard = {
  region: '410000', workingDays: 20, today: '2026-11-30',
  rows: [
    row('410100', 2024, { inspections: 2, agenciesInspected: 2, findings: 2, findingsPerAgency: 1, rectificationItems: 2, rectificationAccepted: 1, rectificationCompletion: 0.5, publicationsOverdue: 1 }),
    row('410700', 2024, { inspections: 3, agenciesInspected: 3, findings: 9, findingsPerAgency: 3, rectificationItems: 4, rectificationAccepted: 4, rectificationCompletion: 1, resultsPublished: 3 }),
    row('410700', 2025, { inspections: 1, agenciesInspected: 1, findings: 1, findingsPerAgency: 1, publicationsOverdue: undefined }),
  ],
  totals: [
    row('410000', 2024, { inspections: 5, agenciesInspected: 5, findings: 11, findingsPerAgency: 2.2, rectificationItems: 6, rectificationAccepted: 5, rectificationCompletion: 0.833, publicationsOverdue: 1 }),
    row('410000', 2025, { inspections: 1, agenciesInspected: 1, findings: 1, findingsPerAgency: 1, publicationsOverdue: undefined }),
  ],
};

describe('the inspection measures (issue 11)', () => {
  it('read a row: agencies, findings per agency, completion in per cent, overdue (unknown stays unknown)', () => {
    const r = province.rows![0];
    expect(inspectionMeasureOf('inspected', r)).toBe(2);
    expect(inspectionMeasureOf('findingsPerAgency', r)).toBe(1);
    expect(inspectionMeasureOf('rectification', r)).toBe(50);
    expect(inspectionMeasureOf('overdue', r)).toBe(1);
    expect(inspectionMeasureOf('rectification', province.rows![2])).toBeNull();
    expect(inspectionMeasureOf('overdue', province.rows![2])).toBeNull();
  });

  it('merge the years of a region: counts added, ratios from the sums, overdue unknown if unknown in a year', () => {
    const merged = mergeRows('410700', province.rows!.slice(1));
    expect(merged).toMatchObject({ inspections: 4, agenciesInspected: 4, findings: 10, findingsPerAgency: 2.5, rectificationCompletion: 1, resultsPublished: 3 });
    expect(merged.publicationsOverdue).toBeUndefined();
    expect(inspectionRowsOf(province, 2024).map((r) => [r.region, r.inspections])).toEqual([['410100', 2], ['410700', 3]]);
    expect(inspectionTotalOf(province, 2024).rectificationCompletion).toBe(0.833);
  });

  it('give a trend per year for the province and every city: 0 for a count without inspections, null for a ratio', () => {
    const names: Record<string, string> = { '410000': '全省', '410100': '郑州市', '410700': '新乡市' };
    const inspected = inspectionTrendOf(province, 'inspected', (c) => names[c] ?? c);
    expect(inspected.years).toEqual([2024, 2025]);
    expect(inspected.province).toEqual({ code: '410000', name: '全省', values: [5, 1] });
    expect(inspected.cities).toEqual([
      { code: '410100', name: '郑州市', values: [2, 0] },
      { code: '410700', name: '新乡市', values: [3, 1] },
    ]);
    expect(inspectionTrendOf(province, 'rectification', (c) => c).cities[0].values).toEqual([50, null]);
  });
});

const provinceSession: Session = { username: 'henan', name: '河南省司法厅', roles: ['province'], region: '410000' };
const scoring = { region: '410000', sheets: 0, outcomes: [], totals: { sheets: 0 }, distribution: [], findings: [], subRegions: [] };
const xinxiang: InspectionDashboard = {
  region: '410700', year: 2024, workingDays: 20, today: '2026-11-30',
  rows: [row('410702', 2024, { inspections: 2, agenciesInspected: 2, findings: 6, findingsPerAgency: 3, rectificationItems: 4, rectificationAccepted: 1, rectificationCompletion: 0.25 })],
  totals: [row('410700', 2024, { inspections: 2, agenciesInspected: 2, findings: 6, findingsPerAgency: 3, rectificationItems: 4, rectificationAccepted: 1, rectificationCompletion: 0.25 })],
};

function stubDashboards() {
  const calls = stubFetch({
    'GET /api/scoring/dashboard': () => ({ body: scoring }),
    'GET /api/public/inspections/plans': () => ({ body: [{ year: 2024 }, { year: 2025 }] }),
    'GET /api/public/registry/regions/410000/children': () => ({ body: [{ code: '410100', name: '郑州市' }, { code: '410700', name: '新乡市' }] }),
    'GET /api/public/registry/regions/410700/children': () => ({ body: [{ code: '410702', name: '红旗区' }] }),
  });
  const stubbed = globalThis.fetch;
  const queries: string[] = [];
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    if (url.pathname !== '/api/inspections/dashboard') return stubbed(input, init);
    queries.push(url.search);
    const body = url.searchParams.get('region') === '410700' ? xinxiang : province;
    return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
  }) as typeof fetch;
  return { calls, queries };
}

/** Opens the select (by its id) and clicks its option (the option's text also heads cards and columns). */
async function choose(id: string, option: string) {
  fireEvent.mouseDown(document.getElementById(id)!);
  const item = await waitFor(() => {
    const found = [...document.querySelectorAll('.ant-select-item-option-content')].find((e) => e.textContent === option);
    expect(found).toBeTruthy();
    return found!;
  });
  fireEvent.click(item);
}

describe('the province dashboard with the inspection measures', () => {
  it('colours the map, draws the trend and fills the tables with the chosen measure, down to a city\'s counties', async () => {
    const { queries } = stubDashboards();
    renderWith(<DashboardPage />, { session: provinceSession });
    await choose('dash-measure', '整改完成率（%）');
    const map = await screen.findByRole('list', { name: 'map 整改完成率（%）' });
    await waitFor(() => expect(within(map).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['郑州市=50', '新乡市=100']));
    const trend = screen.getByRole('list', { name: 'trend' });
    expect(within(trend).getByText('years 2024,2025')).toBeInTheDocument();
    expect(within(trend).getByText('新乡市 100,')).toBeInTheDocument();
    // the province's figures over all years: 11 + 1 findings over 6 agencies
    expect(screen.getAllByText('被检查机构数').length).toBeGreaterThan(0);
    expect(queries[0]).toBe('?region=410000');

    await choose('dash-measure', '逾期未公开结果数');
    const overdue = await screen.findByRole('list', { name: 'map 逾期未公开结果数' });
    // 新乡's 2025 figure is unknown (no calendar): over all years it is left off the map
    expect(within(overdue).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['郑州市=1']);

    await choose('dash-city', '新乡市');
    const county = await screen.findByRole('link', { name: '红旗区' });
    expect(county.getAttribute('href')).toBe('/agency-results?region=410702');
    const line = county.closest('tr')!;
    expect(within(line).getByText('25')).toBeInTheDocument();
    expect(queries).toContain('?region=410700');
  });
});
