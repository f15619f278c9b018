import { useState } from 'react';
import { Alert, Button, Progress, Select, Space, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import type { UploadFile } from 'antd';
import { ProblemError, upload } from '../../api/client';
import type { ImportReport } from '../../api/types';
import { ProblemAlert } from '../../components/ProblemAlert';
import { RowErrorsTable } from '../../components/RowErrorsTable';
import { useI18n } from '../../i18n';

type Kind = 'agencies' | 'appraisers' | 'inspectors' | 'experts';
type RowError = { row?: number; column?: string; reason?: string };

/**
 * Import: the file is first checked with ?dryRun=true (nothing written) and its row errors listed; only a
 * clean check offers "Import", which sends the same file for real. Upload progress is shown both times.
 */
export function ImportPanel({ onApplied }: { onApplied?: () => void }) {
  const { t } = useI18n();
  const [kind, setKind] = useState<Kind>('agencies');
  const [file, setFile] = useState<File>();
  const [progress, setProgress] = useState<number>();
  const [checked, setChecked] = useState<ImportReport>();
  const [applied, setApplied] = useState<ImportReport>();
  const [rowErrors, setRowErrors] = useState<RowError[]>();
  const [error, setError] = useState<Error>();
  const [busy, setBusy] = useState(false);

  const reset = () => {
    setChecked(undefined);
    setApplied(undefined);
    setRowErrors(undefined);
    setError(undefined);
    setProgress(undefined);
  };

  const send = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(true);
    setError(undefined);
    setRowErrors(undefined);
    const form = new FormData();
    form.append('file', file);
    try {
      const report = await upload<ImportReport>(`/api/registry/imports/${kind}${dryRun ? '?dryRun=true' : ''}`, form, setProgress);
      if (dryRun) setChecked(report);
      else {
        setApplied(report);
        setChecked(undefined);
        onApplied?.();
      }
    } catch (e) {
      if (e instanceof ProblemError && e.slug === 'import-rejected') setRowErrors(e.errors);
      else setError(e as Error);
      setChecked(undefined);
    } finally {
      setBusy(false);
    }
  };

  const summary = (r: ImportReport) => t('importRows', { rows: r.rows, created: r.created, updated: r.updated, unchanged: r.unchanged });

  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="import-panel">
      <Space wrap>
        <label htmlFor="import-kind">{t('importKind')}</label>
        <Select<Kind>
          id="import-kind"
          value={kind}
          onChange={(k) => {
            setKind(k);
            reset();
          }}
          style={{ width: 180 }}
          options={[
            { value: 'agencies', label: t('menuAgencies') },
            { value: 'appraisers', label: t('appraisers') },
            { value: 'inspectors', label: t('inspectors') },
            { value: 'experts', label: t('experts') },
          ]}
        />
        <Upload
          accept=".xlsx,.csv"
          maxCount={1}
          beforeUpload={(f) => {
            setFile(f);
            reset();
            return false;
          }}
          onRemove={() => {
            setFile(undefined);
            reset();
          }}
          fileList={file ? [{ uid: 'f', name: file.name, status: 'done' } as UploadFile] : []}
        >
          <Button icon={<UploadOutlined />}>{t('chooseFile')}</Button>
        </Upload>
        <Button onClick={() => send(true)} disabled={!file || busy} loading={busy && !checked}>
          {t('checkFile')}
        </Button>
        <Button type="primary" onClick={() => send(false)} disabled={!checked || busy}>
          {t('applyImport')}
        </Button>
      </Space>
      {progress !== undefined && <Progress percent={progress} status={busy ? 'active' : undefined} aria-label={t('uploading')} />}
      <ProblemAlert error={error} />
      {checked && <Alert type="info" showIcon title={t('importChecked')} description={summary(checked)} />}
      {applied && <Alert type="success" showIcon title={t('importApplied')} description={summary(applied)} />}
      {rowErrors && (
        <>
          <Alert type="error" showIcon title={t('importRejected')} />
          <RowErrorsTable label={t('importRejected')} errors={rowErrors} columnWidth={200} />
        </>
      )}
    </Space>
  );
}
