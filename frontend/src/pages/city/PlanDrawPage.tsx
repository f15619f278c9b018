import { useState } from 'react';
import { useParams } from 'react-router';
import { Alert, Button, Card, Form, Input, Radio, Select, Space, Typography, type FormInstance } from 'antd';
import { api, ProblemError } from '../../api/client';
import { useApi } from '../../api/useApi';
import type { DrawIdentities, DrawVerification, DrawView, Plan, ReplacementRequest } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { applyFieldErrors, ProblemAlert } from '../../components/ProblemAlert';
import { DrawRecordView } from '../../features/plans/DrawRecordView';
import { PlanStatus } from '../../features/plans/PlanStatus';
import { VerifierPanel } from '../../features/verifier/VerifierPanel';
import { useI18n } from '../../i18n';

/** The draw of one plan: commitment, seed and draw, replacements with reasons, both verifications. */
export default function PlanDrawPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { session, hasRole } = useAuth();
  const path = encodeURIComponent(id);
  const plan = useApi((signal) => api<Plan>(`/api/inspections/plans/${path}`, { signal }), [id]);
  // The organiser's copy names each ref (ADR 0405); anyone else reads the public record.
  const record = useApi(
    (signal) =>
      api<DrawView>(`/api/inspections/plans/${path}/draw`, { signal })
        .catch((e) => {
          if (e instanceof ProblemError && e.status === 403) return api<DrawView>(`/api/public/inspections/plans/${path}/draw`, { signal, anonymous: true });
          throw e;
        })
        .catch((e) => {
          if (e instanceof ProblemError && e.status === 404) return undefined;
          throw e;
        }),
    [id],
  );
  const identities = useApi(
    (signal) =>
      api<DrawIdentities>(`/api/inspections/plans/${path}/draw/identities`, { signal }).catch((e) => {
        if (e instanceof ProblemError && (e.status === 403 || e.status === 404)) return undefined;
        throw e;
      }),
    [id, record.data?.replacements?.length],
  );
  const reasons = identities.data?.replacements?.length
    ? Object.fromEntries(identities.data.replacements.map((r) => [r.seq ?? 0, r.reason ?? '']))
    : undefined;
  const [serverCheck, setServerCheck] = useState<DrawVerification>();
  const [error, setError] = useState<Error>();
  const [busy, setBusy] = useState(false);
  const [seedForm] = Form.useForm<{ seed?: string; seedNote?: string }>();
  const [replForm] = Form.useForm<ReplacementRequest>();
  const replType = Form.useWatch('type', replForm);
  const replAgency = Form.useWatch('agencyId', replForm);

  const organiser = hasRole('city') && plan.data?.region === session?.region;
  const drawn = !!record.data?.result;
  const committed = !!record.data?.commitment;

  const act = async (call: () => Promise<unknown>, form?: FormInstance) => {
    setBusy(true);
    setError(undefined);
    try {
      await call();
      record.reload();
      plan.reload();
      setServerCheck(undefined);
    } catch (e) {
      if (form) applyFieldErrors(form, e);
      setError(e as Error);
    } finally {
      setBusy(false);
    }
  };

  const current = record.data?.current?.agencies ?? [];
  const team = current.find((a) => a.agencyId === replAgency)?.team ?? [];

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 26 }}>
        {plan.data?.title ?? id} {plan.data && <PlanStatus status={plan.data.status} />}
      </Typography.Title>
      <ProblemAlert error={plan.error ?? record.error ?? error} />

      {organiser && plan.data?.status === 'PUBLISHED' && !committed && (
        <Card title={t('commit')}>
          <Typography.Paragraph>{t('commitHelp')}</Typography.Paragraph>
          <Button type="primary" loading={busy} onClick={() => act(() => api(`/api/inspections/plans/${path}/draw/commitment`, { method: 'POST' }))}>
            {t('commit')}
          </Button>
        </Card>
      )}

      {organiser && committed && !drawn && (
        <Card title={t('drawNow')}>
          <Form
            form={seedForm}
            layout="vertical"
            aria-label={t('drawNow')}
            onFinish={(v) => act(() => api(`/api/inspections/plans/${path}/draw`, { method: 'POST', body: { seed: v.seed || undefined, seedNote: v.seedNote || undefined } }), seedForm)}
          >
            <Form.Item name="seed" label={t('seed')} extra={t('seedHelp')}>
              <Input />
            </Form.Item>
            <Form.Item name="seedNote" label={t('seedNote')}>
              <Input />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={busy}>
              {t('drawNow')}
            </Button>
          </Form>
        </Card>
      )}

      {organiser && drawn && (
        <Card title={t('newReplacement')}>
          <Form
            form={replForm}
            layout="vertical"
            aria-label={t('newReplacement')}
            initialValues={{ type: 'PERSON' }}
            onFinish={(v) => {
              const member = team.find((m) => m.personId === v.personId);
              const body: ReplacementRequest =
                v.type === 'PERSON'
                  ? { type: 'PERSON', agencyId: v.agencyId, personId: v.personId, personKind: member?.kind as ReplacementRequest['personKind'], reason: v.reason }
                  : { type: 'AGENCY', agencyId: v.agencyId, reason: v.reason };
              return act(async () => {
                await api(`/api/inspections/plans/${path}/draw/replacements`, { method: 'POST', body });
                replForm.resetFields();
              }, replForm);
            }}
          >
            <Form.Item name="type" label={t('replaceType')}>
              <Radio.Group options={[{ value: 'PERSON', label: t('replacementPERSON') }, { value: 'AGENCY', label: t('replacementAGENCY') }]} />
            </Form.Item>
            <Form.Item name="agencyId" label={t('agency')} rules={[{ required: true, message: t('required') }]}>
              <Select showSearch optionFilterProp="label" options={current.map((a) => ({ value: a.agencyId, label: a.agencyName ?? a.agencyId }))} />
            </Form.Item>
            {replType === 'PERSON' && (
              <Form.Item name="personId" label={t('person')} rules={[{ required: true, message: t('required') }]}>
                <Select options={team.map((m) => ({ value: m.personId, label: `${m.kind === 'EXPERT' ? t('expert') : t('inspector')}：${m.name ?? m.ref}` }))} />
              </Form.Item>
            )}
            <Form.Item name="reason" label={t('reason')} rules={[{ required: true, message: t('required') }]}>
              <Input.TextArea rows={2} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={busy}>
              {t('replace')}
            </Button>
          </Form>
        </Card>
      )}

      {drawn && record.data && (
        <>
          <Card title={t('serverVerification')}>
            <Button onClick={() => api<DrawVerification>(`/api/public/inspections/plans/${path}/draw/verification`, { anonymous: true }).then(setServerCheck, setError)}>
              {t('serverVerification')}
            </Button>
            {serverCheck && (
              <Alert
                style={{ marginTop: 12 }}
                type={serverCheck.valid ? 'success' : 'error'}
                showIcon
                title={serverCheck.valid ? t('verified') : t('notVerified')}
                description={`${t('commitment')}: ${serverCheck.commitmentMatches ? t('stepOk') : t('stepMismatch')} · ${t('result')}: ${serverCheck.drawMatches ? t('stepOk') : t('stepMismatch')}`}
              />
            )}
          </Card>
          <VerifierPanel record={record.data} />
        </>
      )}
      {record.data && <DrawRecordView record={record.data} reasons={reasons} />}
    </Space>
  );
}
