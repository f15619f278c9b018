import { describe, expect, it, vi } from 'vitest';
import { configure, fireEvent, screen, within } from '@testing-library/react';
import { renderWith, stubFetch } from '../../test/render';
import type { Session } from '../../auth/session';
import { SelfInspectionForm } from './SelfInspectionForm';
import { SelfInspectionOverviewTable } from './SelfInspectionOverviewTable';

// antd forms render slowly in jsdom on the shared machine: wait longer
vi.setConfig({ testTimeout: 90_000 });
configure({ asyncUtilTimeout: 15_000 });

const agency: Session = { username: 'xinxiang-agency-1', name: '新乡某司法鉴定所', roles: ['agency'], region: '410702', agencyId: 'demo-xx-01' };

const plan = {
  id: 'p1', title: '2024年新乡市司法鉴定机构双随机抽查', region: '410700', selfInspectionDue: '2024-09-30',
  template: { templateId: 'xx', version: 1 },
};
const template = {
  templateId: 'xx', version: 1,
  parts: [{ id: 'A', items: [{ id: 'a1', number: '1', title: '执业许可证' }, { id: 'a2', number: '2', title: '鉴定人执业' }] }],
};
const submitted = {
  planId: 'p1', agencyId: 'demo-xx-01', agencyName: '新乡某司法鉴定所', summary: '已完成自查',
  items: [{ itemId: 'a1', finding: '许可证未悬挂', measures: '已悬挂' }, { itemId: 'a2' }],
  evidenceIds: [], submittedBy: { userId: 'u1', name: '李四' }, submittedAt: '2024-10-08T02:00:00Z', late: true,
};

const reads = (mine: () => { status?: number; body: unknown }) => ({
  'GET /api/public/inspections/plans/p1': () => ({ body: plan }),
  'GET /api/public/scoring/templates/xx/versions/1': () => ({ body: template }),
  'GET /api/inspections/plans/p1/self-inspections/mine': mine,
});
const notYet = () => ({ status: 404, body: { title: 'Not found', status: 404, type: 'urn:shuangsuiji:problem:self-inspection-not-found' } });

