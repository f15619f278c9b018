import { Typography } from 'antd';
import { allPages } from '../../api/paged';
import { useApi } from '../../api/useApi';
import type { PublicAgency } from '../../api/types';
import { LoadedTable } from '../../components/LoadedTable';
import { useAgencyColumns } from '../../features/registry/agencyColumns';
import { useI18n } from '../../i18n';

export default function PublicAgenciesPage() {
  const { t } = useI18n();
  const columns = useAgencyColumns<PublicAgency>();
  const agencies = useApi((signal) => allPages<PublicAgency>('/api/public/registry/agencies', {}, { signal, anonymous: true }), []);
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 26 }}>{t('menuPublicAgencies')}</Typography.Title>
      <LoadedTable<PublicAgency>
        loaded={agencies}
        label={t('menuPublicAgencies')}
        exportName="agency-directory"
        rowKey={(a) => a.creditCode ?? a.name ?? ''}
        columns={columns}
      />
    </>
  );
}
