import { Link } from 'react-router';
import { Typography } from 'antd';
import { useApi } from '../../api/useApi';
import type { InspectionTask } from '../../api/types';
import { LoadedTable } from '../../components/LoadedTable';
import { useI18n, useLabel } from '../../i18n';
import { onsiteApi } from '../../features/onsite/api';
import type { MessageKey } from '../../i18n/zh';

/**
 * The inspections the caller may see, as inspection-service scopes them: an inspector or expert the tasks
 * of their teams, the agency its own from the notice time on, a bureau its region. Each opens the task page.
 */
export default function MyInspectionsPage({ title }: { title: MessageKey }) {
  const { t } = useI18n();
  const label = useLabel();
  const tasks = useApi((signal) => onsiteApi.tasks(signal), []);
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>{t(title)}</Typography.Title>
      <LoadedTable<InspectionTask>
        label={t(title)}
        exportName="inspections"
        loaded={tasks}
        rowKey={(x) => x.id ?? ''}
        pageSize={10}
        columns={[
          {
            key: 'agency',
            title: t('agency'),
            value: (x) => x.agencyName ?? x.agencyId,
            render: (x) => (
              <Link to={`/inspections/${encodeURIComponent(x.id ?? '')}`} style={{ display: 'inline-block', padding: '8px 0', fontSize: 16 }}>
                {x.agencyName ?? x.agencyId}
              </Link>
            ),
          },
          { key: 'status', title: t('status'), value: (x) => label('taskStatus', x.status), filter: true },
          { key: 'day', title: t('day'), value: (x) => x.schedule?.day ?? t('unscheduled') },
          { key: 'start', title: t('start'), value: (x) => x.schedule?.start?.slice(0, 5) ?? '' },
          { key: 'team', title: t('team'), value: (x) => (x.team ?? []).map((m) => m.name).join('、') },
        ]}
      />
    </>
  );
}
