import { describe, expect, it, vi } from 'vitest';
import { configure, fireEvent, screen, waitFor } from '@testing-library/react';
import { renderWith, stubFetch } from '../../test/render';
import type { Session } from '../../auth/session';
import { FeedbackForm } from './FeedbackForm';

// antd forms render slowly in jsdom on the shared machine (one test took 37 s at load 20): wait longer
vi.setConfig({ testTimeout: 90_000 });
configure({ asyncUtilTimeout: 15_000 });

const agency: Session = { username: 'xinxiang-agency-1', name: '新乡某司法鉴定所', roles: ['agency'], region: '410702', agencyId: 'demo-xx-01' };

describe('the 意见反馈表', () => {
  it('asks for the opinion only when the agency says it has one, and sends who signed', async () => {
    const calls = stubFetch({ 'POST /api/inspections/tasks/p%3Aa/feedback': () => ({ body: {} }) });
    renderWith(<FeedbackForm taskId="p:a" />, { session: agency });
    fireEvent.click(screen.getByText('有'));
    fireEvent.change(screen.getByLabelText('单位负责人签名'), { target: { value: '张三' } });
    fireEvent.click(screen.getByRole('button', { name: '提交意见反馈表' }));
    expect(await screen.findByText('必填', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(calls).toEqual([]);
    fireEvent.change(screen.getByLabelText('具体意见建议'), { target: { value: '建议提前告知需准备的材料' } });
    fireEvent.click(screen.getByRole('button', { name: '提交意见反馈表' }));
    expect(await screen.findByText('意见反馈表已提交市司法局', {}, { timeout: 5000 })).toBeInTheDocument();
    await waitFor(() => expect(calls[0]?.body).toEqual({ hasOpinion: true, text: '建议提前告知需准备的材料', signer: '张三' }));
  });
});
