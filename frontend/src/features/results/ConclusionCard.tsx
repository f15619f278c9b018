import { useEffect } from 'react';
import { Alert, Button, Card, Descriptions, Form, Input, Select, Switch, Tag } from 'antd';
import { useApi } from '../../api/useApi';
import type { Recommendation } from '../../api/types';
import { ProblemAlert, useFormSubmit } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n';
import { onsiteApi } from '../onsite/api';
import { PublishCard } from './PublishCard';

const sameSet = (a: string[] = [], b: string[] = []) => a.length === b.length && a.every((x) => b.includes(x));

/** What the organiser fills in: an outcome code, the action codes, whether the province reviews, why. */
export interface ConclusionForm {
  outcome: string;
  actions: string[];
  sendToProvince: boolean;
  reason?: string;
}

const actionCodes = (rec?: Recommendation) => (rec?.actions ?? []).map((a) => a.code ?? '').filter(Boolean);

/** The city may depart from the team's recommendation, but must say why (the reason is then required). */
export function differsFromRecommendation(rec: Recommendation | undefined, final: Partial<ConclusionForm>): boolean {
  if (!rec) return false;
  return (
    (final.outcome ?? '') !== (rec.outcome?.code ?? '') ||
    !sameSet(final.actions, actionCodes(rec)) ||
    !!final.sendToProvince !== !!rec.provincialReview
  );
}

/**
 * 检查结论: the recommendation the checklist gives (outcome, grade, actions, whether the province reviews)
 * beside the organiser's final conclusion.
 */
