import { useState } from 'react';
import { Button, Card, DatePicker, Form, Input, Modal, Radio, Select, Space, Tag } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useApi } from '../../api/useApi';
import type { EvidenceRecord, RectificationItem, TaskRelation } from '../../api/types';
import { LoadedTable } from '../../components/LoadedTable';
import { ProblemAlert, useFormSubmit } from '../../components/ProblemAlert';
import { useI18n, useLabel } from '../../i18n';
import { onsiteApi } from '../onsite/api';
import { EvidenceTile, EvidenceUpload } from '../onsite/Evidence';

const STATUS_COLOR: Record<string, string> = { OPEN: 'orange', RESPONDED: 'blue', ACCEPTED: 'green', RETURNED: 'red' };

/** What each relation may do with an item: the agency answers open or returned items, the organiser reviews answers. */
export function rectificationAction(relation: TaskRelation, item: Pick<RectificationItem, 'status'>): 'respond' | 'review' | undefined {
  const status = item.status ?? 'OPEN';
  if (relation === 'AGENCY' && (status === 'OPEN' || status === 'RETURNED')) return 'respond';
  if (relation === 'ORGANISER' && status === 'RESPONDED') return 'review';
  return undefined;
}

function CreateItems({ taskId, findings, onDone }: { taskId: string; findings: string[]; onDone: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ items: { findingRef: string; description: string; deadline: Dayjs }[] }>();
  const { busy, error, submit } = useFormSubmit(form);
  const refs = findings.map((f, i) => ({ value: `F${i + 1}`, label: `F${i + 1} ${f}` }));
  const create = (v: { items: { findingRef: string; description: string; deadline: Dayjs }[] }) =>
    submit(async () => {
      await onsiteApi.createRectifications(taskId, v.items.map((x) => ({ findingRef: x.findingRef, description: x.description.trim(), deadline: x.deadline.format('YYYY-MM-DD') })));
      form.resetFields();
      onDone();
    });
  return (
    <Card size="small" title={t('createRectifications')}>
      <ProblemAlert error={error} />
      <Form form={form} layout="vertical" aria-label={t('createRectifications')} onFinish={create}
        initialValues={{ items: findings.map((f, i) => ({ findingRef: `F${i + 1}`, description: f })) }}>
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} wrap align="start">
                  <Form.Item name={[field.name, 'findingRef']} label={t('findingRef')} rules={[{ required: true, message: t('required') }]} style={{ width: 200 }}>
                    <Select options={refs} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'description']} label={t('rectificationRequired')} rules={[{ required: true, whitespace: true, message: t('required') }]} style={{ minWidth: 280 }}>
                    <Input.TextArea autoSize={{ minRows: 1 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'deadline']} label={t('deadline')} rules={[{ required: true, message: t('required') }]}>
                    <DatePicker />
                  </Form.Item>
                  <Button type="text" aria-label={t('remove')} icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} style={{ marginTop: 30 }} />
                </Space>
              ))}
              <Space wrap>
                <Button icon={<PlusOutlined />} onClick={() => add({ findingRef: refs[0]?.value, description: '' })} disabled={refs.length === 0}>{t('addRectification')}</Button>
                <Button type="primary" htmlType="submit" loading={busy} disabled={fields.length === 0}>{t('createRectifications')}</Button>
              </Space>
            </>
          )}
        </Form.List>
      </Form>
    </Card>
  );
}

/**
 * 整改: the items the organiser set from the findings, each with its deadline, the agency's answer and
 * proof, and the organiser's review. Each relation is offered only its own part.
 */
