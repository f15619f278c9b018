import { Typography } from 'antd';
import { useApi } from '../../api/useApi';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n';
import { selfInspectionApi } from '../../features/selfinspection/api';
import { AgencySelfInspectionList } from '../../features/selfinspection/AgencySelfInspectionList';

/**
 * The plans of the agency's region that ask it for a self-inspection report, from the moment they are published
 * (not only once a visit is announced), their due dates and whether its report is in.
 */
export default function SelfInspectionsPage() {
  const { t } = useI18n();
  const rows = useApi((signal) => selfInspectionApi.plansOfMine(signal), []);
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>{t('menuSelfInspections')}</Typography.Title>
      <ProblemAlert error={rows.error} onRetry={rows.reload} />
      <AgencySelfInspectionList rows={rows.data} loading={rows.loading} />
    </>
  );
}
