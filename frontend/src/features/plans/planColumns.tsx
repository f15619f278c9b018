import type { Plan } from '../../api/types';
import type { Column } from '../../components/DataTable';
import { useI18n, useLabel } from '../../i18n';
import { PlanStatus, useSamplingText } from './PlanStatus';

/** The plan columns the organiser's and the public list share: the summary columns, then status. */
export function usePlanColumns(): { summary: Column<Plan>[]; status: Column<Plan> } {
  const { t } = useI18n();
  const label = useLabel();
  const samplingText = useSamplingText();
  return {
    summary: [
      { key: 'year', title: t('year'), value: (p) => p.year, filter: true, width: 80 },
      { key: 'title', title: t('title'), value: (p) => p.title },
      { key: 'region', title: t('regionCode'), value: (p) => p.region, filter: true },
      { key: 'period', title: t('period'), value: (p) => `${p.periodStart} ~ ${p.periodEnd}` },
      { key: 'sampling', title: t('sampling'), value: (p) => samplingText(p.sampling) },
    ],
    status: { key: 'status', title: t('status'), value: (p) => label('planStatus', p.status), render: (p) => <PlanStatus status={p.status} />, filter: true },
  };
}
