import { describe, expect, it, vi } from 'vitest';
import { configure, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { FixedAuthProvider } from '../../auth/AuthContext';
import type { Session } from '../../auth/session';
import { I18nProvider } from '../../i18n';
import { stubFetch } from '../../test/render';
import type { TaskAccess, TaskStatus } from '../../api/types';
import InspectionTaskPage from './InspectionTaskPage';

// antd forms render slowly in jsdom on the shared machine (one test took 37 s at load 20): wait longer
vi.setConfig({ testTimeout: 90_000 });
configure({ asyncUtilTimeout: 15_000 });

const id = 'demo-xinxiang-2024:demo-xx-01';
const path = `/api/inspections/tasks/${encodeURIComponent(id)}`;

function open(session: Session, status: TaskStatus, relation: TaskAccess['relation'], may: TaskAccess['may'], sheets: { id: string }[] = []) {
  const calls = stubFetch({
    [`GET ${path}`]: () => ({ body: { id, agencyName: '新乡某司法鉴定所', status, schedule: { day: '2024-06-05', start: '09:00:00', notifyAt: '2024-06-04T09:00:00Z' }, steps: [{ status: 'SCHEDULED', at: '2024-06-01T08:00:00Z', byName: '新乡市司法局' }] } }),
    [`GET ${path}/access`]: () => ({ body: { taskId: id, planId: 'demo-xinxiang-2024', agencyId: 'demo-xx-01', templateId: 't', templateVersion: 1, status, relation, may } }),
    [`GET ${path}/fact-sheet`]: () => ({ body: { categoriesInspected: ['FORENSIC_CLINICAL'], facts: ['档案室面积不足'] } }),
    [`GET /api/evidence/inspections/${encodeURIComponent(id)}`]: () => ({ body: { records: [] } }),
    'GET /api/scoring/sheets': () => ({ body: sheets }),
    'GET /api/scoring/sheets/s0': () => ({ body: { id: 's0', status: 'SUBMITTED', version: 9, items: {} } }),
    'POST /api/scoring/sheets': () => ({ body: { id: 's1', status: 'DRAFT', version: 1, items: {} } }),
    'GET /api/scoring/templates/t/versions/1': () => ({ body: { templateId: 't', version: 1, parts: [{ id: 'p', items: [{ id: 'i1', number: '1', title: '执业场所面积' }] }] } }),
  });
  render(
    <I18nProvider initial="zh">
      <FixedAuthProvider session={session}>
        <MemoryRouter initialEntries={[`/inspections/${encodeURIComponent(id)}`]}>
          <Routes>
            <Route path="/inspections/:id" element={<InspectionTaskPage />} />
          </Routes>
        </MemoryRouter>
      </FixedAuthProvider>
    </I18nProvider>,
  );
  return calls;
}

const inspector: Session = { username: 'xinxiang-inspector-1', name: '检查员一', roles: ['inspector'], region: '410700', personId: 'demo-insp-29' };
const agency: Session = { username: 'xinxiang-agency-1', name: '新乡某司法鉴定所', roles: ['agency'], region: '410702', agencyId: 'demo-xx-01' };

describe('the inspection task page', () => {
  it('shows a team member checking the stepper, the discussion step, the checklist and the photos', async () => {
    const calls = open(inspector, 'CHECKING', 'TEAM', { answer: true, uploadTeamEvidence: true, uploadAgencyEvidence: false, closeEvidence: false });
    expect(await screen.findByTestId('action-discussFindings', {}, { timeout: 10000 })).toBeInTheDocument();
    expect(screen.getAllByTestId(/^action-/)).toHaveLength(1);
    for (const step of ['已通知', '已签到', '检查中', '已讨论', '已出具事实确认单', '已签字/拒签', '已结束']) expect(screen.getAllByText(step).length).toBeGreaterThan(0);
    expect(screen.getByRole('tab', { name: '检查表' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: '现场照片' })).toBeInTheDocument();
    expect(await screen.findByText(/执业场所面积/, {}, { timeout: 10000 })).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ inspectionId: id, mode: 'OFFICIAL' });
  });

  it('opens the official sheet another team member already started instead of creating a second one', async () => {
    const calls = open(inspector, 'FINDINGS_DISCUSSED', 'TEAM', { answer: true, uploadTeamEvidence: true, uploadAgencyEvidence: false, closeEvidence: false }, [{ id: 's0' }]);
    expect(await screen.findByText('检查表已提交', {}, { timeout: 10000 })).toBeInTheDocument();
    expect(screen.getByTestId('action-issueFactSheet')).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    expect(screen.queryByRole('button', { name: '保存本项' })).not.toBeInTheDocument();
  });

  it('offers the agency the confirmation of the issued fact sheet, and neither the checklist nor the team photos', async () => {
    const calls = open(agency, 'FACT_SHEET_ISSUED', 'AGENCY', { answer: false, uploadTeamEvidence: false, uploadAgencyEvidence: true, closeEvidence: false });
    expect(await screen.findByTestId('action-confirmFactSheet', {}, { timeout: 10000 })).toBeInTheDocument();
    expect(screen.getAllByTestId(/^action-/)).toHaveLength(1);
    expect(screen.queryByRole('tab', { name: '检查表' })).not.toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: '现场照片' })).not.toBeInTheDocument();
    expect(screen.getByRole('tab', { name: '意见反馈表' })).toBeInTheDocument();
    expect(await screen.findByText(/档案室面积不足/, {}, { timeout: 10000 })).toBeInTheDocument();
    expect(calls.some((c) => c.path.startsWith('/api/evidence') || c.path.startsWith('/api/scoring'))).toBe(false);
  });
});
