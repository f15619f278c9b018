import { describe, expect, it, vi } from 'vitest';
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Dashboard, InspectionDashboard } from '../../api/types';
import type { Session } from '../../auth/session';
import { inspectionRow } from '../../test/dashboard';
import { renderWith } from '../../test/render';
import DashboardPage from '../../pages/province/DashboardPage';
import { subRegionValues } from './trends';

// the charts draw on a canvas jsdom lacks: these stand-ins list what the page hands them
vi.mock('./RegionBarChart', () => ({
  RegionBarChart: ({ bars, measure, onSelect }: { bars: { code: string; name: string; value: number }[]; measure: string; onSelect: (c: string) => void }) => (
    <ul aria-label={`bars ${measure}`}>
      {bars.map((b) => (
        <li key={b.code} onClick={() => onSelect(b.code)}>{`${b.name}=${b.value}`}</li>
      ))}
    </ul>
  ),
}));
vi.mock('./ProvinceMap', () => ({
  loadProvinceMap: async () => 'province-41',
  ProvinceMap: ({ values, measure }: { values: { name: string; value: number }[]; measure: string }) => (
    <ul aria-label={`map ${measure}`}>{values.map((v) => <li key={v.name}>{`${v.name}=${v.value}`}</li>)}</ul>
  ),
}));
vi.mock('./TrendChart', () => ({ TrendChart: () => <div /> }));

vi.setConfig({ testTimeout: 180_000 });
configure({ asyncUtilTimeout: 15_000 });

const nationRows: InspectionDashboard = {
  region: '000000', workingDays: 20, today: '2026-11-30',
  rows: [
    inspectionRow('410000', 2024, { inspections: 29, agenciesInspected: 29, rectificationItems: 4, rectificationAccepted: 1, rectificationCompletion: 0.25 }),
    inspectionRow('420000', 2024, { inspections: 3, agenciesInspected: 3 }),
  ],
  totals: [inspectionRow('000000', 2024, { inspections: 32, agenciesInspected: 32, rectificationItems: 4, rectificationAccepted: 1, rectificationCompletion: 0.25 })],
};
const henanRows: InspectionDashboard = {
  region: '410000', workingDays: 20, today: '2026-11-30',
  rows: [inspectionRow('410700', 2024, { inspections: 29, agenciesInspected: 29 })],
  totals: [inspectionRow('410000', 2024, { inspections: 29, agenciesInspected: 29 })],
};
const xinxiangRows: InspectionDashboard = {
  region: '410700', workingDays: 20, today: '2026-11-30',
  rows: [inspectionRow('410725', 2024, { inspections: 4, agenciesInspected: 4 })],
  totals: [inspectionRow('410700', 2024, { inspections: 4, agenciesInspected: 4 })],
};
const nationSheets: Dashboard = {
  region: '000000', sheets: 5, outcomes: [], totals: { sheets: 3 }, distribution: [], findings: [],
  subRegions: [
    { region: '410000', sheets: 2, outcomes: [{ code: 'RECTIFY', label: '整改', sheets: 1 }] },
    { region: '420000', sheets: 3, meanTotal: 79.83, outcomes: [] },
  ],
};

const ministry: Session = { username: 'ministry', name: '司法部公共法律服务管理局', roles: ['ministry'], region: '000000' };

/** Answers by path and region: what each dashboard gives the ministry. */
function stubNation() {
  const asked: string[] = [];
  globalThis.fetch = (async (input: RequestInfo | URL) => {
    const url = new URL(String(input), 'http://localhost');
    asked.push(url.pathname + url.search);
    const region = url.searchParams.get('region');
    const answers: Record<string, unknown> = {
      '/api/inspections/dashboard': region === '410700' ? xinxiangRows : region === '410000' ? henanRows : nationRows,
      '/api/scoring/dashboard': region ? { ...nationSheets, region, subRegions: [] } : nationSheets,
      '/api/public/registry/regions': [{ code: '410000', name: '河南省' }, { code: '420000', name: '湖北省' }],
      '/api/public/registry/regions/410000/children': [{ code: '410700', name: '新乡市' }],
      '/api/public/registry/regions/410700/children': [{ code: '410725', name: '原阳县' }],
      '/api/public/inspections/plans': [],
    };
    const body = answers[url.pathname];
    return new Response(JSON.stringify(body ?? { title: 'not stubbed' }), { status: body ? 200 : 404, headers: { 'Content-Type': 'application/json' } });
  }) as typeof fetch;
  return asked;
}

describe('the national view (ADR 0006)', () => {
  it('gives each province its figure of the measure, from either service', () => {
    expect(subRegionValues('inspected', 2024, nationSheets, nationRows)).toEqual([{ code: '410000', value: 29 }, { code: '420000', value: 3 }]);
    expect(subRegionValues('rectification', null, nationSheets, nationRows)).toEqual([{ code: '410000', value: 25 }]);
    expect(subRegionValues('sheets', null, nationSheets, nationRows)).toEqual([{ code: '410000', value: 2 }, { code: '420000', value: 3 }]);
  });

  it('shows the ministry a bar and a line per province, and drills into a province and a city and back', async () => {
    const asked = stubNation();
    renderWith(<DashboardPage />, { session: ministry });
    expect(await screen.findByRole('heading', { name: '全国概览' })).toBeInTheDocument();
    const bars = await screen.findByRole('list', { name: 'bars 被检查机构数' });
    await waitFor(() => expect(within(bars).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['河南省=29', '湖北省=3']));
    expect(asked).toContain('/api/inspections/dashboard');
    const hubei = screen.getByRole('button', { name: '湖北省' }).closest('tr')!;
    expect(within(hubei).getByText('79.8')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: '河南省' }));
    expect(await screen.findByRole('heading', { name: /河南省/ })).toBeInTheDocument();
    await waitFor(() => expect(asked).toContain('/api/inspections/dashboard?region=410000'));
    const path = screen.getByRole('navigation', { name: '下钻路径' });
    expect(within(path).getByText('全国')).toBeInTheDocument();
    // no link into the bureaus' agency result pages
    expect(await screen.findByText('新乡市', { selector: 'td *, td' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '新乡市' })).toBeNull();

    fireEvent.mouseDown(document.getElementById('dash-city')!);
    const option = await waitFor(() => {
      const found = [...document.querySelectorAll('.ant-select-item-option-content')].find((e) => e.textContent === '新乡市');
      expect(found).toBeTruthy();
      return found!;
    });
    fireEvent.click(option);
    await waitFor(() => expect(asked.some((a) => a.startsWith('/api/inspections/dashboard?region=410700'))).toBe(true));
    expect(await within(screen.getByRole('navigation', { name: '下钻路径' })).findByText('新乡市')).toBeInTheDocument();

    fireEvent.click(within(screen.getByRole('navigation', { name: '下钻路径' })).getByText('全国'));
    expect(await screen.findByRole('heading', { name: '全国概览' })).toBeInTheDocument();
  });
});
