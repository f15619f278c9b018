import { allPages } from '../../api/paged';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import type { Appraiser, Conflict, Expert, Inspector } from '../../api/types';
import type { Column } from '../../components/DataTable';
import { LoadedTable } from '../../components/LoadedTable';
import { useI18n, useLabel } from '../../i18n';
import { categoryLabel, conflictKindLabel, flagLabel } from '../../lib/labels';

export function AppraisersTable({ region }: { region: string }) {
  const { t, lang } = useI18n();
  const label = useLabel();
  const rows = useApi((signal) => allPages<Appraiser>('/api/registry/appraisers', { region }, { signal }), [region]);
  return (
    <>
      <LoadedTable<Appraiser>
        loaded={rows}
        label={t('appraisers')}
        exportName="appraisers"
        rowKey={(a) => a.id ?? ''}
        columns={[
          { key: 'name', title: t('name'), value: (a) => a.name },
          { key: 'cert', title: t('certNo'), value: (a) => a.certificateNo },
          { key: 'agency', title: t('agency'), value: (a) => a.agencyId, filter: true },
          { key: 'categories', title: t('categories'), value: (a) => (a.categories ?? []).map((c) => categoryLabel(c, lang)).join('、') },
          { key: 'status', title: t('status'), value: (a) => label('agencyStatus', a.status), filter: true },
          { key: 'training', title: t('flags'), value: (a) => (a.trainingShort ? flagLabel('TRAINING_HOURS_SHORT', lang) : ''), filter: true },
        ]}
      />
    </>
  );
}

export function InspectorsTable({ region }: { region: string }) {
  const { t } = useI18n();
  return (
    <PoolTable<Inspector>
      pool="inspectors"
      region={region}
      own={{ key: 'cert', title: t('lawCertNo'), value: (a) => a.lawEnforcementCertNo ?? '' }}
    />
  );
}

export function ExpertsTable({ region }: { region: string }) {
  const { t, lang } = useI18n();
  return (
    <PoolTable<Expert>
      pool="experts"
      region={region}
      own={{ key: 'specialities', title: t('specialities'), value: (a) => (a.specialities ?? []).map((c) => categoryLabel(c, lang)).join('、') }}
    />
  );
}

/** The two pools the draw picks from: the same columns but the second, 执法证号 or 专业. */
function PoolTable<M extends Inspector | Expert>({ pool, region, own }: { pool: 'inspectors' | 'experts'; region: string; own: Column<M> }) {
  const { t } = useI18n();
  const rows = useApi((signal) => allPages<M>(`/api/registry/${pool}`, { region }, { signal }), [pool, region]);
  return (
    <>
      <LoadedTable<M>
        loaded={rows}
        label={t(pool)}
        exportName={pool}
        rowKey={(a) => a.id ?? ''}
        columns={[
          { key: 'name', title: t('name'), value: (a) => a.name },
          own,
          { key: 'unit', title: t('unit'), value: (a) => a.unit, filter: true },
          { key: 'region', title: t('regionCode'), value: (a) => a.regionCode, filter: true },
          { key: 'active', title: t('active'), value: (a) => (a.active ? t('yes') : t('no')), filter: true },
        ]}
      />
    </>
  );
}

export function ConflictsTable({ region }: { region: string }) {
  const { t, lang } = useI18n();
  const rows = useApi((signal) => api<Conflict[]>('/api/registry/conflicts', { query: { region }, signal }), [region]);
  return (
    <>
      <LoadedTable<Conflict>
        loaded={rows}
        label={t('conflicts')}
        exportName="conflicts"
        rowKey={(c) => c.id ?? `${c.personKind}:${c.personId}@${c.agencyId}`}
        columns={[
          { key: 'kindP', title: t('personKind'), value: (c) => (c.personKind === 'EXPERT' ? t('expert') : t('inspector')), filter: true },
          { key: 'person', title: t('personId'), value: (c) => c.personId },
          { key: 'agency', title: t('agency'), value: (c) => c.agencyId },
          { key: 'kind', title: t('conflictKind'), value: (c) => conflictKindLabel(c.kind, lang), filter: true },
          { key: 'reason', title: t('reason'), value: (c) => c.reason },
          { key: 'declaredOn', title: t('declaredOn'), value: (c) => c.declaredOn },
        ]}
      />
    </>
  );
}
