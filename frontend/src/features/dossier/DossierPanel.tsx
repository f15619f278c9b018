import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Form, Input, InputNumber, Progress, Radio, Select, Space, Spin, Table, Tag, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { ProblemError, type FieldError } from '../../api/client';
import { useApi } from '../../api/useApi';
import { DataTable } from '../../components/DataTable';
import { ProblemAlert, useFormSubmit } from '../../components/ProblemAlert';
import { RowErrorsTable } from '../../components/RowErrorsTable';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n/zh';
import { categoryCodes, categoryLabel } from '../../lib/labels';
import { dossierApi, registerKindOf, REGISTER_KINDS, REVIEW_ITEMS, type Dossier, type DossierCheck, type DossierVerification, type RegisterKind } from './api';

const at = (s?: string) => s?.replace('T', ' ').slice(0, 16) ?? '';
const registerKey = (k: RegisterKind) => `register_${k.replace('-', '_')}` as MessageKey;

/**
 * Dossier sampling of one task (抽查鉴定档案): the three registers imported whole or not at all (every bad
 * row listed), the inputs committed before any seed, the draw of at least 20 files with its seed, each drawn
 * file's traceability review and the defects it found. `manage`: the caller may change it; else read-only.
 */
export function DossierPanel({ taskId, manage }: { taskId: string; manage: boolean }) {
  const { t } = useI18n();
  const loaded = useApi((signal) => dossierApi.get(taskId, signal), [taskId]);
  const [latest, setLatest] = useState<Dossier>();
  const d = latest ?? loaded.data;
  if (loaded.error) return <ProblemAlert error={loaded.error} onRetry={loaded.reload} />;
  if (!d) return <Spin />;
  const committed = !!d.commitment;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="dossier">
      {!manage && <Alert type="info" showIcon title={t('dossierReadOnly')} />}
      <Registers taskId={taskId} dossier={d} editable={manage && !committed} onChanged={setLatest} />
      <Commitment taskId={taskId} dossier={d} editable={manage} onChanged={setLatest} />
      {committed && <Draw taskId={taskId} dossier={d} editable={manage} onChanged={setLatest} />}
      {d.draw && <Reviews taskId={taskId} dossier={d} editable={manage} onChanged={setLatest} />}
    </Space>
  );
}

interface PartProps {
  taskId: string;
  dossier: Dossier;
  editable: boolean;
  onChanged: (d: Dossier) => void;
}

function Registers({ taskId, dossier, editable, onChanged }: PartProps) {
  const { t } = useI18n();
  const [progress, setProgress] = useState<{ kind: RegisterKind; percent: number }>();
  const [rejected, setRejected] = useState<{ kind: RegisterKind; errors: FieldError[] }>();
  const [error, setError] = useState<Error>();
  const [busy, setBusy] = useState<RegisterKind>();
  const send = async (kind: RegisterKind, file: File) => {
    setBusy(kind);
    setError(undefined);
    setRejected(undefined);
    setProgress({ kind, percent: 0 });
    try {
      onChanged(await dossierApi.importRegister(taskId, kind, file, (percent) => setProgress({ kind, percent })));
    } catch (e) {
      if (e instanceof ProblemError && e.slug === 'register-rejected') setRejected({ kind, errors: e.errors });
      else setError(e as Error);
    } finally {
      setBusy(undefined);
    }
  };
  const imported = (kind: RegisterKind) => dossier.registers?.find((r) => registerKindOf(r.kind) === kind);
  return (
    <Card size="small" title={t('dossierRegisters')}>
      <Typography.Paragraph type="secondary">{t('registerColumnsHelp')}</Typography.Paragraph>
      <ProblemAlert error={error} />
      <Table
        size="small"
        pagination={false}
        rowKey={(k) => k}
        dataSource={REGISTER_KINDS}
        aria-label={t('dossierRegisters')}
        columns={[
          { key: 'kind', title: t('register'), render: (_, k) => t(registerKey(k)) },
          {
            key: 'file',
            title: t('registerFile'),
            render: (_, k) => {
              const r = imported(k);
              return r ? (
                <span>
                  <Tag color="green">{t('registerRows', { rows: r.rows })}</Tag> {r.fileName} · {at(r.importedAt)} {r.importedBy?.name}
                </span>
              ) : (
                <Tag>{t('notImported')}</Tag>
              );
            },
          },
          ...(editable
            ? [{
                key: 'import',
                title: t('actions'),
                render: (_: unknown, k: RegisterKind) => (
                  <Upload accept=".xlsx,.csv" showUploadList={false} beforeUpload={(f) => (send(k, f), false)} disabled={!!busy}>
                    <Button icon={<UploadOutlined />} loading={busy === k} aria-label={`${t('importRegister')}：${t(registerKey(k))}`}>
                      {t('importRegister')}
                    </Button>
                  </Upload>
                ),
              }]
            : []),
        ]}
      />
      {progress && <Progress percent={progress.percent} status={busy ? 'active' : undefined} aria-label={`${t('uploading')} ${t(registerKey(progress.kind))}`} />}
      {rejected && (
        <>
          <Alert type="error" showIcon style={{ marginTop: 12 }} title={t('registerRejected', { title: t(registerKey(rejected.kind)), count: rejected.errors.length })} />
          <RowErrorsTable
            label={t('registerRejected', { title: t(registerKey(rejected.kind)), count: rejected.errors.length })}
            testId="register-errors"
            errors={rejected.errors}
            columnWidth={160}
          />
        </>
      )}
    </Card>
  );
}

