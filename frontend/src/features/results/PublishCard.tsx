import { useState } from 'react';
import { Alert, Button, Card, Popconfirm } from 'antd';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n';
import { onsiteApi } from '../onsite/api';

/** 结果公开: the organiser publishes the final result (inspection-service refuses while a provincial review is pending). */
export function PublishCard({ taskId, onDone }: { taskId: string; onDone: () => void }) {
  const { t } = useI18n();
  const [error, setError] = useState<Error>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const publish = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await onsiteApi.publish(taskId);
      setDone(true);
      onDone();
    } catch (e) {
      setError(e as Error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title={t('publishResult')}>
      <ProblemAlert error={error} />
      {done ? (
        <Alert type="success" title={t('resultPublished')} />
      ) : (
        <Popconfirm title={t('publishResultConfirm')} onConfirm={publish}>
          <Button type="primary" loading={busy}>{t('publishResult')}</Button>
        </Popconfirm>
      )}
    </Card>
  );
}
