import { Link, useSearchParams } from 'react-router';
import { Space, Typography } from 'antd';
import { useApi } from '../../api/useApi';
import { useAuth } from '../../auth/AuthContext';
import { LoadedTable } from '../../components/LoadedTable';
import { useI18n } from '../../i18n';
import { resultsApi } from '../../features/results/api';
import { agencyRowsOf, type AgencyRow } from '../../features/dashboard/trends';
import { agencyResultsPath, DrillBreadcrumb } from '../../features/dashboard/DrillBreadcrumb';

/**
 * A city's (or county's) results per agency across plans: inspection-service's published results of the
 * agencies inside the region, one line per agency, each linking to its results across plans and years.
 */
export default function RegionAgencyResultsPage() {
  const { t } = useI18n();
  const { session } = useAuth();
  const [params] = useSearchParams();
  const region = params.get('region') ?? session?.region ?? '';
  const results = useApi(async (signal) => agencyRowsOf(await resultsApi.published({ region }, signal)), [region]);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <DrillBreadcrumb region={region} />
      <Typography.Title level={1} style={{ fontSize: 26 }}>{t('agencyResults')}</Typography.Title>
      <LoadedTable<AgencyRow>
        label={t('agencyResults')}
        exportName={`agency-results-${region}`}
        loaded={results}
        rowKey={(x) => x.creditCode}
        columns={[
          { key: 'agency', title: t('agency'), value: (x) => x.agencyName, render: (x) => <Link to={agencyResultsPath(region, x.creditCode)}>{x.agencyName}</Link> },
          { key: 'creditCode', title: t('creditCode'), value: (x) => x.creditCode },
          { key: 'region', title: t('regionCode'), value: (x) => x.agencyRegion, filter: true },
          { key: 'inspections', title: t('inspectionsCount'), value: (x) => x.inspections },
          { key: 'plans', title: t('plansCount'), value: (x) => x.plans },
          { key: 'years', title: t('year'), value: (x) => x.years, filter: true },
          { key: 'latestDate', title: t('latestInspection'), value: (x) => x.latestDate },
          { key: 'latestResult', title: t('inspectionResult'), value: (x) => x.latestResult, filter: true },
          { key: 'withMeasures', title: t('withMeasuresCount'), value: (x) => x.withMeasures },
        ]}
      />
    </Space>
  );
}
