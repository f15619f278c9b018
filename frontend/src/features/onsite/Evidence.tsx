import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Card, Col, Progress, Row, Space, Tag, Typography } from 'antd';
import { CameraOutlined, UploadOutlined } from '@ant-design/icons';
import type { EvidenceKind, EvidenceRecord } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n, useLabel } from '../../i18n';
import { isNetworkFailure } from './answerQueue';
import { onsiteApi } from './api';
import { fetchBlob } from './blob';
import { usePhotoQueue, type PhotoQueue, type PhotoStore } from './photoQueue';
import { missingPhotos, REQUIRED_PHOTOS } from './steps';

/** One file of a given kind: camera first on phones for photos, upload progress, the stored record back. */
export function EvidenceUpload({ taskId, kind, camera, onUploaded, label, onOffline }: {
  taskId: string;
  kind: EvidenceKind;
  camera?: boolean;
  label?: string;
  onUploaded: (record: EvidenceRecord) => void;
  /** without a connection: keep the file on the device instead of failing */
  onOffline?: (kind: EvidenceKind, file: File) => Promise<void>;
}) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<number>();
  const [error, setError] = useState<Error>();
  const [kept, setKept] = useState(false);
  const choose = async (file: File | undefined) => {
    if (!file) return;
    setError(undefined);
    setKept(false);
    try {
      if (onOffline && !navigator.onLine) {
        await onOffline(kind, file);
        setKept(true);
        return;
      }
      setProgress(0);
      try {
        onUploaded(await onsiteApi.uploadEvidence(taskId, kind, file, setProgress));
      } catch (e) {
        if (!onOffline || !isNetworkFailure(e)) throw e;
        await onOffline(kind, file);
        setKept(true);
      }
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
      {kept && <Alert type="info" showIcon style={{ marginTop: 8 }} title={t('photoKept')} data-testid={`kept-${kind}`} />}
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
export function RequiredPhotos({ taskId, records, mayUpload, onUploaded, store }: {
  taskId: string;
  records: EvidenceRecord[];
  mayUpload: boolean;
  onUploaded: (record: EvidenceRecord) => void;
  /** where photos taken offline wait (tests pass a memory store) */
  store?: PhotoStore;
}) {
  const { t } = useI18n();
  const label = useLabel();
  const { session } = useAuth();
  const queue = usePhotoQueue(taskId, mayUpload ? session?.username : undefined, onsiteApi.uploadEvidence, onUploaded, store);
  const missing = missingPhotos(records);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <KeptPhotos queue={queue} />
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
                {mayUpload && <div style={{ marginTop: 8 }}><EvidenceUpload taskId={taskId} kind={kind} camera onUploaded={onUploaded} onOffline={queue.keep} /></div>}
              </Card>
            </Col>
          );
        })}
      </Row>
    </Space>
  );
}

/** The photos waiting on this device: upload progress, and each refusal with upload-again and discard. */
export function KeptPhotos({ queue }: { queue: PhotoQueue }) {
  const { t } = useI18n();
  const label = useLabel();
  if (queue.kept.length === 0 && !queue.sending) return null;
  const waiting = queue.kept.filter((p) => !p.refused);
  const refused = queue.kept.filter((p) => p.refused);
  return (
    <Card size="small" data-testid="kept-photos">
      {waiting.length > 0 && (
        <Space wrap>
          <Tag color="orange" data-testid="photos-waiting">{t('photosWaiting', { n: waiting.length })}</Tag>
          {!queue.sending && <Button onClick={() => void queue.send()}>{t('retryUpload')}</Button>}
        </Space>
      )}
      {queue.sending && <Progress percent={queue.sending.percent} status="active" aria-label={t('photoSending')} />}
      <ProblemAlert error={queue.error} />
      {refused.map((p) => (
        <Alert
          key={p.id}
          type="error"
          showIcon
          role="alert"
          style={{ marginTop: 8 }}
          title={`${t('photoRefused', { kind: label('evidenceKind', p.kind), name: p.file.name })}: ${p.refused!.title} (${p.refused!.status})`}
          description={p.refused!.detail}
          action={
            <Space orientation="vertical">
              <Button onClick={() => void queue.send([p.id])}>{t('retryUpload')}</Button>
              <Button danger onClick={() => void queue.discard(p.id)}>{t('discardPhoto')}</Button>
            </Space>
          }
        />
      ))}
    </Card>
  );
}
