import { Link, useParams } from 'react-router';
import { Typography } from 'antd';
import { useApi } from '../../api/useApi';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n';
import { selfInspectionApi } from '../../features/selfinspection/api';
import { SelfInspectionOverviewTable } from '../../features/selfinspection/SelfInspectionOverviewTable';

/** A plan's 自查报告 for its organiser (the city or province bureau of the plan's region). */
export default function PlanSelfInspectionsPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const plan = useApi((signal) => selfInspectionApi.plan(id, signal), [id]);
  const overview = useApi((signal) => selfInspectionApi.overview(id, signal), [id]);
  return (
    <>
      <Link to="/plans">{t('menuPlans')}</Link>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('selfInspectionOf', { title: plan.data?.title ?? id })}
      </Typography.Title>
      <ProblemAlert error={overview.error} onRetry={overview.reload} />
      <SelfInspectionOverviewTable overview={overview.data} loading={overview.loading} />
    </>
  );
}
