import { useParams } from 'react-router';
import { Skeleton, Space, Typography } from 'antd';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import type { DrawView } from '../../api/types';
import { ProblemAlert } from '../../components/ProblemAlert';
import { DrawRecordView } from '../../features/plans/DrawRecordView';
import { VerifierPanel } from '../../features/verifier/VerifierPanel';

export default function PublicDrawPage() {
  const { id = '' } = useParams();
  const record = useApi((signal) => api<DrawView>(`/api/public/inspections/plans/${encodeURIComponent(id)}/draw`, { signal, anonymous: true }), [id]);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 26 }}>{record.data?.planTitle ?? id}</Typography.Title>
      <ProblemAlert error={record.error} onRetry={record.reload} />
      {record.loading && !record.data && <Skeleton active />}
      {record.data && (
        <>
          {record.data.result && <VerifierPanel record={record.data} />}
          <DrawRecordView record={record.data} />
        </>
      )}
    </Space>
  );
}
