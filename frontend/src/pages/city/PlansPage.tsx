import { useState } from 'react';
import { Link } from 'react-router';
import { Button, Drawer, Popconfirm, Space, Typography, message } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import type { Plan } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { LoadedTable } from '../../components/LoadedTable';
import { PlanForm } from '../../features/plans/PlanForm';
import { usePlanColumns } from '../../features/plans/planColumns';
import { useI18n } from '../../i18n';

/** Plans the caller may read; the city (organiser) creates drafts, publishes them and opens the draw. */
export default function PlansPage() {
  const { t } = useI18n();
  const planColumns = usePlanColumns();
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
      <LoadedTable<Plan>
        loaded={plans}
        error={error}
        label={t('menuPlans')}
        exportName="plans"
        rowKey={(p) => p.id ?? ''}
        toolbar={
          organiser && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
              {t('newPlan')}
            </Button>
          )
        }
        columns={[
          ...planColumns.summary,
          { key: 'template', title: t('template'), value: (p) => `${p.template?.templateId} v${p.template?.version}` },
          planColumns.status,
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
                {p.status !== 'DRAFT' && p.region === session?.region && <Link to={`/plans/${encodeURIComponent(p.id ?? '')}/results`}>{t('planResults')}</Link>}
                {p.status !== 'DRAFT' && p.region === session?.region && <Link to={`/plans/${encodeURIComponent(p.id ?? '')}/self-inspections`}>{t('selfInspection')}</Link>}
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