export function ConclusionCard({ taskId, templateId, templateVersion, editable, onSaved }: {
  taskId: string; templateId: string; templateVersion: number; editable: boolean; onSaved: () => void;
}) {
  const { t } = useI18n();
  const conclusion = useApi((signal) => onsiteApi.conclusion(taskId, signal), [taskId]);
  const template = useApi((signal) => onsiteApi.template(templateId, templateVersion, signal).catch(() => undefined), [templateId, templateVersion]);
  const [form] = Form.useForm<ConclusionForm>();
  const values = Form.useWatch([], form) as Partial<ConclusionForm> | undefined;
  const { busy, error, submit } = useFormSubmit(form);
  const rec = conclusion.data?.recommendation;
  const decision = conclusion.data?.decision;
  const published = !!conclusion.data?.publishedAt;
  // once the province reviews it or it is published, the organiser's conclusion is fixed
  const canEdit = editable && !published && !conclusion.data?.review;
  const differs = differsFromRecommendation(rec, values ?? {});

  useEffect(() => {
    if (conclusion.data) {
      form.setFieldsValue(decision
        ? { outcome: decision.outcome?.code ?? '', actions: (decision.actions ?? []).map((a) => a.code ?? ''), sendToProvince: !!decision.sendToProvince, reason: decision.reason ?? '' }
        : { outcome: rec?.outcome?.code ?? '', actions: actionCodes(rec), sendToProvince: !!rec?.provincialReview, reason: '' });
    }
  }, [conclusion.data, decision, rec, form]);

  // the template's labels win over the bare recommended code (later entries replace earlier ones)
  const outcomes = [...new Map([
    ...(rec?.outcome?.code ? [[rec.outcome.code, rec.outcome.label ?? rec.outcome.code] as const] : []),
    ...(template.data?.grades ?? []).map((g) => [g.code ?? '', g.label ?? g.code ?? ''] as const),
    ...(template.data?.conclusions ?? []).map((c) => [c.code ?? '', c.label ?? c.code ?? ''] as const),
  ]).entries()].filter(([code]) => code).map(([value, label]) => ({ value, label }));
  const outcomeLabel = (code?: string) => outcomes.find((o) => o.value === code)?.label ?? code ?? '';

  const actionLabel = (code: string) => [...(rec?.actions ?? []), ...(decision?.actions ?? [])].find((a) => a.code === code)?.label ?? code;

  const save = (v: ConclusionForm) =>
    submit(async () => {
      await onsiteApi.saveConclusion(taskId, {
        outcome: v.outcome,
        outcomeLabel: outcomeLabel(v.outcome),
        actions: (v.actions ?? []).map((code) => ({ code, label: actionLabel(code) })),
        sendToProvince: !!v.sendToProvince,
        reason: v.reason?.trim() || undefined,
      });
      conclusion.reload();
      onSaved();
    });

  return (
    <Card title={t('conclusion')}>
      <ProblemAlert error={conclusion.error ?? error} onRetry={conclusion.error ? conclusion.reload : undefined} />
      <Descriptions size="small" column={1} bordered title={t('recommendation')}>
        <Descriptions.Item label={t('outcome')}>{rec?.outcome?.label ?? outcomeLabel(rec?.outcome?.code)}{rec?.total != null && <Tag style={{ marginInlineStart: 8 }}>{rec.total}</Tag>}</Descriptions.Item>
        <Descriptions.Item label={t('recommendedActions')}>{(rec?.actions ?? []).map((a) => a.label ?? a.code).join('、')}</Descriptions.Item>
        <Descriptions.Item label={t('provincialReview')}>{t(rec?.provincialReview ? 'yes' : 'no')}</Descriptions.Item>
      </Descriptions>
      {decision && !canEdit && (
        <Descriptions size="small" column={1} bordered title={t('finalConclusion')} style={{ marginTop: 16 }}>
          <Descriptions.Item label={t('outcome')}>{(conclusion.data?.finalOutcome ?? decision.outcome)?.label}</Descriptions.Item>
          <Descriptions.Item label={t('recommendedActions')}>{(conclusion.data?.isFinal ? conclusion.data.finalActions : decision.actions)?.map((a) => a.label ?? a.code).join('、')}</Descriptions.Item>
          <Descriptions.Item label={t('sendToProvince')}>{t(decision.sendToProvince ? 'yes' : 'no')}</Descriptions.Item>
          {decision.reason && <Descriptions.Item label={t('departureReason')}>{decision.reason}</Descriptions.Item>}
        </Descriptions>
      )}
      {canEdit && (
        <Form form={form} layout="vertical" aria-label={t('finalConclusion')} onFinish={save} style={{ marginTop: 16 }}>
          <Form.Item name="outcome" label={t('outcome')} rules={[{ required: true, message: t('required') }]}>
            <Select options={outcomes} />
          </Form.Item>
          <Form.Item name="actions" label={t('recommendedActions')}>
            <Select mode="tags" options={(rec?.actions ?? []).map((a) => ({ value: a.code ?? '', label: a.label ?? a.code }))} />
          </Form.Item>
          <Form.Item name="sendToProvince" label={t('sendToProvince')} valuePropName="checked">
            <Switch />
          </Form.Item>
          {differs && <Alert type="warning" title={t('differsFromRecommendation')} style={{ marginBottom: 12 }} />}
          <Form.Item
            name="reason"
            label={t('departureReason')}
            required={differs}
            dependencies={['outcome', 'actions', 'sendToProvince']}
            rules={[({ getFieldsValue }) => ({
              validator: (_, v?: string) =>
                differsFromRecommendation(rec, getFieldsValue() as Partial<ConclusionForm>) && !v?.trim() ? Promise.reject(new Error(t('reasonRequired'))) : Promise.resolve(),
            })]}
          >
            <Input.TextArea autoSize={{ minRows: 2 }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy}>{t('saveConclusion')}</Button>
        </Form>
      )}
      {editable && conclusion.data?.isFinal && !published && <div style={{ marginTop: 16 }}><PublishCard taskId={taskId} onDone={() => { conclusion.reload(); onSaved(); }} /></div>}
      {published && <Alert type="success" style={{ marginTop: 16 }} title={t('resultPublished')} />}
    </Card>
  );
}
