import { useState } from 'react';
import { Button, Checkbox, Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import type { Plan, PlanRequest, TemplateSummary } from '../../api/types';
import { applyFieldErrors, ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n';

export interface PlanFormValues {
  title: string;
  year: number;
  region: string;
  periodStart: string;
  periodEnd: string;
  samplingMode: 'ALL' | 'RATE' | 'COUNT';
  samplingValue?: number;
  inspectorsPerTeam: number;
  expertRequired: boolean;
  excludeSameCounty: boolean;
  excludeInspectedLastYear: boolean;
  template?: string;
  selfInspectionDue: string;
  dossierWindowStart: string;
  legalBasis: string;
}

export function toPlanRequest(v: PlanFormValues): PlanRequest {
  const [templateId, version] = (v.template ?? '').split('@');
  return {
    title: v.title,
    year: v.year,
    region: v.region,
    periodStart: v.periodStart,
    periodEnd: v.periodEnd,
    scope: { region: v.region, categories: [] },
    sampling: v.samplingMode === 'ALL' ? { mode: 'ALL' } : { mode: v.samplingMode, value: v.samplingValue },
    teamRules: {
      inspectorsPerTeam: v.inspectorsPerTeam,
      expertRequired: v.expertRequired,
      excludeSameCounty: v.excludeSameCounty,
      excludeInspectedLastYear: v.excludeInspectedLastYear,
    },
    weights: [],
    template: { templateId: templateId ?? '', version: Number(version ?? 0) },
    selfInspectionDue: v.selfInspectionDue,
    dossierWindowStart: v.dossierWindowStart,
    legalBasis: v.legalBasis,
  };
}

/** Names in the API's errors[].field → names of this form's fields. */
export function planFieldName(field: string): string {
  if (field === 'period.start') return 'periodStart';
  if (field === 'period.end') return 'periodEnd';
  if (field.startsWith('sampling.value')) return 'samplingValue';
  if (field.startsWith('sampling')) return 'samplingMode';
  if (field.startsWith('teamRules.')) return field.slice('teamRules.'.length);
  if (field.startsWith('teamRules')) return 'inspectorsPerTeam';
  if (field.startsWith('template')) return 'template';
  if (field.startsWith('scope')) return 'region';
  return field;
}

export function PlanForm({ region, onCreated }: { region: string; onCreated: (plan: Plan) => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<PlanFormValues>();
  const [error, setError] = useState<Error>();
  const [saving, setSaving] = useState(false);
  const mode = Form.useWatch('samplingMode', form);
  const templates = useApi((signal) => api<TemplateSummary[]>('/api/scoring/templates', { query: { appliesTo: region }, signal }), [region]);
  const year = new Date().getFullYear();

  const submit = async (values: PlanFormValues) => {
    setSaving(true);
    setError(undefined);
    try {
      onCreated(await api<Plan>('/api/inspections/plans', { method: 'POST', body: toPlanRequest(values) }));
      form.resetFields();
    } catch (e) {
      applyFieldErrors(form, e, planFieldName);
      setError(e as Error);
    } finally {
      setSaving(false);
    }
  };

  const req = [{ required: true, message: t('required') }];
  return (
    <Form<PlanFormValues>
      form={form}
      layout="vertical"
      onFinish={submit}
      initialValues={{ year, region, samplingMode: 'RATE', samplingValue: 20, inspectorsPerTeam: 2, expertRequired: false, excludeSameCounty: false, excludeInspectedLastYear: false, dossierWindowStart: `${year - 1}-01-01` }}
      aria-label={t('newPlan')}
    >
      <ProblemAlert error={error} />
      <Form.Item name="title" label={t('title')} rules={req}>
        <Input />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={12} md={6}>
          <Form.Item name="year" label={t('year')} rules={req}>
            <InputNumber min={2000} max={2100} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="region" label={t('regionCode')} rules={req}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="periodStart" label={t('periodStart')} rules={req}>
            <Input type="date" />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="periodEnd" label={t('periodEnd')} rules={req}>
            <Input type="date" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={12} md={6}>
          <Form.Item name="samplingMode" label={t('samplingMode')} rules={req}>
            <Select
              options={[
                { value: 'ALL', label: t('samplingALL') },
                { value: 'RATE', label: t('samplingRATE', { v: '' }).replace(/\s*%$/, ' %') },
                { value: 'COUNT', label: t('samplingCOUNT', { v: '' }) },
              ]}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="samplingValue" label={t('samplingValue')} rules={mode === 'ALL' ? [] : req}>
            <InputNumber min={1} disabled={mode === 'ALL'} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="inspectorsPerTeam" label={t('inspectorsPerTeam')} rules={req}>
            <InputNumber min={2} max={10} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="template" label={t('template')} rules={req}>
            <Select
              loading={templates.loading}
              options={(templates.data ?? []).map((x) => ({ value: `${x.templateId}@${x.version}`, label: `${x.title} (v${x.version})` }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} md={8}>
          <Form.Item name="expertRequired" valuePropName="checked">
            <Checkbox>{t('expertRequired')}</Checkbox>
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="excludeSameCounty" valuePropName="checked">
            <Checkbox>{t('excludeSameCounty')}</Checkbox>
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="excludeInspectedLastYear" valuePropName="checked">
            <Checkbox>{t('excludeInspectedLastYear')}</Checkbox>
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={12}>
          <Form.Item name="selfInspectionDue" label={t('selfInspectionDue')} rules={req}>
            <Input type="date" />
          </Form.Item>
        </Col>
        <Col xs={12}>
          <Form.Item name="dossierWindowStart" label={t('dossierWindowStart')} rules={req}>
            <Input type="date" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="legalBasis" label={t('legalBasis')} rules={req}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={saving}>
        {t('createPlan')}
      </Button>
    </Form>
  );
}