interface Inputs {
  window?: { from?: string; to?: string };
  sampleSize?: number;
  coreCategories?: string[];
  cases?: unknown[];
}

function Commitment({ taskId, dossier, editable, onChanged }: PartProps) {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<{ coreCategories?: string[]; sampleSize?: number }>();
  const { busy, error, submit } = useFormSubmit(form);
  const c = dossier.commitment;
  if (c) {
    const inputs = (c.inputs ?? {}) as Inputs;
    return (
      <Card size="small" title={t('dossierCommitment')}>
        <Descriptions size="small" bordered column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('commitment')}>
            <code data-testid="dossier-commitment" style={{ wordBreak: 'break-all' }}>{c.commitment}</code>
          </Descriptions.Item>
          <Descriptions.Item label={t('committedAt')}>{at(c.committedAt)} {c.committedBy?.name}</Descriptions.Item>
          <Descriptions.Item label={t('dossierWindow')}>{inputs.window?.from} — {inputs.window?.to}</Descriptions.Item>
          <Descriptions.Item label={t('dossierCases')}>{inputs.cases?.length ?? 0}</Descriptions.Item>
          <Descriptions.Item label={t('dossierSampleSize')}>{inputs.sampleSize}</Descriptions.Item>
          <Descriptions.Item label={t('coreCategories')}>{(inputs.coreCategories ?? []).map((x) => categoryLabel(x, lang)).join('、')}</Descriptions.Item>
          <Descriptions.Item label={t('algorithm')}>{c.algorithm}</Descriptions.Item>
        </Descriptions>
      </Card>
    );
  }
  if (!editable) return <Card size="small" title={t('dossierCommitment')}><Tag>{t('dossierNotCommitted')}</Tag></Card>;
  const commit = (v: { coreCategories?: string[]; sampleSize?: number }) =>
    submit(async () => onChanged(await dossierApi.commit(taskId, { coreCategories: v.coreCategories?.length ? v.coreCategories : undefined, sampleSize: v.sampleSize })));
  return (
    <Card size="small" title={t('dossierCommitment')}>
      <Typography.Paragraph type="secondary">{t('dossierCommitHelp')}</Typography.Paragraph>
      <ProblemAlert error={error} />
      <Form form={form} layout="vertical" aria-label={t('dossierCommitment')} initialValues={{ sampleSize: 20 }} onFinish={commit}>
        <Form.Item name="coreCategories" label={t('coreCategories')} extra={t('coreCategoriesHelp')}>
          <Select mode="tags" allowClear options={categoryCodes.map((code) => ({ value: code, label: categoryLabel(code, lang) }))} />
        </Form.Item>
        <Form.Item name="sampleSize" label={t('dossierSampleSize')} rules={[{ required: true, type: 'number', min: 20, message: t('dossierMinSize') }]}>
          <InputNumber min={20} max={1000} style={{ width: 160 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} disabled={!dossier.registers?.length}>
          {t('commit')}
        </Button>
        {!dossier.registers?.length && <Typography.Text type="secondary" style={{ marginInlineStart: 12 }}>{t('dossierRegistersFirst')}</Typography.Text>}
      </Form>
    </Card>
  );
}

