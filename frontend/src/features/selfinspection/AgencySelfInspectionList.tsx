import { Link } from 'react-router';
import { Tag } from 'antd';
import type { AgencySelfInspection } from '../../api/types';
import { DataTable } from '../../components/DataTable';
import type { MessageKey } from '../../i18n/zh';
import { useI18n } from '../../i18n';

type State = NonNullable<AgencySelfInspection['state']>;

const STATES: Record<State, { label: MessageKey; color: string }> = {
  SUBMITTED: { label: 'selfInspectionSubmitted', color: 'green' },
  LATE: { label: 'selfInspectionLate', color: 'orange' },
  OPEN: { label: 'selfInspectionMissing', color: 'default' },
  MISSING: { label: 'selfInspectionMissingOverdue', color: 'red' },
};

/**
 * The agency's 自查报告 list: the plans asking it for a report (what each plan publishes: title, year, due date),
 * whether its report is in, came late, is still open or is missing past the due date. Each opens the report form.
 */
export function AgencySelfInspectionList({ rows, loading }: { rows?: AgencySelfInspection[]; loading?: boolean }) {
  const { t } = useI18n();
  const state = (r: AgencySelfInspection) => t(STATES[r.state ?? 'OPEN'].label);
  return (
    <DataTable<AgencySelfInspection>
      label={t('menuSelfInspections')}
      exportName="self-inspections"
      rows={rows}
      loading={loading}
      rowKey={(r) => r.planId ?? ''}
      columns={[
        {
          key: 'plan',
          title: t('title'),
          value: (r) => r.title ?? r.planId,
          render: (r) => (
            <Link to={`/agency/self-inspections/${encodeURIComponent(r.planId ?? '')}`} style={{ display: 'inline-block', padding: '8px 0', fontSize: 16 }}>
              {r.title ?? r.planId}
            </Link>
          ),
        },
        { key: 'year', title: t('year'), value: (r) => r.year ?? '' },
        { key: 'due', title: t('selfInspectionDue'), value: (r) => r.due ?? t('selfInspectionNoDue') },
        {
          key: 'status',
          title: t('status'),
          value: state,
          filter: true,
          render: (r) => <Tag color={STATES[r.state ?? 'OPEN'].color}>{state(r)}</Tag>,
        },
        {
          key: 'at',
          title: t('selfInspectionSubmittedAt'),
          value: (r) => (r.submittedAt ? new Date(r.submittedAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }) : ''),
        },
      ]}
    />
  );
}