describe('the agency\'s 自查报告', () => {
  it('is sent once, after the confirmation, against the plan\'s items, and is read-only afterwards with late marked', async () => {
    const calls = stubFetch({ ...reads(notYet), 'POST /api/inspections/plans/p1/self-inspections': () => ({ status: 201, body: submitted }) });
    renderWith(<SelfInspectionForm planId="p1" />, { session: agency });
    fireEvent.change(await screen.findByLabelText('自查总体情况'), { target: { value: ' 已完成自查 ' } });
    fireEvent.change(screen.getByLabelText('自查发现的问题（1 执业许可证）'), { target: { value: '许可证未悬挂' } });
    fireEvent.change(screen.getByLabelText('整改措施（1 执业许可证）'), { target: { value: '已悬挂' } });
    fireEvent.click(screen.getByRole('button', { name: '提交自查报告' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/只能提交一次/)).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);
    fireEvent.click(within(dialog).getByRole('button', { name: '确认提交' }));
    expect(await screen.findByText('自查报告已提交，不能修改')).toBeInTheDocument();
    const posts = calls.filter((c) => c.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(posts[0].body).toEqual({
      summary: '已完成自查',
      items: [{ itemId: 'a1', finding: '许可证未悬挂', measures: '已悬挂' }, { itemId: 'a2' }],
      evidenceIds: [],
    });
    expect(screen.getByText('逾期提交')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '提交自查报告' })).toBeNull();
  });

  it('shows the errors a problem+json names next to their fields', async () => {
    stubFetch({
      ...reads(notYet),
      'POST /api/inspections/plans/p1/self-inspections': () => ({
        status: 400,
        body: {
          type: 'urn:shuangsuiji:problem:self-inspection-invalid', title: 'Invalid request', status: 400,
          errors: [
            { field: 'summary', message: 'must be at most 4000 characters (server)' },
            { field: 'items[1]', message: 'finding and measures are at most 4000 characters each (server)' },
          ],
        },
      }),
    });
    renderWith(<SelfInspectionForm planId="p1" />, { session: agency });
    fireEvent.change(await screen.findByLabelText('自查总体情况'), { target: { value: '已完成自查' } });
    fireEvent.click(screen.getByRole('button', { name: '提交自查报告' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: '确认提交' }));
    const summaryError = await screen.findByText('must be at most 4000 characters (server)', { selector: '.ant-form-item-explain-error' });
    expect(summaryError.closest('.ant-form-item')).toContainElement(screen.getByLabelText('自查总体情况'));
    const itemError = await screen.findByText('finding and measures are at most 4000 characters each (server)', { selector: '.ant-form-item-explain-error' });
    expect(itemError.closest('.ant-form-item')).toContainElement(screen.getByLabelText('自查发现的问题（2 鉴定人执业）'));
    expect(screen.getByRole('button', { name: '提交自查报告' })).toBeInTheDocument();
  });

  it('shows the report already in when the server answers that one was submitted meanwhile', async () => {
    let served = 0;
    stubFetch({
      ...reads(() => (served++ === 0 ? notYet() : { body: submitted })),
      'POST /api/inspections/plans/p1/self-inspections': () => ({
        status: 409, body: { type: 'urn:shuangsuiji:problem:self-inspection-submitted', title: 'Conflict', status: 409 },
      }),
    });
    renderWith(<SelfInspectionForm planId="p1" />, { session: agency });
    fireEvent.change(await screen.findByLabelText('自查总体情况'), { target: { value: '另一份' } });
    fireEvent.click(screen.getByRole('button', { name: '提交自查报告' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: '确认提交' }));
    expect(await screen.findByText('自查报告已提交，不能修改')).toBeInTheDocument();
    expect(screen.getByText('已完成自查')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '提交自查报告' })).toBeNull();
  });

  it('offers no form once the report is in', async () => {
    const calls = stubFetch(reads(() => ({ body: submitted })));
    renderWith(<SelfInspectionForm planId="p1" />, { session: agency });
    expect(await screen.findByText('自查报告已提交，不能修改')).toBeInTheDocument();
    expect(screen.getByText('许可证未悬挂')).toBeInTheDocument();
    expect(screen.getByText('逾期提交')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '提交自查报告' })).toBeNull();
    expect(screen.queryByLabelText('自查总体情况')).toBeNull();
    expect(calls.every((c) => c.method === 'GET')).toBe(true);
  });
});

describe('the organiser\'s list of 自查报告', () => {
  const overview = {
    planId: 'p1', due: '2024-09-30', overdue: true,
    reports: [
      { ...submitted, agencyId: 'a-late', agencyName: '甲鉴定所', late: true },
      { ...submitted, agencyId: 'a-ok', agencyName: '乙鉴定所', late: false, submittedAt: '2024-09-20T02:00:00Z' },
    ],
    missing: [{ agencyId: 'a-none', agencyName: '丙鉴定所' }],
  };

  it('marks each drawn agency submitted, late or missing, overdue once the date has passed', () => {
    renderWith(<SelfInspectionOverviewTable overview={overview} />);
    const row = (name: string) => screen.getByText(name).closest('tr')!;
    expect(within(row('甲鉴定所')).getByText('逾期提交')).toBeInTheDocument();
    expect(within(row('乙鉴定所')).getByText('已提交')).toBeInTheDocument();
    expect(within(row('丙鉴定所')).getByText('逾期未提交')).toBeInTheDocument();
    expect(screen.getByText(/已提交 2 份（其中逾期 1 份），未提交 1 家/)).toBeInTheDocument();
  });

  it('calls missing reports just missing before the due date, in English too', () => {
    renderWith(<SelfInspectionOverviewTable overview={{ ...overview, overdue: false, reports: [] }} />, { lang: 'en' });
    expect(within(screen.getByText('丙鉴定所').closest('tr')!).getByText('Not submitted')).toBeInTheDocument();
    expect(screen.getByText(/0 submitted \(0 late\), 1 not submitted/)).toBeInTheDocument();
  });
});
