import { Link } from 'react-router';
import { Tag, Typography } from 'antd';
import type { Plan, SelfInspection } from '../../api/types';
import { useApi } from '../../api/useApi';
import { DataTable } from '../../components/DataTable';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n';
import { onsiteApi } from '../../features/onsite/api';
import { selfInspectionApi } from '../../features/selfinspection/api';

interface Row { plan: Plan; mine?: SelfInspection }

/** The plans the agency is drawn in (its tasks name them), their due dates and whether its report is in. */
export default function SelfInspectionsPage() {
  const { t } = useI18n();
  const rows = useApi(async (signal): Promise<Row[]> => {
    const tasks = await onsiteApi.tasks(signal);
    const planIds = [...new Set(tasks.filter((x) => x.status !== 'WITHDRAWN').map((x) => x.planId).filter((id): id is string => !!id))];
    return Promise.all(planIds.map(async (id) => {
      const [plan, mine] = await Promise.all([selfInspectionApi.plan(id, signal), selfInspectionApi.mine(id, signal)]);
      return { plan, mine };
    }));
  }, []);
  const state = (r: Row) => (r.mine ? (r.mine.late ? t('selfInspectionLate') : t('selfInspectionSubmitted')) : t('selfInspectionMissing'));
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>{t('menuSelfInspections')}</Typography.Title>
      <ProblemAlert error={rows.error} onRetry={rows.reload} />
      <DataTable<Row>
        label={t('menuSelfInspections')}
        exportName="self-inspections"
        rows={rows.data}
        loading={rows.loading}
        rowKey={(r) => r.plan.id ?? ''}
        columns={[
          {
            key: 'plan',
            title: t('title'),
            value: (r) => r.plan.title,
            render: (r) => (
              <Link to={`/agency/self-inspections/${encodeURIComponent(r.plan.id ?? '')}`} style={{ display: 'inline-block', padding: '8px 0', fontSize: 16 }}>
                {r.plan.title}
              </Link>
            ),
          },
          { key: 'due', title: t('selfInspectionDue'), value: (r) => r.plan.selfInspectionDue ?? t('selfInspectionNoDue') },
          {
            key: 'status',
            title: t('status'),
            value: state,
            filter: true,
            render: (r) => <Tag color={r.mine ? (r.mine.late ? 'red' : 'green') : 'default'}>{state(r)}</Tag>,
          },
        ]}
      />
    </>
  );
}
