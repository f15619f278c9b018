import { beforeEach, describe, expect, it, vi } from 'vitest';
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { EvidenceRecord, Sheet, Template } from '../../api/types';
import type { Session } from '../../auth/session';
import { renderWith, stubFetch } from '../../test/render';
import { Checklist } from './Checklist';

// antd forms render slowly in jsdom on the shared machine: wait longer
vi.setConfig({ testTimeout: 90_000 });
configure({ asyncUtilTimeout: 15_000 });

const inspector: Session = { username: 'ezhou-inspector-1', name: '王芳', roles: ['inspector'], region: '420700', personId: 'demo-insp-31' };
const expertSession: Session = { username: 'ezhou-expert-1', name: '赵磊', roles: ['expert'], region: '420700', personId: 'demo-exp-11' };

// a slice of the 鄂州 2025 sheet: a deduction item with fixed and per-occurrence rules, one naming contents,
// an item with an expert rule beside the inspectors', and an expert-only direct score
const template: Template = {
  templateId: 'ezhou-2025-scoring',
  version: 1,
  kind: 'DEDUCTION',
  parts: [
    {
      id: '2', kind: 'DEDUCTION', items: [
        { id: '3', number: '3', title: '人员管理', rules: [
          { id: '3.1', label: '①', text: '鉴定人资质不符', kind: 'FIXED', points: 3 },
          { id: '3.3', label: '③', text: '未参加继续教育', kind: 'PER_OCCURRENCE', points: 3 },
        ] },
        { id: '8', number: '8', title: '环境布置', rules: [
          { id: '8.1', label: '①', text: '标识标牌缺失', kind: 'PER_OCCURRENCE', points: 2, options: ['门牌', '科室牌', '桌牌'] },
        ] },
      ],
    },
    {
      id: '3', kind: 'DEDUCTION', items: [
        { id: '10', number: '10', title: '仪器设备', rules: [
          { id: '10.1', label: '①', text: '设备未检定', kind: 'FIXED', points: 2 },
          { id: '10.4', label: '④', text: '设备配置不足', kind: 'DISCRETIONARY', bound: 5, step: 0.5, expert: true },
        ] },
      ],
    },
    { id: '5', kind: 'SCORED', items: [{ id: '13', number: '13', title: '现场考核', directScore: { label: '专家评分', max: 5, step: 0.5, factor: 1, expert: true } }] },
  ],
};
const sheet: Sheet = { id: 's9', status: 'DRAFT', version: 1, items: {} };
const evidence: EvidenceRecord[] = [
  { id: 'ev-gate', kind: 'GATE_PHOTO', fileName: 'gate.jpg' },
  { id: 'ev-old', kind: 'PROCESS_PHOTO', fileName: 'old.jpg', withdrawn: true },
];

beforeEach(() => localStorage.clear());
const card = (title: RegExp) => screen.getByText(title).closest('.ant-card') as HTMLElement;
const saved = (body: unknown, itemId: string) => ({ body: { itemId, version: 1, answer: body } });

