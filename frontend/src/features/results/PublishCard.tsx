import { useState } from 'react';
import { Alert, Button, Card, Popconfirm } from 'antd';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n';
import { onsiteApi } from '../onsite/api';
import { useAuth } from '../../auth/AuthContext';

/** 结果公开: the organiser publishes the final result (inspection-service refuses while a provincial review is pending). */
export function PublishCard({ taskId, onDone }: { taskId: string; onDone: () => void }) {
  const { t } = useI18n();
  const { session } = useAuth();
  const [error, setError] = useState<Error>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const publish = async () => {
    setBusy(true);
    setError(undefined);
    try {
      // 检查实施机关 is published as the bureau's name, which is the organiser account's name
      await onsiteApi.publish(taskId, session?.name ?? '');
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
