import { describe, expect, it, vi } from 'vitest';
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderWith, stubFetch } from '../../test/render';
import type { Dossier } from './api';

vi.setConfig({ testTimeout: 180_000 });
configure({ asyncUtilTimeout: 15_000 });

const uploads: string[] = [];
vi.mock('../../api/client', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../api/client')>();
  return {
    ...original,
    upload: vi.fn(async (path: string, form: FormData, onProgress: (p: number) => void) => {
      uploads.push(path);
      onProgress(40);
      onProgress(100);
      if ((form.get('file') as File).name.startsWith('bad')) {
        throw original.problemFrom(400, {
          type: 'urn:shuangsuiji:problem:register-rejected',
          title: 'The register file was rejected',
          register: 'COMMISSION',
          errors: [
            { row: 4, column: '委托日期', reason: "'2024-13-01' is not a date (2023-05-08 or 2023/5/8)" },
            { row: 9, column: '案件编号', reason: 'case 新正司鉴[2024]临鉴字第3号 is already on row 5' },
          ],
        });
      }
      return { ...empty, registers: [register] };
    }),
  };
});

const { DossierPanel } = await import('./DossierPanel');

const taskId = 'demo-xinxiang-2024:demo-xx-01';
const base = `/api/inspections/tasks/${encodeURIComponent(taskId)}/dossier`;
const actor = { userId: 'u', name: '检查员一' };
const empty: Dossier = { taskId, registers: [], reviews: [], findings: [] };
const register = { kind: 'COMMISSION', title: '鉴定委托登记表', fileName: 'weituo.xlsx', rows: 12, importedBy: actor, importedAt: '2024-06-05T02:00:00Z' };
const commitment = {
  commitment: 'c0ffee'.repeat(10),
  algorithm: 'shuangsuiji-dossier/1',
  inputs: { window: { from: '2023-05-01', to: '2024-06-05' }, sampleSize: 20, coreCategories: ['FORENSIC_CLINICAL'], cases: new Array(12).fill({}) },
  committedBy: actor,
  committedAt: '2024-06-05T02:10:00Z',
};
const cases = Array.from({ length: 12 }, (_, i) => `临鉴字第${i + 1}号`);
const draw = { seed: 'DOSSIER-SEED-7', caseNumbers: cases, allTaken: true, windowSize: 12, drawnBy: actor, drawnAt: '2024-06-05T02:11:00Z' };

function choose(name: string, index = 0) {
  const input = document.querySelectorAll('input[type=file]')[index] as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File(['案件编号\n'], name)] } });
}