describe('the points checklist (鄂州)', () => {
  it('sends the deductions that apply with their occurrences, and named contents instead of a count', async () => {
    const calls = stubFetch({
      'PUT /api/scoring/sheets/s9/items/3': (b) => saved(b, '3'),
      'PUT /api/scoring/sheets/s9/items/8': (b) => saved(b, '8'),
    });
    renderWith(<Checklist sheet={sheet} template={template} editable onReload={() => {}} />, { session: inspector });
    expect(screen.getByTestId('unanswered-count')).toHaveTextContent('未填写 4 / 4 项');
    const people = card(/人员管理/);
    fireEvent.click(within(people).getByRole('checkbox', { name: '存在此情形' }));
    fireEvent.change(within(people).getByRole('spinbutton', { name: /未参加继续教育 次数/ }), { target: { value: '2' } });
    fireEvent.click(within(people).getByRole('button', { name: '保存本项' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(1));
    expect(calls[0].body).toEqual({ version: 0, rules: [{ ruleId: '3.1' }, { ruleId: '3.3', occurrences: 2 }] });

    const signs = card(/环境布置/);
    fireEvent.click(within(signs).getByRole('checkbox', { name: '门牌' }));
    fireEvent.click(within(signs).getByRole('checkbox', { name: '桌牌' }));
    fireEvent.click(within(signs).getByRole('button', { name: '保存本项' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(2));
    expect(calls[1].body).toEqual({ version: 0, rules: [{ ruleId: '8.1', contents: ['门牌', '桌牌'] }] });
    await waitFor(() => expect(screen.getByTestId('unanswered-count')).toHaveTextContent('未填写 2 / 4 项'));
  });

  it('saves "checked, none applies" explicitly, and leaves the expert\'s parts to experts', async () => {
    const calls = stubFetch({ 'PUT /api/scoring/sheets/s9/items/10': (b) => saved(b, '10') });
    renderWith(<Checklist sheet={sheet} template={template} editable onReload={() => {}} />, { session: inspector });
    const devices = card(/仪器设备/);
    expect(within(devices).getByRole('spinbutton', { name: /设备配置不足 分值/ })).toBeDisabled();
    fireEvent.click(within(devices).getByRole('button', { name: '已检查，无此类情形，保存' }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0].body).toEqual({ version: 0, checked: true });

    const scored = card(/现场考核/);
    expect(within(scored).getByText('此项由专家评分')).toBeInTheDocument();
    expect(within(scored).queryByRole('button', { name: /保存/ })).not.toBeInTheDocument();
    expect(within(scored).getByRole('spinbutton', { name: /专家评分/ })).toBeDisabled();
  });

  it('lets an expert give the direct score', async () => {
    const calls = stubFetch({ 'PUT /api/scoring/sheets/s9/items/13': (b) => saved(b, '13') });
    renderWith(<Checklist sheet={sheet} template={template} editable onReload={() => {}} />, { session: expertSession });
    const scored = card(/现场考核/);
    const save = within(scored).getByRole('button', { name: '保存本项' });
    expect(save).toBeDisabled();
    fireEvent.change(within(scored).getByRole('spinbutton', { name: /专家评分/ }), { target: { value: '4.5' } });
    fireEvent.click(save);
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0].body).toEqual({ version: 0, score: 4.5 });
  });

  it('attaches the task\'s stored evidence to an answer by id, offers no withdrawn file, and shows a 422 for evidence of another inspection', async () => {
    const calls = stubFetch({
      'PUT /api/scoring/sheets/s9/items/3': () => ({
        status: 422,
        body: { type: 'urn:shuangsuiji:problem:evidence-not-of-inspection', title: 'Evidence not of this inspection', status: 422, detail: 'ev-gate is not evidence of this inspection' },
      }),
    });
    renderWith(<Checklist sheet={sheet} template={template} editable onReload={() => {}} evidence={evidence} />, { session: inspector });
    const people = card(/人员管理/);
    fireEvent.mouseDown(within(people).getByRole('combobox', { name: /关联照片或证据材料/ }));
    expect(screen.queryByTitle(/old\.jpg/)).not.toBeInTheDocument();
    fireEvent.click(await screen.findByTitle(/机构大门照片 gate\.jpg/));
    fireEvent.click(within(people).getByRole('checkbox', { name: '存在此情形' }));
    fireEvent.click(within(people).getByRole('button', { name: '保存本项' }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0].body).toEqual({ version: 0, rules: [{ ruleId: '3.1' }], evidenceIds: ['ev-gate'] });
    expect(await screen.findByText(/Evidence not of this inspection \(422\)/)).toBeInTheDocument();
  });

  it('shows the evidence a stored answer carries', () => {
    stubFetch({});
    const answered: Sheet = { ...sheet, items: { '3': { itemId: '3', version: 2, answer: { rules: [{ ruleId: '3.1' }], evidenceIds: ['ev-gate'] } } } };
    renderWith(<Checklist sheet={answered} template={template} editable onReload={() => {}} evidence={evidence} />, { session: inspector });
    const people = card(/人员管理/);
    expect(within(people).getByRole('checkbox', { name: '存在此情形' })).toBeChecked();
    expect(within(people).getByText(/机构大门照片 gate\.jpg/)).toBeInTheDocument();
  });
});
