import { Typography } from 'antd';
import { useAuth } from '../../auth/AuthContext';
import { AgenciesTable } from '../../features/registry/AgenciesTable';
import { useI18n } from '../../i18n';

/** Province and county: the agencies of their region, read only. */
export default function AgenciesPage() {
  const { t } = useI18n();
  const { session } = useAuth();
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 26 }}>{t('menuAgencies')}</Typography.Title>
      <AgenciesTable region={session?.region} />
    </>
  );
}
