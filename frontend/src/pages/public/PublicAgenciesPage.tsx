import { Typography } from 'antd';
import { allPages } from '../../api/paged';
import { useApi } from '../../api/useApi';
import type { PublicAgency } from '../../api/types';
import { DataTable } from '../../components/DataTable';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n, useLabel } from '../../i18n';
import { categoryLabel } from '../../lib/labels';

export default function PublicAgenciesPage() {
  const { t, lang } = useI18n();
  const label = useLabel();
  const agencies = useApi((signal) => allPages<PublicAgency>('/api/public/registry/agencies', {}, { signal, anonymous: true }), []);
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 26 }}>{t('menuPublicAgencies')}</Typography.Title>
      <ProblemAlert error={agencies.error} onRetry={agencies.reload} />
      <DataTable<PublicAgency>
        label={t('menuPublicAgencies')}
        exportName="agency-directory"
        rows={agencies.data}
        loading={agencies.loading}
        rowKey={(a) => a.creditCode ?? a.name ?? ''}
        columns={[
          { key: 'name', title: t('name'), value: (a) => a.name },
          { key: 'creditCode', title: t('creditCode'), value: (a) => a.creditCode },
          { key: 'region', title: t('regionName'), value: (a) => a.regionName ?? a.regionCode, filter: true },
          { key: 'categories', title: t('categories'), value: (a) => (a.categories ?? []).map((c) => categoryLabel(c, lang)).join('、') },
          { key: 'status', title: t('status'), value: (a) => label('agencyStatus', a.status), filter: true },
        ]}
      />
    </>
  );
}
