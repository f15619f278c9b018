import { Space, Tag, Tooltip } from 'antd';
import { allPages } from '../../api/paged';
import { useApi } from '../../api/useApi';
import type { AgencySummary } from '../../api/types';
import { DataTable } from '../../components/DataTable';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n, useLabel } from '../../i18n';
import { categoryLabel, flagLabel } from '../../lib/labels';

/** Agencies of the caller's region with their flags (registry-service computes them). */
export function AgenciesTable({ region }: { region?: string }) {
  const { t, lang } = useI18n();
  const label = useLabel();
  const agencies = useApi((signal) => allPages<AgencySummary>('/api/registry/agencies', { region }, { signal }), [region]);
  return (
    <>
      <ProblemAlert error={agencies.error} onRetry={agencies.reload} />
      <DataTable<AgencySummary>
        label={t('menuAgencies')}
        exportName="agencies"
        rows={agencies.data}
        loading={agencies.loading}
        rowKey={(a) => a.id ?? ''}
        columns={[
          { key: 'name', title: t('name'), value: (a) => a.name },
          { key: 'creditCode', title: t('creditCode'), value: (a) => a.creditCode },
          { key: 'region', title: t('regionName'), value: (a) => a.regionName ?? a.regionCode, filter: true },
          { key: 'categories', title: t('categories'), value: (a) => (a.categories ?? []).map((c) => categoryLabel(c, lang)).join('、') },
          { key: 'status', title: t('status'), value: (a) => label('agencyStatus', a.status), filter: true },
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