export function Rectifications({ taskId, relation, findings }: { taskId: string; relation: TaskRelation; findings: string[] }) {
  const { t } = useI18n();
  const label = useLabel();
  const items = useApi((signal) => onsiteApi.rectifications(taskId, signal), [taskId]);
  const [acting, setActing] = useState<{ item: RectificationItem; kind: 'respond' | 'review' }>();
  const [proofs, setProofs] = useState<EvidenceRecord[]>([]);
  const [form] = Form.useForm<{ text?: string; accept?: boolean; comment?: string }>();
  const { busy, error, submit, clearError } = useFormSubmit(form);

  const open = (item: RectificationItem, kind: 'respond' | 'review') => {
    setActing({ item, kind });
    setProofs([]);
    clearError();
    form.resetFields();
  };
  const finish = async (v: { text?: string; accept?: boolean; comment?: string }) => {
    if (!acting) return;
    await submit(async () => {
      if (acting.kind === 'respond') await onsiteApi.respondRectification(taskId, acting.item.id, v.text ?? '', proofs.map((p) => p.id!));
      else await onsiteApi.reviewRectification(taskId, acting.item.id, !!v.accept, v.comment ?? '');
      setActing(undefined);
      items.reload();
    });
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <LoadedTable<RectificationItem>
        label={t('rectifications')}
        exportName="rectifications"
        loaded={items}
        rowKey={(x) => x.id}
        columns={[
          { key: 'ref', title: t('findingRef'), value: (x) => x.findingRef },
          { key: 'description', title: t('rectificationRequired'), value: (x) => x.description },
          { key: 'deadline', title: t('deadline'), value: (x) => x.deadline, render: (x) => <>{x.deadline}{x.overdue && <Tag color="red" style={{ marginInlineStart: 8 }}>{t('overdue')}</Tag>}</> },
          { key: 'status', title: t('status'), value: (x) => label('rectificationStatus', x.status ?? 'OPEN'), filter: true, render: (x) => <Tag color={STATUS_COLOR[x.status ?? 'OPEN']}>{label('rectificationStatus', x.status ?? 'OPEN')}</Tag> },
          { key: 'response', title: t('agencyResponse'), value: (x) => x.responses?.at(-1)?.text },
          { key: 'review', title: t('reviewComment'), value: (x) => x.reviews?.at(-1)?.comment },
          {
            key: 'actions',
            title: t('actions'),
            value: () => '',
            render: (x) => {
              const kind = rectificationAction(relation, x);
              return kind && <Button type="primary" onClick={() => open(x, kind)}>{t(kind === 'respond' ? 'respond' : 'reviewAnswer')}</Button>;
            },
          },
        ]}
      />
      {relation === 'ORGANISER' && items.data && items.data.length === 0 && <CreateItems taskId={taskId} findings={findings} onDone={items.reload} />}
      <Modal
        title={acting && `${t(acting.kind === 'respond' ? 'respond' : 'reviewAnswer')}：${acting.item.findingRef}`}
        open={!!acting}
        onCancel={() => setActing(undefined)}
        onOk={() => form.submit()}
        okButtonProps={{ loading: busy }}
        destroyOnHidden
      >
        <ProblemAlert error={error} />
        <p>{acting?.item.description}</p>
        <Form form={form} layout="vertical" aria-label={t('rectifications')} onFinish={finish} initialValues={{ accept: true }}>
          {acting?.kind === 'respond' && (
            <>
              <Form.Item name="text" label={t('agencyResponse')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
                <Input.TextArea autoSize={{ minRows: 3 }} />
              </Form.Item>
              <Space wrap style={{ marginBottom: 12 }}>{proofs.map((p) => <EvidenceTile key={p.id} record={p} />)}</Space>
              <EvidenceUpload taskId={taskId} kind="RECTIFICATION_PROOF" onUploaded={(r) => setProofs((p) => [...p, r])} />
            </>
          )}
          {acting?.kind === 'review' && (
            <>
              <p>{t('agencyResponse')}：{acting.item.responses?.at(-1)?.text}</p>
              <Form.Item name="accept" label={t('reviewAnswer')}>
                <Radio.Group options={[{ value: true, label: t('acceptRectification') }, { value: false, label: t('rejectRectification') }]} />
              </Form.Item>
              <Form.Item name="comment" label={t('reviewComment')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
                <Input.TextArea autoSize={{ minRows: 2 }} />
              </Form.Item>
            </>
          )}
        </Form>
      </Modal>
    </Space>
  );
}
