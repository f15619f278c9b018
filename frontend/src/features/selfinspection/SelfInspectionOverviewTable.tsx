import { Tag, Typography } from 'antd';
import type { SelfInspectionOverview } from '../../api/types';
import { DataTable } from '../../components/DataTable';
import { useI18n } from '../../i18n';

type State = 'SUBMITTED' | 'LATE' | 'MISSING' | 'MISSING_OVERDUE';

interface Row {
  agencyId: string;
  agencyName?: string;
  state: State;
  submittedAt?: string;
  submittedBy?: string;
  summary?: string;
}

const COLORS: Record<State, string> = { SUBMITTED: 'green', LATE: 'orange', MISSING: 'default', MISSING_OVERDUE: 'red' };

/** Rows: every report in (late ones marked), then every drawn agency without one (overdue once the date passed). */
export function overviewRows(o: SelfInspectionOverview): Row[] {
  return [
    ...(o.reports ?? []).map((r): Row => ({
      agencyId: r.agencyId ?? '',
      agencyName: r.agencyName,
      state: r.late ? 'LATE' : 'SUBMITTED',
      submittedAt: r.submittedAt,
      submittedBy: r.submittedBy?.name ?? r.submittedBy?.userId,
      summary: r.summary,
    })),
    ...(o.missing ?? []).map((m): Row => ({ agencyId: m.agencyId ?? '', agencyName: m.agencyName, state: o.overdue ? 'MISSING_OVERDUE' : 'MISSING' })),
  ];
}

/** The organiser's list of a plan's 自查报告: submitted, late and missing, sortable, filterable, exported as CSV. */
export function SelfInspectionOverviewTable({ overview, loading }: { overview?: SelfInspectionOverview; loading?: boolean }) {
  const { t } = useI18n();
  const rows = overview ? overviewRows(overview) : undefined;
  const stateLabel: Record<State, string> = {
    SUBMITTED: t('selfInspectionSubmitted'),
    LATE: t('selfInspectionLate'),
    MISSING: t('selfInspectionMissing'),
    MISSING_OVERDUE: t('selfInspectionMissingOverdue'),
  };
  const count = (...s: State[]) => (rows ?? []).filter((r) => s.includes(r.state)).length;
  return (
    <>
      {overview && (
        <Typography.Paragraph>
          {t('selfInspectionDue')}: {overview.due ?? t('selfInspectionNoDue')}
          {' · '}
          {t('selfInspectionCounts', { submitted: count('SUBMITTED', 'LATE'), late: count('LATE'), missing: count('MISSING', 'MISSING_OVERDUE') })}
        </Typography.Paragraph>
      )}
      <DataTable<Row>
        label={t('selfInspection')}
        exportName="self-inspections"
        rows={rows}
        loading={loading}
        rowKey={(r) => r.agencyId}
        columns={[
          { key: 'agency', title: t('agency'), value: (r) => r.agencyName ?? r.agencyId },
          {
            key: 'state',
            title: t('status'),
            value: (r) => stateLabel[r.state],
            filter: true,
            render: (r) => <Tag color={COLORS[r.state]}>{stateLabel[r.state]}</Tag>,
          },
          {
            key: 'at',
            title: t('selfInspectionSubmittedAt'),
            value: (r) => (r.submittedAt ? new Date(r.submittedAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }) : ''),
          },
          { key: 'by', title: t('selfInspectionSubmittedBy'), value: (r) => r.submittedBy ?? '' },
          {
            key: 'summary',
            title: t('selfInspectionSummary'),
            value: (r) => r.summary ?? '',
            render: (r) => <Typography.Paragraph ellipsis={{ rows: 2, expandable: true }} style={{ margin: 0 }}>{r.summary}</Typography.Paragraph>,
          },
        ]}
      />
    </>
  );
}
