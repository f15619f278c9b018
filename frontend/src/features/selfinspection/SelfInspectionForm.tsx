import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Empty, Form, Input, Modal, Spin, Tag, Typography } from 'antd';
import { ProblemError } from '../../api/client';
import type { Plan, SelfInspection, SelfInspectionRequest, TemplateItem } from '../../api/types';
import { useApi } from '../../api/useApi';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n';
import { fieldPath, selfInspectionApi, templateItems } from './api';

interface Values {
  summary?: string;
  items?: { itemId: string; finding?: string; measures?: string }[];
}

const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
const itemLabel = (i: TemplateItem) => [i.number, i.title].filter(Boolean).join(' ') || (i.id ?? '');

/**
 * An agency's 自查报告 for one plan: the form against the plan's checklist items until it is submitted (once,
 * after a confirmation), then the report read-only, marked when it came in after the due date.
 */
export function SelfInspectionForm({ planId }: { planId: string }) {
  const { t } = useI18n();
  const loaded = useApi(async (signal) => {
    const [plan, mine] = await Promise.all([selfInspectionApi.plan(planId, signal), selfInspectionApi.mine(planId, signal)]);
    const template = plan.template?.templateId && plan.template.version != null
      ? await selfInspectionApi.template(plan.template.templateId, plan.template.version, signal)
      : undefined;
    return { plan, mine, items: templateItems(template) };
  }, [planId]);
  const [submitted, setSubmitted] = useState<SelfInspection>();

  if (loaded.error) return <ProblemAlert error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <Spin />;
  const { plan, items } = loaded.data;
  const report = submitted ?? loaded.data.mine;
  return (
    <Card title={plan.title}>
      <Descriptions size="small" column={1} style={{ marginBottom: 16 }}
        items={[{ key: 'due', label: t('selfInspectionDue'), children: plan.selfInspectionDue ?? t('selfInspectionNoDue') }]} />
      {report
        ? <ReportView report={report} items={items} />
        : <ReportForm plan={plan} items={items} onSubmitted={setSubmitted} onAlreadySubmitted={loaded.reload} />}
    </Card>
  );
}

function ReportForm({ plan, items, onSubmitted, onAlreadySubmitted }: {
  plan: Plan; items: TemplateItem[]; onSubmitted: (r: SelfInspection) => void; onAlreadySubmitted: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const [pending, setPending] = useState<SelfInspectionRequest>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error>();
  const pastDue = !!plan.selfInspectionDue && today() > plan.selfInspectionDue;

  const confirm = (v: Values) => setPending({
    summary: v.summary?.trim() ?? '',
    items: items.map((item, i) => ({
      itemId: item.id!,
      finding: v.items?.[i]?.finding?.trim() || undefined,
      measures: v.items?.[i]?.measures?.trim() || undefined,
    })),
    evidenceIds: [],
  });

  const send = async () => {
    if (!pending) return;
    setBusy(true);
    setError(undefined);
    try {
      onSubmitted(await selfInspectionApi.submit(plan.id ?? '', pending));
    } catch (e) {
      setPending(undefined);
      if (e instanceof ProblemError && e.status === 409) {
        onAlreadySubmitted();
        return;
      }
      if (e instanceof ProblemError) {
        form.setFields(Object.entries(e.fieldErrors()).flatMap(([field, errors]) => {
          const name = fieldPath(field);
          return name ? [{ name, errors }] : [];
        }));
      }
      setError(e as Error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      {pastDue && <Alert type="warning" title={t('selfInspectionPastDue')} style={{ marginBottom: 16 }} />}
      <ProblemAlert error={error} />
      <Form form={form} layout="vertical" aria-label={t('selfInspection')} onFinish={confirm}>
        <Form.Item name="summary" label={t('selfInspectionSummary')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
          <Input.TextArea autoSize={{ minRows: 4 }} maxLength={4000} />
        </Form.Item>
        {items.length === 0 && <Empty description={t('selfInspectionNoItems')} />}
        {items.map((item, i) => (
          <Card key={item.id} size="small" title={itemLabel(item)} style={{ marginBottom: 12 }}>
            {item.requirement && <Typography.Paragraph type="secondary">{item.requirement}</Typography.Paragraph>}
            <Form.Item name={['items', i, 'finding']} label={`${t('selfInspectionFinding')}（${itemLabel(item)}）`}>
              <Input.TextArea autoSize={{ minRows: 2 }} maxLength={4000} />
            </Form.Item>
            <Form.Item name={['items', i, 'measures']} label={`${t('selfInspectionMeasures')}（${itemLabel(item)}）`}>
              <Input.TextArea autoSize={{ minRows: 2 }} maxLength={4000} />
            </Form.Item>
          </Card>
        ))}
        <Button size="large" type="primary" block htmlType="submit" loading={busy}>{t('selfInspectionSubmit')}</Button>
      </Form>
      <Modal
        open={!!pending}
        title={t('selfInspectionSubmit')}
        okText={t('selfInspectionConfirmOk')}
        confirmLoading={busy}
        onOk={send}
        onCancel={() => setPending(undefined)}
      >
        {t('selfInspectionConfirm')}
      </Modal>
    </>
  );
}

function ReportView({ report, items }: { report: SelfInspection; items: TemplateItem[] }) {
  const { t } = useI18n();
  const titles = new Map(items.map((i) => [i.id, itemLabel(i)]));
  return (
    <>
      <Alert type="info" title={t('selfInspectionReadOnly')} style={{ marginBottom: 16 }} />
      <Descriptions bordered size="small" column={1} items={[
        {
          key: 'at',
          label: t('selfInspectionSubmittedAt'),
          children: (
            <>
              {report.submittedAt ? new Date(report.submittedAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' }) : ''}{' '}
              {report.late ? <Tag color="red">{t('selfInspectionLate')}</Tag> : <Tag color="green">{t('selfInspectionSubmitted')}</Tag>}
            </>
          ),
        },
        { key: 'by', label: t('selfInspectionSubmittedBy'), children: report.submittedBy?.name ?? report.submittedBy?.userId },
        { key: 'summary', label: t('selfInspectionSummary'), children: <span style={{ whiteSpace: 'pre-wrap' }}>{report.summary}</span> },
      ]} />
      {(report.items ?? []).filter((i) => i.finding || i.measures).map((i) => (
        <Card key={i.itemId} size="small" title={titles.get(i.itemId) ?? i.itemId} style={{ marginTop: 12 }}>
          <Descriptions size="small" column={1} items={[
            { key: 'f', label: t('selfInspectionFinding'), children: <span style={{ whiteSpace: 'pre-wrap' }}>{i.finding}</span> },
            { key: 'm', label: t('selfInspectionMeasures'), children: <span style={{ whiteSpace: 'pre-wrap' }}>{i.measures}</span> },
          ]} />
        </Card>
      ))}
    </>
  );
}
