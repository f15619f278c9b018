import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Select, Space, Tag } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { ProblemError } from '../../api/client';
import type { EvidenceRecord } from '../../api/types';
import { applyFieldErrors, ProblemAlert } from '../../components/ProblemAlert';
import { useI18n, useLabel } from '../../i18n';
import { categoryCodes, categoryLabel } from '../../lib/labels';
import { onsiteApi } from './api';
import { EvidenceTile, EvidenceUpload } from './Evidence';
import type { StepAction } from './steps';

/** What a 422 on closing names: the photo kinds missing, or that the sheet is not submitted. */
export function closeRefusal(e: unknown): { photos: string[]; sheet: boolean } | undefined {
  if (!(e instanceof ProblemError) || e.status !== 422) return undefined;
  const listed = (e.body.missing ?? e.body.kinds ?? e.body.missingKinds) as unknown;
  const photos = [...(Array.isArray(listed) ? listed.map(String) : []), ...e.errors.map((x) => x.field ?? '')].filter((k) => /_PHOTO$/.test(k));
  return { photos, sheet: e.slug === 'sheet-not-submitted' };
}

function Lines({ name, label, add }: { name: string; label: string; add: string }) {
  const { t } = useI18n();
  return (
    <Form.List name={name}>
      {(fields, { add: addLine, remove }) => (
        <>
          {fields.map((field, i) => (
            <Space key={field.key} align="start" style={{ display: 'flex' }}>
              <Form.Item {...field} label={`${label} ${i + 1}`} rules={[{ required: true, whitespace: true, message: t('required') }]} style={{ flex: 1, minWidth: 240 }}>
                <Input.TextArea autoSize={{ minRows: 2 }} />
              </Form.Item>
              {fields.length > 1 && <Button type="text" aria-label={t('remove')} icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} style={{ marginTop: 30 }} />}
            </Space>
          ))}
          <Button size="large" icon={<PlusOutlined />} onClick={() => addLine('')} style={{ marginBottom: 16 }}>{add}</Button>
        </>
      )}
    </Form.List>
  );
}

/**
 * The one step action the task's state and the caller's rights allow (steps.ts decides which), with its
 * form. `onDone` reloads the task.
 */
