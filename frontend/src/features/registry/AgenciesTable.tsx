import { Space, Tag, Tooltip } from 'antd';
import { allPages } from '../../api/paged';
import { useApi } from '../../api/useApi';
import type { AgencySummary } from '../../api/types';
import { LoadedTable } from '../../components/LoadedTable';
import { useI18n } from '../../i18n';
import { flagLabel } from '../../lib/labels';
import { useAgencyColumns } from './agencyColumns';

/** Agencies of the caller's region with their flags (registry-service computes them). */
export function AgenciesTable({ region }: { region?: string }) {
  const { t, lang } = useI18n();
  const columns = useAgencyColumns<AgencySummary>();
  const agencies = useApi((signal) => allPages<AgencySummary>('/api/registry/agencies', { region }, { signal }), [region]);
  return (
    <>
      <LoadedTable<AgencySummary>
        loaded={agencies}
        label={t('menuAgencies')}
        exportName="agencies"
        rowKey={(a) => a.id ?? ''}
        columns={[
          ...columns,
          {
            key: 'flags',
            title: t('flags'),
            value: (a) => (a.flags ?? []).map((f) => flagLabel(f.kind, lang)).join('；'),
            render: (a) =>
              (a.flags ?? []).length === 0 ? (
                t('noFlags')
              ) : (
                <Space wrap size={4}>
                  {(a.flags ?? []).map((f) => (
                    <Tooltip key={`${f.kind}:${f.detail}`} title={f.detail}>
                      <Tag color={f.kind?.endsWith('EXPIRED') || f.kind === 'PREMISES_TOO_SMALL' ? 'red' : 'orange'}>{flagLabel(f.kind, lang)}</Tag>
                    </Tooltip>
                  ))}
                </Space>
              ),
          },
        ]}
      />
    </>
  );
}
