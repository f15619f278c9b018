import { useEffect, useState } from 'react';
import { Alert, Button, Card, Descriptions, Form, Input, Select, Switch, Tag } from 'antd';
import { useApi } from '../../api/useApi';
import type { FinalConclusion, Recommendation } from '../../api/types';
import { applyFieldErrors, ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n';
import { onsiteApi } from '../onsite/api';

const sameSet = (a: string[] = [], b: string[] = []) => a.length === b.length && a.every((x) => b.includes(x));

/** The city may depart from the team's recommendation, but must say why (the reason is then required). */
export function differsFromRecommendation(rec: Recommendation | undefined, final: Partial<FinalConclusion>): boolean {
  if (!rec) return false;
  return (
    (final.outcome ?? '') !== (rec.outcome ?? '') ||
    !sameSet(final.actions, rec.actions) ||
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
  const [form] = Form.useForm<FinalConclusion>();
  const values = Form.useWatch([], form) as Partial<FinalConclusion> | undefined;
  const [error, setError] = useState<Error>();
  const [busy, setBusy] = useState(false);
  const rec = conclusion.data?.recommendation;
  const final = conclusion.data?.final;
  const differs = differsFromRecommendation(rec, values ?? {});

  useEffect(() => {
    if (conclusion.data) {
      form.setFieldsValue(final ?? { outcome: rec?.outcome, actions: rec?.actions ?? [], sendToProvince: !!rec?.provincialReview, reason: '' });
    }
  }, [conclusion.data, final, rec, form]);

  // the template's labels win over the bare recommended code (later entries replace earlier ones)
  const outcomes = [...new Map([
    ...(rec?.outcome ? [[rec.outcome, rec.outcome] as const] : []),
    ...(template.data?.grades ?? []).map((g) => [g.code ?? '', g.label ?? g.code ?? ''] as const),
    ...(template.data?.conclusions ?? []).map((c) => [c.code ?? '', c.label ?? c.code ?? ''] as const),
  ]).entries()].filter(([code]) => code).map(([value, label]) => ({ value, label }));
  const outcomeLabel = (code?: string) => outcomes.find((o) => o.value === code)?.label ?? code ?? '';

  const save = async (v: FinalConclusion) => {
    setBusy(true);
    setError(undefined);
    try {
      await onsiteApi.saveConclusion(taskId, { outcome: v.outcome, actions: v.actions ?? [], sendToProvince: !!v.sendToProvince, reason: v.reason?.trim() || undefined });
      conclusion.reload();
      onSaved();
    } catch (e) {
      applyFieldErrors(form, e);
      setError(e as Error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t('conclusion')}>
      <ProblemAlert error={conclusion.error ?? error} onRetry={conclusion.error ? conclusion.reload : undefined} />
      <Descriptions size="small" column={1} bordered title={t('recommendation')}>
        <Descriptions.Item label={t('outcome')}>{outcomeLabel(rec?.outcome)}{rec?.grade && <Tag style={{ marginInlineStart: 8 }}>{rec.grade}</Tag>}</Descriptions.Item>
        <Descriptions.Item label={t('recommendedActions')}>{(rec?.actions ?? []).join('、')}</Descriptions.Item>
        <Descriptions.Item label={t('provincialReview')}>{t(rec?.provincialReview ? 'yes' : 'no')}</Descriptions.Item>
      </Descriptions>
      {final && !editable && (
        <Descriptions size="small" column={1} bordered title={t('finalConclusion')} style={{ marginTop: 16 }}>
          <Descriptions.Item label={t('outcome')}>{outcomeLabel(final.outcome)}</Descriptions.Item>
          <Descriptions.Item label={t('recommendedActions')}>{final.actions.join('、')}</Descriptions.Item>
          <Descriptions.Item label={t('sendToProvince')}>{t(final.sendToProvince ? 'yes' : 'no')}</Descriptions.Item>
          {final.reason && <Descriptions.Item label={t('departureReason')}>{final.reason}</Descriptions.Item>}
        </Descriptions>
      )}
      {editable && (
        <Form form={form} layout="vertical" aria-label={t('finalConclusion')} onFinish={save} style={{ marginTop: 16 }}>
          <Form.Item name="outcome" label={t('outcome')} rules={[{ required: true, message: t('required') }]}>
            <Select options={outcomes} />
          </Form.Item>
          <Form.Item name="actions" label={t('recommendedActions')}>
            <Select mode="tags" options={(rec?.actions ?? []).map((a) => ({ value: a, label: a }))} />
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
                differsFromRecommendation(rec, getFieldsValue() as Partial<FinalConclusion>) && !v?.trim() ? Promise.reject(new Error(t('reasonRequired'))) : Promise.resolve(),
            })]}
          >
            <Input.TextArea autoSize={{ minRows: 2 }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy}>{t('saveConclusion')}</Button>
        </Form>
      )}
    </Card>
  );
}
