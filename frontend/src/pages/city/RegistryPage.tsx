import { useState } from 'react';
import { Tabs, Typography } from 'antd';
import { useAuth } from '../../auth/AuthContext';
import { AgenciesTable } from '../../features/registry/AgenciesTable';
import { ImportPanel } from '../../features/registry/ImportPanel';
import { AppraisersTable, ConflictsTable, ExpertsTable, InspectorsTable } from '../../features/registry/PeopleTables';
import { useI18n } from '../../i18n';

export default function RegistryPage() {
  const { t } = useI18n();
  const { session } = useAuth();
  const region = session?.region ?? '';
  const [version, setVersion] = useState(0);
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 26 }}>{t('menuRegistry')}</Typography.Title>
      <Tabs
        destroyOnHidden
        items={[
          { key: 'agencies', label: t('menuAgencies'), children: <AgenciesTable key={version} region={region} /> },
          { key: 'appraisers', label: t('appraisers'), children: <AppraisersTable key={version} region={region} /> },
          { key: 'inspectors', label: t('inspectors'), children: <InspectorsTable key={version} region={region} /> },
          { key: 'experts', label: t('experts'), children: <ExpertsTable key={version} region={region} /> },
          { key: 'conflicts', label: t('conflicts'), children: <ConflictsTable region={region} /> },
          { key: 'import', label: t('import'), children: <ImportPanel onApplied={() => setVersion((v) => v + 1)} /> },
        ]}
      />
    </>
  );
}
