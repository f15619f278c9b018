import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { renderWith } from '../../test/render';
import type { FactSheet } from '../../api/types';
import { FactSheetForm, FeedbackFormView } from './forms';
import { cityOf, PrintFrame } from './PrintFrame';
import { PrintLinks } from './PrintLinks';

const sheet: FactSheet = {
  agencyName: '新乡正衡司法鉴定所01',
  creditCode: '12410700MB0000001X',
  categoriesInspected: ['FORENSIC_CLINICAL', 'DOCUMENT'],
  certificates: [
    { kind: 'CMA', number: 'CMA-N-1', issuer: '国家认证认可监督管理委员会', validUntil: '2027-03-31' },
    { kind: 'CMA', number: 'CMA-P-2', issuer: '河南省市场监督管理局', validUntil: '2026-12-31' },
    { kind: 'CNAS', number: 'CNAS L1234', issuer: '中国合格评定国家认可委员会', validUntil: '2028-01-01' },
  ],
  facts: ['档案室面积不足', '2份意见书未加盖专用章'],
  team: ['检查员一', '专家一'],
  issuedAt: '2024-06-05T07:00:00Z',
  contentHash: 'ab'.repeat(32),
  answer: { kind: 'SIGNED', at: '2024-06-05T08:00:00Z', byName: '张主任', opinion: '无异议' },
};

describe('printable forms', () => {
  it('lays out the 事实确认单 as the seed does, in Chinese also when the app is in English', () => {
    renderWith(<FactSheetForm sheet={sheet} year={2024} city={cityOf('2024年度新乡市司法鉴定行业“双随机、一公开”监督抽查工作方案')} day="2024-06-05" />, { lang: 'en' });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('2024年度新乡市司法鉴定行业“双随机、一公开”监督抽查事实确认单');
    const row = (label: string) => screen.getByRole('rowheader', { name: label }).closest('tr')!;
    expect(row('被检查业务类别')).toHaveTextContent('法医临床、文书');
    expect(row('国家级资质认定证书编号（有效期）')).toHaveTextContent('CMA-N-1（有效期至2027年3月31日）');
    expect(row('省级资质认定证书编号（有效期）')).toHaveTextContent('CMA-P-2');
    expect(row('实验室认可证书编号（有效期）')).toHaveTextContent('CNAS L1234');
    expect(row('确认的主要事实')).toHaveTextContent('档案室面积不足');
    expect(row('被检查单位意见')).toHaveTextContent('无异议');
    expect(row('被检查单位意见')).toHaveTextContent('张主任');
    expect(row('检查人员签字')).toHaveTextContent(/检查员一、专家一\s+2024年6月5日/);
  });

  it('ticks 有 or 无 on the 意见反馈表', () => {
    renderWith(<FeedbackFormView feedback={{ agencyName: '新乡正衡司法鉴定所01', hasOpinion: false, text: '', signer: '张主任', filedAt: '2024-06-07T02:00:00Z' }} sheet={sheet} year={2024} city="新乡市" />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('监督抽查意见反馈表');
    expect(screen.getByRole('rowheader', { name: '有无意见' }).closest('tr')).toHaveTextContent(/有□\s+无☑/);
    expect(screen.getByRole('rowheader', { name: '具体意见建议' }).closest('tr')).toHaveTextContent('单位负责人签名：张主任');
  });

  it('prints from the 打印 button and keeps the toolbar off the paper', () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    renderWith(<PrintFrame files={[{ label: '下载 PDF', path: '/x.pdf', fileName: 'x.pdf' }]}><p>表单</p></PrintFrame>);
    fireEvent.click(screen.getByRole('button', { name: /打印/ }));
    expect(print).toHaveBeenCalledOnce();
    expect(screen.getByRole('button', { name: /下载 PDF/ }).closest('.no-print')).not.toBeNull();
    expect(screen.getByText('表单').closest('.print-form')).not.toBeNull();
  });

  it('links the feedback form only for the agency and the organiser, the fact sheet once issued', () => {
    const { unmount } = renderWith(<PrintLinks taskId="t1" access={{ relation: 'TEAM', status: 'FACT_SHEET_SIGNED' }} />);
    expect(screen.getByRole('link', { name: '事实确认单' })).toHaveAttribute('href', '/inspections/t1/print/fact-sheet');
    expect(screen.queryByRole('link', { name: '意见反馈表' })).not.toBeInTheDocument();
    unmount();
    renderWith(<PrintLinks taskId="t1" access={{ relation: 'ORGANISER', status: 'CLOSED' }} />);
    expect(screen.getByRole('link', { name: '意见反馈表' })).toHaveAttribute('href', '/inspections/t1/print/feedback');
  });
});