function Draw({ taskId, dossier, editable, onChanged }: PartProps) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ seed?: string; seedNote?: string }>();
  const { busy, error, submit: run } = useFormSubmit(form);
  const [check, setCheck] = useState<DossierVerification>();
  const draw = dossier.draw;
  const size = ((dossier.commitment?.inputs ?? {}) as Inputs).sampleSize;
  return (
    <Card size="small" title={t('dossierDraw')}>
      <ProblemAlert error={error} />
      {!draw && editable && (
        <Form form={form} layout="vertical" aria-label={t('dossierDraw')} onFinish={(v) => run(async () => onChanged(await dossierApi.draw(taskId, { seed: v.seed?.trim() || undefined, seedNote: v.seedNote?.trim() || undefined })))}>
          <Form.Item name="seed" label={t('seed')} extra={t('seedHelp')}>
            <Input maxLength={500} />
          </Form.Item>
          <Form.Item name="seedNote" label={t('seedNote')}>
            <Input maxLength={500} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy}>{t('drawDossier')}</Button>
        </Form>
      )}
      {!draw && !editable && <Tag>{t('dossierNotDrawn')}</Tag>}
      {draw && (
        <>
          {draw.allTaken && (
            <Alert type="warning" showIcon style={{ marginBottom: 12 }} data-testid="dossier-all-taken" title={t('dossierAllTaken', { count: draw.windowSize, size })} />
          )}
          <Descriptions size="small" bordered column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label={t('seed')}><code data-testid="dossier-seed">{draw.seed}</code></Descriptions.Item>
            <Descriptions.Item label={t('seedNote')}>{draw.seedNote}</Descriptions.Item>
            <Descriptions.Item label={t('drawnAt')}>{at(draw.drawnAt)} {draw.drawnBy?.name}</Descriptions.Item>
            <Descriptions.Item label={t('dossierDrawn')}>{t('dossierDrawnCount', { count: draw.caseNumbers?.length ?? 0, window: draw.windowSize })}</Descriptions.Item>
          </Descriptions>
          <Space style={{ marginTop: 12 }} wrap>
            <Button onClick={() => run(async () => setCheck(await dossierApi.verify(taskId)))} loading={busy}>{t('serverVerification')}</Button>
            {check && (
              <Tag color={check.verified ? 'green' : 'red'} data-testid="dossier-verification">
                {check.verified ? t('dossierVerified') : t('dossierNotVerified')}
              </Tag>
            )}
          </Space>
        </>
      )}
    </Card>
  );
}

function Reviews({ taskId, dossier, editable, onChanged }: PartProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState<string>();
  const reviews = new Map((dossier.reviews ?? []).map((r) => [r.caseNumber ?? '', r]));
  const findings = dossier.findings ?? [];
  const cases = dossier.draw?.caseNumbers ?? [];
  const defects = (c: string) => (reviews.get(c)?.checks ?? []).filter((x) => x.result === 'DEFECT').length;
  const stateText = (c: string) => (!reviews.has(c) ? t('notReviewed') : defects(c) ? t('defectsCount', { count: defects(c) }) : t('noDefects'));
  const state = (c: string) => <Tag color={!reviews.has(c) ? undefined : defects(c) ? 'red' : 'green'}>{stateText(c)}</Tag>;
  return (
    <>
      <Card size="small" title={`${t('traceReview')} (${reviews.size} / ${cases.length})`}>
        <DataTable<string>
          label={t('traceReview')}
          exportName="dossier-files"
          rowKey={(c) => c}
          rows={cases}
          pageSize={25}
          columns={[
            { key: 'case', title: t('caseNumber'), value: (c) => c },
            { key: 'state', title: t('reviewState'), value: (c) => stateText(c), render: (c) => state(c), filter: true },
            { key: 'by', title: t('reviewedBy'), value: (c) => `${at(reviews.get(c)?.reviewedAt)} ${reviews.get(c)?.reviewedBy?.name ?? ''}`.trim() },
            {
              key: 'open',
              title: t('actions'),
              value: () => '',
              render: (c) =>
                (editable || reviews.has(c)) && (
                  <Button size="small" onClick={() => setOpen(c)} aria-label={`${editable ? t('reviewFile') : t('viewReview')} ${c}`}>
                    {editable ? t('reviewFile') : t('viewReview')}
                  </Button>
                ),
            },
          ]}
        />
      </Card>
      {open && (
        <ReviewForm
          key={open}
          taskId={taskId}
          caseNumber={open}
          checks={reviews.get(open)?.checks as DossierCheck[] | undefined}
          editable={editable}
          onSaved={(d) => {
            onChanged(d);
            setOpen(undefined);
          }}
          onCancel={() => setOpen(undefined)}
        />
      )}
      <Card size="small" title={`${t('dossierFindings')} (${findings.length})`}>
        <div data-testid="dossier-findings">
          <DataTable
            label={t('dossierFindings')}
            exportName="dossier-findings"
            rowKey={(f) => `${f.caseNumber}:${f.item}`}
            rows={findings}
            columns={[
              { key: 'case', title: t('caseNumber'), value: (f) => f.caseNumber },
              { key: 'item', title: t('reviewItem'), value: (f) => t(`reviewItem_${f.item}` as MessageKey), filter: true },
              { key: 'note', title: t('defectNote'), value: (f) => f.note },
            ]}
          />
        </div>
      </Card>
    </>
  );
}