describe('dossier sampling', () => {
  it('lists every row error of a rejected register and imports nothing of it, with upload progress', async () => {
    stubFetch({ [`GET ${base}`]: () => ({ body: empty }) });
    renderWith(<DossierPanel taskId={taskId} manage />);
    expect(await screen.findByRole('button', { name: '导入：鉴定委托登记表' })).toBeInTheDocument();
    expect(screen.getAllByText('未导入')).toHaveLength(3);
    expect(screen.getByRole('button', { name: '生成承诺值' })).toBeDisabled();

    choose('bad-weituo.xlsx');
    expect(await screen.findByText('鉴定委托登记表：2 处错误，文件未导入')).toBeInTheDocument();
    const errors = within(screen.getByTestId('register-errors'));
    expect(errors.getByText(/is not a date/)).toBeInTheDocument();
    expect(errors.getByText(/is already on row 5/)).toBeInTheDocument();
    expect(screen.getAllByText('未导入')).toHaveLength(3);
    expect(screen.getByRole('progressbar')).toBeInTheDocument();
    expect(uploads.at(-1)).toBe(`${base}/registers/commission`);

    choose('weituo.xlsx');
    expect(await screen.findByText('12 行')).toBeInTheDocument();
    expect(screen.queryByTestId('register-errors')).not.toBeInTheDocument();
    expect(screen.getAllByText('未导入')).toHaveLength(2);
    await waitFor(() => expect(screen.getByRole('button', { name: '生成承诺值' })).toBeEnabled());
  });

  it('commits the inputs before the seed, then draws with the seed given and says when fewer than 20 files exist', async () => {
    let state: Dossier = { ...empty, registers: [register] };
    const calls = stubFetch({
      [`GET ${base}`]: () => ({ body: state }),
      [`POST ${base}/commitment`]: () => ({ status: 201, body: (state = { ...state, commitment }) }),
      [`POST ${base}/draw`]: () => ({ status: 201, body: (state = { ...state, draw }) }),
      [`GET ${base}/verification`]: () => ({ body: { verified: true, resultMatches: true } }),
    });
    renderWith(<DossierPanel taskId={taskId} manage />);
    fireEvent.click(await screen.findByRole('button', { name: '生成承诺值' }));
    expect(await screen.findByTestId('dossier-commitment')).toHaveTextContent(commitment.commitment);
    expect(calls.find((c) => c.path.endsWith('/commitment'))?.body).toEqual({ sampleSize: 20 });
    expect(screen.queryByRole('button', { name: '导入：鉴定委托登记表' })).not.toBeInTheDocument();

    fireEvent.change(screen.getByLabelText('随机种子'), { target: { value: 'DOSSIER-SEED-7' } });
    fireEvent.click(screen.getByRole('button', { name: '抽取档案' }));
    expect(await screen.findByTestId('dossier-seed')).toHaveTextContent('DOSSIER-SEED-7');
    expect(calls.find((c) => c.path.endsWith('/draw'))?.body).toEqual({ seed: 'DOSSIER-SEED-7' });
    expect(screen.getByTestId('dossier-all-taken')).toHaveTextContent('抽查期间内只有 12 份档案，不足 20 份：全部抽取');
    expect(screen.getByText('临鉴字第12号')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: '服务器复核' }));
    expect(await screen.findByTestId('dossier-verification')).toHaveTextContent('服务器复核通过');
  });

  it('asks for a note on a defect and lists the defects the service records as findings', async () => {
    let state: Dossier = { ...empty, registers: [register], commitment, draw: { ...draw, caseNumbers: cases.slice(0, 2) } };
    const calls = stubFetch({
      [`GET ${base}`]: () => ({ body: state }),
      [`PUT ${base}/files/${encodeURIComponent(cases[0])}/review`]: () => ({
        body: (state = {
          ...state,
          reviews: [{ caseNumber: cases[0], reviewedBy: actor, reviewedAt: '2024-06-05T03:00:00Z', checks: [{ item: 'SEAL', result: 'DEFECT', note: '意见书未加盖司法鉴定专用章' }] }],
          findings: [{ caseNumber: cases[0], item: 'SEAL', title: '盖章', note: '意见书未加盖司法鉴定专用章' }],
        }),
      }),
    });
    renderWith(<DossierPanel taskId={taskId} manage />);
    fireEvent.click(await screen.findByRole('button', { name: `审查 ${cases[0]}` }));
    const review = within(await screen.findByTestId('dossier-review'));
    for (const item of ['意见书与原始记录一致', '鉴定人签名', '复核记录', '干预记录表']) {
      fireEvent.click(within(review.getByRole('radiogroup', { name: item })).getByRole('radio', { name: '符合' }));
    }
    fireEvent.click(within(review.getByRole('radiogroup', { name: '司法鉴定专用章' })).getByRole('radio', { name: '有问题' }));
    fireEvent.click(review.getByRole('button', { name: '保存审查' }));
    expect((await review.findAllByText('有问题时必须说明发现了什么')).length).toBeGreaterThan(0);
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);

    fireEvent.change(review.getByLabelText('司法鉴定专用章：问题说明'), { target: { value: '意见书未加盖司法鉴定专用章' } });
    fireEvent.click(review.getByRole('button', { name: '保存审查' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    const body = calls.find((c) => c.method === 'PUT')?.body as { checks: { item: string; result: string; note?: string }[] };
    expect(body.checks).toHaveLength(5);
    expect(body.checks.find((c) => c.item === 'SEAL')).toEqual({ item: 'SEAL', result: 'DEFECT', note: '意见书未加盖司法鉴定专用章' });
    const findings = within(await screen.findByTestId('dossier-findings'));
    expect(await findings.findByText('意见书未加盖司法鉴定专用章')).toBeInTheDocument();
    expect(screen.getByText('1 项问题')).toBeInTheDocument();
  });

  it('offers the organiser nothing to change: no import, commitment, draw or review, only the recorded reviews to read', async () => {
    const state: Dossier = {
      ...empty, registers: [register], commitment, draw: { ...draw, caseNumbers: cases.slice(0, 2) },
      reviews: [{ caseNumber: cases[1], reviewedBy: actor, reviewedAt: '2024-06-05T03:00:00Z', checks: [{ item: 'SIGNATURES', result: 'OK' }] }],
    };
    const calls = stubFetch({ [`GET ${base}`]: () => ({ body: state }) });
    renderWith(<DossierPanel taskId={taskId} manage={false} />);
    expect(await screen.findByText('档案抽查由检查组在现场进行；此处只读。')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^导入/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '生成承诺值' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '抽取档案' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: `审查 ${cases[0]}` })).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: `查看 ${cases[1]}` }));
    const review = within(await screen.findByTestId('dossier-review'));
    expect(review.queryByRole('button', { name: '保存审查' })).not.toBeInTheDocument();
    expect(calls.every((c) => c.method === 'GET')).toBe(true);
  });
});
