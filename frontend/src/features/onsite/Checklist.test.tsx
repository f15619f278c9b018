import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Sheet, Template } from '../../api/types';
import { renderWith, stubFetch } from '../../test/render';
import type { Session } from '../../auth/session';
import { readQueue } from './answerQueue';
import { Checklist } from './Checklist';

// antd forms render slowly in jsdom on the shared machine (one test took 37 s at load 20): wait longer
vi.setConfig({ testTimeout: 90_000 });
configure({ asyncUtilTimeout: 15_000 });

const inspector: Session = { username: 'xinxiang-inspector-1', name: '检查员一', roles: ['inspector'], region: '410700', personId: 'demo-insp-29' };

const template: Template = {
  templateId: 'xinxiang-2024-checklist',
  version: 1,
  kind: 'CHECKLIST',
  parts: [{
    id: 'p1',
    items: [
      { id: 'i1', number: '1', title: '执业场所面积', subPoints: [{ number: 1, text: '面积不足70平方米' }, { number: 2, text: '无独立档案室' }] },
      { id: 'i2', number: '2', title: '仪器设备校准' },
    ],
  }],
};
const sheet: Sheet = { id: 's1', status: 'DRAFT', version: 4, items: { i1: { itemId: 'i1', version: 2, answer: { finding: 'B' } } } };

let online = true;
beforeEach(() => {
  localStorage.clear();
  online = true;
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
});
afterEach(() => {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => true });
});

const card = (title: RegExp) => screen.getByText(title).closest('.ant-card') as HTMLElement;

describe('the checklist', () => {
  it('saves an item with the version it was read at; a 409 shows a change by someone else, and reloading keeps the draft for the new version', async () => {
    let current = 2;
    const calls = stubFetch({
      'PUT /api/scoring/sheets/s1/items/i1': (body) =>
        (body as { version: number }).version === current
          ? { body: { itemId: 'i1', version: current + 1, answer: body } }
          : { status: 409, body: { type: 'urn:shuangsuiji:problem:stale-item', title: 'Conflict', status: 409 } },
      'GET /api/scoring/sheets/s1': () => ({ body: { ...sheet, items: { i1: { itemId: 'i1', version: 3, answeredByName: '检查员二', answer: { finding: 'C' } } } } }),
    });
    current = 3; // someone else saved i1 after this page read it at version 2
    renderWith(<Checklist sheet={sheet} template={template} editable onReload={() => {}} />, { session: inspector });
    const item = card(/执业场所面积/);
    fireEvent.click(within(item).getByText('A 发现'));
    fireEvent.click(within(item).getByLabelText(/面积不足70平方米/));
    fireEvent.click(within(item).getByRole('button', { name: '保存本项' }));
    expect(await within(item).findByText('其他人已修改此项，请重新加载后再填写。')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({ version: 2, finding: 'A', subPoints: [1] });

    fireEvent.click(within(item).getByRole('button', { name: '重新加载' }));
    await waitFor(() => expect(within(item).queryByText('其他人已修改此项，请重新加载后再填写。')).not.toBeInTheDocument());
    expect(within(item).getByText('填写人：检查员二')).toBeInTheDocument();
    expect(within(item).getByLabelText(/面积不足70平方米/)).toBeChecked();
    fireEvent.click(within(item).getByRole('button', { name: '保存本项' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(2));
    expect(calls.filter((c) => c.method === 'PUT')[1].body).toEqual({ version: 3, finding: 'A', subPoints: [1] });
    expect(await within(item).findByText('已保存')).toBeInTheDocument();
  });

  it('counts and lists the unanswered items, and saving one takes it off', async () => {
    stubFetch({ 'PUT /api/scoring/sheets/s1/items/i2': (body) => ({ body: { itemId: 'i2', version: 1, answer: body } }) });
    renderWith(<Checklist sheet={sheet} template={template} editable onReload={() => {}} />, { session: inspector });
    expect(screen.getByTestId('unanswered-count')).toHaveTextContent('未填写 1 / 2 项');
    const item = card(/仪器设备校准/);
    fireEvent.click(within(item).getByText('C 不适用'));
    fireEvent.click(within(item).getByRole('button', { name: '保存本项' }));
    await waitFor(() => expect(screen.getByTestId('unanswered-count')).toHaveTextContent('未填写 0 / 2 项'));
    expect(within(item).getByText('已保存')).toBeInTheDocument();
  });

  it('queues answers without a connection, shows how many are unsent, and sends them when back online', async () => {
    const calls = stubFetch({ 'PUT /api/scoring/sheets/s1/items/i2': (body) => ({ body: { itemId: 'i2', version: 1, answer: body } }) });
    online = false;
    renderWith(<Checklist sheet={sheet} template={template} editable onReload={() => {}} />, { session: inspector });
    const item = card(/仪器设备校准/);
    fireEvent.click(within(item).getByText('B 未发现'));
    fireEvent.change(within(item).getByLabelText(/备注/), { target: { value: '已核查校准证书' } });
    fireEvent.click(within(item).getByRole('button', { name: '保存本项' }));
    expect(await screen.findByText('1 项未发送')).toBeInTheDocument();
    expect(within(item).getByText('待发送')).toBeInTheDocument();
    expect(readQueue('s1')).toMatchObject([{ itemId: 'i2', body: { version: 0, finding: 'B', note: '已核查校准证书' } }]);
    expect(calls).toEqual([]);
    expect(screen.getByRole('button', { name: '提交检查表' })).toBeDisabled();

    online = true;
    await act(async () => {
      window.dispatchEvent(new Event('online'));
    });
    await waitFor(() => expect(screen.queryByText('1 项未发送')).not.toBeInTheDocument());
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual(['PUT /api/scoring/sheets/s1/items/i2']);
    expect(readQueue('s1')).toEqual([]);
  });

  it('names the items a refused submission lists', async () => {
    stubFetch({
      'POST /api/scoring/sheets/s1/submit': () => ({ status: 422, body: { type: 'urn:shuangsuiji:problem:items-unanswered', title: 'Items unanswered', status: 422, items: ['i2'] } }),
    });
    renderWith(<Checklist sheet={sheet} template={template} editable onReload={() => {}} />, { session: inspector });
    fireEvent.click(screen.getByRole('button', { name: '提交检查表' }));
    await waitFor(() => expect(screen.getAllByText('未填写的检查项')).toHaveLength(2));
    expect(screen.getAllByText('未填写的检查项')[1].closest('.ant-alert')).toHaveTextContent('2');
  });

  it('offers nothing to change when the caller may not answer', () => {
    stubFetch({});
    renderWith(<Checklist sheet={sheet} template={template} editable={false} onReload={() => {}} />, { session: inspector });
    expect(screen.queryByRole('button', { name: '保存本项' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '提交检查表' })).not.toBeInTheDocument();
  });
});
