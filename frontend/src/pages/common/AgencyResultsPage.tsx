import { Link, useParams, useSearchParams } from 'react-router';
import { Space, Tag, Typography } from 'antd';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import type { PublishedResult, Rectification } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { LoadedTable } from '../../components/LoadedTable';
import { useI18n } from '../../i18n';
import { resultsApi } from '../../features/results/api';
import { rectificationState, type RectificationState } from '../../features/dashboard/trends';
import { DrillBreadcrumb } from '../../features/dashboard/DrillBreadcrumb';

interface Line {
  result: PublishedResult;
  rectification: RectificationState;
  overdue: number;
}

/**
 * One agency's results across plans and years: each published result (plan, year, date, type, grade or
 * conclusion, measures) and its rectification where the caller may read the plan's rectifications.
 */
export default function AgencyResultsPage() {
  const { t } = useI18n();
  const { session } = useAuth();
  const { creditCode = '' } = useParams();
  const [params] = useSearchParams();
  const region = params.get('region') ?? session?.region ?? '';
  const loaded = useApi(async (signal) => {
    const results = (await resultsApi.published({ region }, signal)).filter((r) => (r.creditCode ?? r.agencyName) === creditCode);
    const plans = [...new Set(results.map((r) => r.planId ?? ''))].filter(Boolean);
    // the organiser (city) may read its plans' rectifications; others get a 403 and see "unknown"
    const rectifications = await Promise.all(
      plans.map((p) =>
        api<Rectification[]>(`/api/inspections/plans/${encodeURIComponent(p)}/rectifications`, { signal })
          .then((rs) => ({ plan: p, rs: rs ?? [] }))
          .catch(() => ({ plan: p, rs: undefined })),
      ),
    );
    const readable = new Set(rectifications.filter((x) => x.rs).map((x) => x.plan));
    const byTask = new Map(rectifications.flatMap((x) => x.rs ?? []).map((r) => [r.taskId, r]));
    return results
      .map((result): Line => {
        const r = byTask.get(result.taskId);
        return { result, rectification: rectificationState(r, readable.has(result.planId ?? '')), overdue: r?.overdueItems ?? 0 };
      })
      .sort((a, b) => (b.result.inspectionDate ?? '').localeCompare(a.result.inspectionDate ?? ''));
  }, [region, creditCode]);
  const name = loaded.data?.[0]?.result.agencyName ?? creditCode;
  const rectified = (l: Line) =>
    l.rectification === 'unknown' ? '—' : l.rectification === 'none' ? t('rectificationNone') : l.rectification === 'done' ? t('rectificationDone') : t('rectificationOpen');
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <DrillBreadcrumb region={region} agency={name} />
      <Typography.Title level={1} style={{ fontSize: 26 }}>{t('agencyResultsOf', { name })}</Typography.Title>
      <LoadedTable<Line>
        label={t('agencyResultsOf', { name })}
        exportName={`agency-${creditCode}`}
        loaded={loaded}
        rowKey={(l) => l.result.taskId ?? ''}
        columns={[
          { key: 'year', title: t('year'), value: (l) => (l.result.inspectionDate ?? '').slice(0, 4), filter: true },
          { key: 'plan', title: t('plan'), value: (l) => l.result.planTitle ?? l.result.planId, filter: true },
          { key: 'authority', title: t('authority'), value: (l) => l.result.organiser, filter: true },
          { key: 'type', title: t('inspectionType'), value: (l) => l.result.inspectionType, filter: true },
          { key: 'date', title: t('inspectionDate'), value: (l) => l.result.inspectionDate },
          { key: 'outcome', title: t('outcomes'), value: (l) => l.result.outcomeLabel ?? l.result.result, filter: true },
          { key: 'result', title: t('inspectionResult'), value: (l) => l.result.result },
          { key: 'actions', title: t('measures'), value: (l) => (l.result.actions ?? []).join('；') },
          {
            key: 'rectification',
            title: t('rectification'),
            value: rectified,
            filter: true,
            render: (l) => (
              <>
                {rectified(l)}
                {l.overdue > 0 && <Tag color="red" style={{ marginLeft: 4 }}>{t('rectificationOverdue', { count: l.overdue })}</Tag>}
              </>
            ),
          },
          {
            key: 'draw',
            title: t('drawRecord'),
            value: (l) => l.result.planId,
            render: (l) => <Link to={`/public/plans/${encodeURIComponent(l.result.planId ?? '')}/draw`}>{t('drawRecord')}</Link>,
          },
        ]}
      />
    </Space>
  );
}
