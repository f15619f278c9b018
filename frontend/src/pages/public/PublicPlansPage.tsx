import { Link } from 'react-router';
import { Typography } from 'antd';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import type { Plan } from '../../api/types';
import { DataTable } from '../../components/DataTable';
import { ProblemAlert } from '../../components/ProblemAlert';
import { PlanStatus, useSamplingText } from '../../features/plans/PlanStatus';
import { useI18n, useLabel } from '../../i18n';

export default function PublicPlansPage() {
  const { t } = useI18n();
  const label = useLabel();
  const samplingText = useSamplingText();
  const plans = useApi((signal) => api<Plan[]>('/api/public/inspections/plans', { signal, anonymous: true }), []);
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 26 }}>{t('menuPublicPlans')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('publicHome')}</Typography.Paragraph>
      <ProblemAlert error={plans.error} onRetry={plans.reload} />
      <DataTable<Plan>
        label={t('menuPublicPlans')}
        exportName="public-plans"
        rows={plans.data}
        loading={plans.loading}
        rowKey={(p) => p.id ?? ''}
        columns={[
          { key: 'year', title: t('year'), value: (p) => p.year, filter: true, width: 80 },
          { key: 'title', title: t('title'), value: (p) => p.title },
          { key: 'region', title: t('regionCode'), value: (p) => p.region, filter: true },
          { key: 'period', title: t('period'), value: (p) => `${p.periodStart} ~ ${p.periodEnd}` },
          { key: 'sampling', title: t('sampling'), value: (p) => samplingText(p.sampling) },
          { key: 'status', title: t('status'), value: (p) => label('planStatus', p.status), render: (p) => <PlanStatus status={p.status} />, filter: true },
          { key: 'draw', title: t('actions'), value: () => '', render: (p) => <Link to={`/public/plans/${encodeURIComponent(p.id ?? '')}/draw`}>{t('drawRecord')}</Link> },
        ]}
      />
    </>
  );
}
