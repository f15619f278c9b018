import { Link } from 'react-router';
import { Typography } from 'antd';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import type { Plan } from '../../api/types';
import { LoadedTable } from '../../components/LoadedTable';
import { usePlanColumns } from '../../features/plans/planColumns';
import { useI18n } from '../../i18n';

export default function PublicPlansPage() {
  const { t } = useI18n();
  const planColumns = usePlanColumns();
  const plans = useApi((signal) => api<Plan[]>('/api/public/inspections/plans', { signal, anonymous: true }), []);
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 26 }}>{t('menuPublicPlans')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('publicHome')}</Typography.Paragraph>
      <LoadedTable<Plan>
        loaded={plans}
        label={t('menuPublicPlans')}
        exportName="public-plans"
        rowKey={(p) => p.id ?? ''}
        columns={[
          ...planColumns.summary,
          planColumns.status,
          { key: 'draw', title: t('actions'), value: () => '', render: (p) => <Link to={`/public/plans/${encodeURIComponent(p.id ?? '')}/draw`}>{t('drawRecord')}</Link> },
        ]}
      />
    </>
  );
}