type ReviewValues = Record<string, { result?: 'OK' | 'DEFECT'; note?: string }>;

function ReviewForm({ taskId, caseNumber, checks, editable, onSaved, onCancel }: {
  taskId: string;
  caseNumber: string;
  checks?: DossierCheck[];
  editable: boolean;
  onSaved: (d: Dossier) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<ReviewValues>();
  const values = Form.useWatch([], form) as ReviewValues | undefined;
  // checks[i].note → the i-th item's note field
  const { busy, error, submit } = useFormSubmit(form, (f) =>
    f.replace(/^checks\[(\d+)\]\.(\w+)$/, (_, i: string, p: string) => `${REVIEW_ITEMS[Number(i)]}.${p}`),
  );
  const initial: ReviewValues = Object.fromEntries(REVIEW_ITEMS.map((item) => {
    const c = checks?.find((x) => x.item === item);
    return [item, { result: c?.result, note: c?.note }];
  }));
  const save = (v: ReviewValues) =>
    submit(async () => {
      const body = REVIEW_ITEMS.map((item) => ({ item, result: v[item]?.result ?? 'OK', note: v[item]?.note?.trim() || undefined }));
      onSaved(await dossierApi.review(taskId, caseNumber, body));
    });
  const title = t('reviewOf', { caseNumber });
  return (
    <Card size="small" title={title} data-testid="dossier-review">
      <ProblemAlert error={error} />
      <Form form={form} layout="vertical" aria-label={title} initialValues={initial} onFinish={save} disabled={!editable}>
        {REVIEW_ITEMS.map((item) => (
          <Space key={item} align="start" wrap style={{ width: '100%' }}>
            <Form.Item name={[item, 'result']} label={t(`reviewItem_${item}`)} rules={[{ required: true, message: t('required') }]}>
              <Radio.Group optionType="button" aria-label={t(`reviewItem_${item}`)} options={[{ value: 'OK', label: t('checkOK') }, { value: 'DEFECT', label: t('checkDEFECT') }]} />
            </Form.Item>
            <Form.Item
              name={[item, 'note']}
              label={`${t(`reviewItem_${item}`)}：${t('defectNote')}`}
              style={{ minWidth: 320 }}
              dependencies={[[item, 'result']]}
              rules={[({ getFieldValue }) => ({
                validator: (_, v?: string) => (getFieldValue([item, 'result']) === 'DEFECT' && !v?.trim() ? Promise.reject(new Error(t('defectNoteRequired'))) : Promise.resolve()),
              })]}
            >
              <Input.TextArea autoSize={{ minRows: 1 }} maxLength={1000} placeholder={values?.[item]?.result === 'DEFECT' ? t('defectNoteRequired') : undefined} />
            </Form.Item>
          </Space>
        ))}
        <Space>
          {editable && <Button type="primary" htmlType="submit" loading={busy}>{t('saveReview')}</Button>}
          <Button onClick={onCancel} disabled={false}>{t('close')}</Button>
        </Space>
      </Form>
    </Card>
  );
}