export function StepActionPanel({ action, taskId, mainFindings, onDone }: { action: StepAction; taskId: string; mainFindings: string[]; onDone: () => void }) {
  const { t, lang } = useI18n();
  const label = useLabel();
  const [form] = Form.useForm();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error>();
  const [files, setFiles] = useState<EvidenceRecord[]>([]);

  const run = async (call: () => Promise<unknown>) => {
    setBusy(true);
    setError(undefined);
    try {
      await call();
      onDone();
    } catch (e) {
      applyFieldErrors(form, e);
      setError(e as Error);
    } finally {
      setBusy(false);
    }
  };
  const refusal = closeRefusal(error);
  const go = (text: string, onClick?: () => void) => (
    <Button size="large" type="primary" block htmlType={onClick ? 'button' : 'submit'} loading={busy} onClick={onClick}>{text}</Button>
  );

  return (
    <Card title={t(`action${action[0].toUpperCase()}${action.slice(1)}` as 'actionCheckIn')} data-testid={`action-${action}`}>
      <ProblemAlert error={error} />
      {action === 'checkIn' && (
        <Form form={form} layout="vertical" aria-label={t('actionCheckIn')} onFinish={(v: { note?: string }) => run(() => onsiteApi.checkIn(taskId, v.note))}>
          <Form.Item name="note" label={t('note')}><Input /></Form.Item>
          {go(t('actionCheckIn'))}
        </Form>
      )}
      {action === 'startChecking' && go(t('actionStartChecking'), () => run(() => onsiteApi.startChecking(taskId)))}
      {action === 'discussFindings' && (
        <Form form={form} layout="vertical" aria-label={t('actionDiscussFindings')} initialValues={{ mainFindings: mainFindings.length ? mainFindings : [''] }}
          onFinish={(v: { mainFindings: string[] }) => run(() => onsiteApi.findingsDiscussed(taskId, v.mainFindings.map((s) => s.trim())))}>
          <Alert type="info" title={t('discussHelp')} style={{ marginBottom: 16 }} />
          <Lines name="mainFindings" label={t('mainFinding')} add={t('addFinding')} />
          {go(t('actionDiscussFindings'))}
        </Form>
      )}
      {action === 'issueFactSheet' && (
        <Form form={form} layout="vertical" aria-label={t('actionIssueFactSheet')} initialValues={{ categoriesInspected: [], facts: mainFindings.length ? mainFindings : [''] }}
          onFinish={(v: { categoriesInspected: string[]; facts: string[] }) => run(() => onsiteApi.issueFactSheet(taskId, v.categoriesInspected, v.facts.map((s) => s.trim()).filter(Boolean)))}>
          <Form.Item name="categoriesInspected" label={t('categoriesInspected')} rules={[{ required: true, message: t('required') }]}>
            <Select mode="multiple" size="large" options={categoryCodes.map((c) => ({ value: c, label: categoryLabel(c, lang) }))} />
          </Form.Item>
          <Lines name="facts" label={t('fact')} add={t('addFact')} />
          {go(t('actionIssueFactSheet'))}
        </Form>
      )}
      {action === 'recordRefusal' && (
        <Form form={form} layout="vertical" aria-label={t('actionRecordRefusal')} onFinish={(v: { reason: string }) => run(() => onsiteApi.refuseFactSheet(taskId, v.reason, files.map((f) => f.id!)))}>
          <Alert type="info" title={t('refusalHelp')} style={{ marginBottom: 16 }} />
          <Form.Item name="reason" label={t('refusalReason')} rules={[{ required: true, whitespace: true, message: t('required') }]}><Input.TextArea autoSize={{ minRows: 2 }} /></Form.Item>
          <Space wrap style={{ marginBottom: 16 }}>{files.map((f) => <EvidenceTile key={f.id} record={f} />)}</Space>
          <div style={{ marginBottom: 16 }}><EvidenceUpload taskId={taskId} kind="OTHER" camera label={t('refusalEvidence')} onUploaded={(r) => setFiles((f) => [...f, r])} /></div>
          {go(t('actionRecordRefusal'))}
        </Form>
      )}
      {action === 'confirmFactSheet' && (
        <Form form={form} layout="vertical" aria-label={t('actionConfirmFactSheet')} onFinish={(v: { opinion?: string }) => run(() => onsiteApi.confirmFactSheet(taskId, files[files.length - 1].id!, v.opinion))}>
          <Alert type="info" title={t('confirmHelp')} style={{ marginBottom: 16 }} />
          <Space wrap style={{ marginBottom: 16 }}>{files.map((f) => <EvidenceTile key={f.id} record={f} />)}</Space>
          <div style={{ marginBottom: 16 }}><EvidenceUpload taskId={taskId} kind="SIGNED_FACT_SHEET" label={t('uploadSignedScan')} onUploaded={(r) => setFiles((f) => [...f, r])} /></div>
          <Form.Item name="opinion" label={t('agencyOpinion')}><Input.TextArea autoSize={{ minRows: 2 }} /></Form.Item>
          {files.length === 0 ? <Tag color="orange">{t('signedScanFirst')}</Tag> : go(t('actionConfirmFactSheet'))}
        </Form>
      )}
      {action === 'close' && (
        <>
          {refusal && (
            <Alert type="warning" role="alert" style={{ marginBottom: 16 }} data-testid="close-missing" title={t('closeMissing')}
              description={<ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {refusal.photos.map((k) => <li key={k}>{label('evidenceKind', k)}</li>)}
                {refusal.sheet && <li>{t('sheetNotSubmitted')}</li>}
              </ul>} />
          )}
          {go(t('actionClose'), () => run(() => onsiteApi.close(taskId)))}
        </>
      )}
    </Card>
  );
}
