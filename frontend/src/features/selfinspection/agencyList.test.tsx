import { describe, expect, it, vi } from 'vitest';
import { configure, screen, within } from '@testing-library/react';
import type { Session } from '../../auth/session';
import { renderWith, stubFetch } from '../../test/render';
import SelfInspectionsPage from '../../pages/agency/SelfInspectionsPage';

vi.setConfig({ testTimeout: 90_000 });
configure({ asyncUtilTimeout: 15_000 });

const agency: Session = { username: 'xinxiang-agency-1', name: '新乡演示司法鉴定中心', roles: ['agency'], region: '410702', agencyId: 'demo-xx-01' };

const list = [
  { planId: 'p27', year: 2027, title: '2027年度新乡市抽查', organiser: '410700', due: '2027-09-30', state: 'OPEN' },
  { planId: 'p26', year: 2026, title: '2026年度新乡市抽查', organiser: '410700', due: '2026-09-30', state: 'SUBMITTED', submittedAt: '2026-09-01T02:00:00Z' },
  { planId: 'p25', year: 2025, title: '2025年度新乡市抽查', organiser: '410700', due: '2025-09-30', state: 'LATE', submittedAt: '2025-10-08T02:00:00Z' },
  { planId: 'p24', year: 2024, title: '2024年度新乡市抽查', organiser: '410700', due: '2024-09-30', state: 'MISSING' },
];

describe('the agency\'s list of 自查报告', () => {
  it('lists every plan asking it for a report, from the agency endpoint alone, with due dates and states', async () => {
    const calls = stubFetch({ 'GET /api/inspections/self-inspections/mine': () => ({ body: list }) });
    renderWith(<SelfInspectionsPage />, { session: agency });
    const open = await screen.findByRole('link', { name: '2027年度新乡市抽查' });
    expect(open.getAttribute('href')).toBe('/agency/self-inspections/p27');
    const state = (title: string) => within(screen.getByRole('link', { name: title }).closest('tr')!);
    expect(state('2027年度新乡市抽查').getByText('未提交')).toBeInTheDocument();
    expect(state('2027年度新乡市抽查').getByText('2027-09-30')).toBeInTheDocument();
    expect(state('2026年度新乡市抽查').getByText('已提交')).toBeInTheDocument();
    expect(state('2025年度新乡市抽查').getByText('逾期提交')).toBeInTheDocument();
    expect(state('2024年度新乡市抽查').getByText('逾期未提交')).toBeInTheDocument();
    // no task list, no plan per task: the plans do not depend on a visit being announced
    expect(calls.map((c) => c.path)).toEqual(['/api/inspections/self-inspections/mine']);
  });

  it('reads in English too', async () => {
    stubFetch({ 'GET /api/inspections/self-inspections/mine': () => ({ body: list.slice(3) }) });
    renderWith(<SelfInspectionsPage />, { session: agency, lang: 'en' });
    const line = within((await screen.findByRole('link', { name: '2024年度新乡市抽查' })).closest('tr')!);
    expect(line.getByText(/overdue|missing/i)).toBeInTheDocument();
  });
});
