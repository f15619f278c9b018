import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { PlanForm, planFieldName, toPlanRequest } from './PlanForm';
import { renderWith, stubFetch } from '../../test/render';

const templates = [{ templateId: 'xinxiang-2024-checklist', version: 1, title: '新乡检查表', kind: 'CHECKLIST', region: '410700', year: 2024 }];

function fill(label: RegExp | string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe('PlanForm', () => {
  it('shows the errors a problem+json names next to their fields', async () => {
    const calls = stubFetch({
      'GET /api/scoring/templates': () => ({ body: templates }),
      'POST /api/inspections/plans': () => ({
        status: 400,
        body: {
          type: 'urn:shuangsuiji:problem:validation',
          title: 'Invalid request',
          status: 400,
          errors: [
            { field: 'title', message: 'must not be blank (server)' },
            { field: 'sampling.value', message: 'at least 5 % (server)' },
          ],
        },
      }),
    });
    renderWith(<PlanForm region="410700" onCreated={() => {}} />);
    fill('标题', ' ');
    fill('开始日期', '2024-06-03');
    fill('结束日期', '2024-06-30');
    fill('自查报告截止日期', '2024-09-30');
    fill('依据', '依据');
    fireEvent.mouseDown(screen.getByLabelText('检查模板'));
    fireEvent.click(await screen.findByText('新乡检查表 (v1)'));
    fireEvent.click(screen.getByRole('button', { name: /创建草稿/ }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    const sent = calls.find((c) => c.method === 'POST')!.body as Record<string, unknown>;
    expect(sent).toMatchObject({ region: '410700', sampling: { mode: 'RATE', value: 20 }, template: { templateId: 'xinxiang-2024-checklist', version: 1 } });
    // next to the field (antd renders the message in the item's explain area) and in the alert
    const explain = await screen.findAllByText('must not be blank (server)');
    expect(explain.some((e) => e.closest('.ant-form-item'))).toBe(true);
    expect((await screen.findAllByText('at least 5 % (server)')).some((e) => e.closest('.ant-form-item')?.textContent?.includes('比例'))).toBe(true);
  });

  it('maps API field names to form fields and builds the request', () => {
    expect(planFieldName('sampling.value')).toBe('samplingValue');
    expect(planFieldName('period.start')).toBe('periodStart');
    expect(planFieldName('sampling')).toBe('samplingMode');
    expect(planFieldName('teamRules.inspectorsPerTeam')).toBe('inspectorsPerTeam');
    expect(planFieldName('template.templateId')).toBe('template');
    expect(
      toPlanRequest({
        title: 't', year: 2025, region: '410700', periodStart: 'a', periodEnd: 'b', samplingMode: 'ALL', samplingValue: 3, inspectorsPerTeam: 2,
        expertRequired: true, excludeSameCounty: false, excludeInspectedLastYear: true, template: 'x@2', selfInspectionDue: 'c', dossierWindowStart: 'd', legalBasis: 'e',
      }),
    ).toMatchObject({ sampling: { mode: 'ALL' }, template: { templateId: 'x', version: 2 }, teamRules: { expertRequired: true, excludeInspectedLastYear: true } });
  });
});
