import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Card, Col, Progress, Row, Space, Tag, Typography } from 'antd';
import { CameraOutlined, UploadOutlined } from '@ant-design/icons';
import type { EvidenceKind, EvidenceRecord } from '../../api/types';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n, useLabel } from '../../i18n';
import { onsiteApi } from './api';
import { fetchBlob } from './blob';
import { missingPhotos, REQUIRED_PHOTOS } from './steps';

/** One file of a given kind: camera first on phones for photos, upload progress, the stored record back. */
export function EvidenceUpload({ taskId, kind, camera, onUploaded, label }: {
  taskId: string;
  kind: EvidenceKind;
  camera?: boolean;
  label?: string;
  onUploaded: (record: EvidenceRecord) => void;
}) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<number>();
  const [error, setError] = useState<Error>();
  const choose = async (file: File | undefined) => {
    if (!file) return;
    setError(undefined);
    setProgress(0);
    try {
      onUploaded(await onsiteApi.uploadEvidence(taskId, kind, file, setProgress));
    } catch (e) {
      setError(e as Error);
    } finally {
      setProgress(undefined);
      if (input.current) input.current.value = '';
    }
  };
  return (
    <div>
      <input
        ref={input}
        type="file"
        hidden
        data-testid={`file-${kind}`}
        aria-label={label ?? t(`evidenceKind${kind}`)}
        accept={camera ? 'image/*' : 'image/*,application/pdf'}
        {...(camera ? { capture: 'environment' as const } : {})}
        onChange={(e) => choose(e.target.files?.[0])}
      />
      <Button size="large" icon={camera ? <CameraOutlined /> : <UploadOutlined />} loading={progress !== undefined} onClick={() => input.current?.click()}>
        {label ?? (camera ? t('takePhoto') : t('chooseUpload'))}
      </Button>
      {progress !== undefined && <Progress percent={progress} status="active" aria-label={t('uploading')} />}
      <ProblemAlert error={error} />
    </div>
  );
}

function Thumbnail({ record }: { record: EvidenceRecord }) {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!record.id || !record.contentType?.startsWith('image/')) return;
    const controller = new AbortController();
    let made: string | undefined;
    fetchBlob(onsiteApi.thumbnailPath(record.id), controller.signal)
      .then((b) => setUrl((made = URL.createObjectURL(b))))
      .catch(() => setUrl(undefined));
    return () => {
      controller.abort();
      if (made) URL.revokeObjectURL(made);
    };
  }, [record.id, record.contentType]);
  return url ? (
    <img src={url} alt={record.fileName ?? record.kind} style={{ width: 96, height: 96, objectFit: 'cover', borderRadius: 4 }} />
  ) : (
    <Typography.Text type="secondary" style={{ fontSize: 12, wordBreak: 'break-all' }}>{record.fileName}</Typography.Text>
  );
}

/** A stored file: thumbnail, who and when, and the capture flags evidence-service set. */
export function EvidenceTile({ record }: { record: EvidenceRecord }) {
  const { t } = useI18n();
  const label = useLabel();
  return (
    <Space orientation="vertical" size={2} style={{ width: 112 }}>
      <Thumbnail record={record} />
      {record.capturedAt && <Typography.Text style={{ fontSize: 12 }}>{record.capturedAt.replace('T', ' ').slice(0, 16)}</Typography.Text>}
      {(record.flags ?? []).map((f) => (
        <Tag key={f} color="orange" style={{ whiteSpace: 'normal' }}>{label('evidenceFlag', f)}</Tag>
      ))}
      {record.withdrawn && <Tag>{t('withdrawnEvidence')}</Tag>}
    </Space>
  );
}

/**
 * The photos the team must take (gate, meeting, the check itself), each kind with its camera button and
 * what is on file; the missing kinds are named, since closing needs all three.
 */
export function RequiredPhotos({ taskId, records, mayUpload, onUploaded }: {
  taskId: string;
  records: EvidenceRecord[];
  mayUpload: boolean;
  onUploaded: (record: EvidenceRecord) => void;
}) {
  const { t } = useI18n();
  const label = useLabel();
  const missing = missingPhotos(records);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {missing.length > 0 ? (
        <Alert type="warning" data-testid="photos-missing" title={t('photosMissing', { kinds: missing.map((k) => label('evidenceKind', k)).join('、') })} />
      ) : (
        <Alert type="success" title={t('photosComplete')} />
      )}
      <Row gutter={[12, 12]}>
        {REQUIRED_PHOTOS.map((kind) => {
          const mine = records.filter((r) => r.kind === kind);
          return (
            <Col key={kind} xs={24} md={8}>
              <Card size="small" title={t(`evidenceKind${kind}`)} extra={mine.length === 0 ? <Tag color="red">{t('missing')}</Tag> : <Tag color="green">{mine.length}</Tag>}>
                <Space wrap>{mine.map((r) => <EvidenceTile key={r.id} record={r} />)}</Space>
                {mayUpload && <div style={{ marginTop: 8 }}><EvidenceUpload taskId={taskId} kind={kind} camera onUploaded={onUploaded} /></div>}
              </Card>
            </Col>
          );
        })}
      </Row>
    </Space>
  );
}
