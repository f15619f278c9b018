import { useState } from 'react';
import { Link } from 'react-router';
import { Button, Drawer, Popconfirm, Space, Typography, message } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import type { Plan } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { DataTable } from '../../components/DataTable';
import { ProblemAlert } from '../../components/ProblemAlert';
import { PlanForm } from '../../features/plans/PlanForm';
import { PlanStatus, useSamplingText } from '../../features/plans/PlanStatus';
import { useI18n, useLabel } from '../../i18n';

/** Plans the caller may read; the city (organiser) creates drafts, publishes them and opens the draw. */
export default function PlansPage() {
  const { t } = useI18n();
  const label = useLabel();
  const samplingText = useSamplingText();
  const { session, hasRole } = useAuth();
  const organiser = hasRole('city');
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<Error>();
  const plans = useApi((signal) => api<Plan[]>('/api/inspections/plans', { signal }), []);
  const mine = (p: Plan) => organiser && p.region === session?.region;

  const publish = async (p: Plan) => {
    setError(undefined);
    try {
      await api<Plan>(`/api/inspections/plans/${encodeURIComponent(p.id ?? '')}/publish`, { method: 'POST' });
      message.success(t('saved'));
      plans.reload();
    } catch (e) {
      setError(e as Error);
    }
  };

  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 26 }}>{t('menuPlans')}</Typography.Title>
      <ProblemAlert error={plans.error ?? error} onRetry={plans.reload} />
      <DataTable<Plan>
        label={t('menuPlans')}
        exportName="plans"
        rows={plans.data}
        loading={plans.loading}
        rowKey={(p) => p.id ?? ''}
        toolbar={
          organiser && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
              {t('newPlan')}
            </Button>
          )
        }
        columns={[
          { key: 'year', title: t('year'), value: (p) => p.year, filter: true, width: 80 },
          { key: 'title', title: t('title'), value: (p) => p.title },
          { key: 'region', title: t('regionCode'), value: (p) => p.region, filter: true },
          { key: 'period', title: t('period'), value: (p) => `${p.periodStart} ~ ${p.periodEnd}` },
          { key: 'sampling', title: t('sampling'), value: (p) => samplingText(p.sampling) },
          { key: 'template', title: t('template'), value: (p) => `${p.template?.templateId} v${p.template?.version}` },
          { key: 'status', title: t('status'), value: (p) => label('planStatus', p.status), render: (p) => <PlanStatus status={p.status} />, filter: true },
          {
            key: 'actions',
            title: t('actions'),
            value: () => '',
            render: (p) => (
              <Space>
                {mine(p) && p.status === 'DRAFT' && (
                  <Popconfirm title={t('publishConfirm')} onConfirm={() => publish(p)} okText={t('publish')}>
                    <Button size="small" type="primary">
                      {t('publish')}
                    </Button>
                  </Popconfirm>
                )}
                {p.status !== 'DRAFT' && <Link to={`/plans/${encodeURIComponent(p.id ?? '')}/draw`}>{t('draw')}</Link>}
              </Space>
            ),
          },
        ]}
      />
      <Drawer title={t('newPlan')} open={open} onClose={() => setOpen(false)} size="large" destroyOnHidden>
        <PlanForm
          region={session?.region ?? ''}
          onCreated={() => {
            setOpen(false);
            message.success(t('saved'));
            plans.reload();
          }}
        />
      </Drawer>
    </>
  );
}
