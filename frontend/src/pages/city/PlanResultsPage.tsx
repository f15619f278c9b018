import { useParams } from 'react-router';
import { Spin } from 'antd';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import type { InspectionTask, Plan, PublishedResult, Rectification } from '../../api/types';
import { ProblemAlert } from '../../components/ProblemAlert';
import { zh } from '../../i18n/zh';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n/zh';
import { chineseDate, PrintFrame } from '../../features/print/PrintFrame';

const plans = (id: string) => `/api/inspections/plans/${encodeURIComponent(id)}`;

/**
 * A plan's results for its organiser, printable (Chinese, as the bureau files it): one line per inspection
 * with its date, step, published result and rectification; the 总结报告 PDF and the results workbook beside.
 */
export default function PlanResultsPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const loaded = useApi(async (signal) => {
    const [plan, tasks, published, rectifications] = await Promise.all([
      api<Plan>(plans(id), { signal }),
      api<InspectionTask[]>('/api/inspections/tasks', { query: { planId: id }, signal }),
      api<PublishedResult[]>('/api/public/inspections/results', { query: { plan: id }, signal, anonymous: true }),
      api<Rectification[]>(`${plans(id)}/rectifications`, { signal }),
    ]);
    return { plan, tasks, published, rectifications };
  }, [id]);
  if (loaded.error) return <ProblemAlert error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <Spin />;
  const { plan, tasks, published, rectifications } = loaded.data;
  const resultOf = new Map(published.map((r) => [r.taskId, r]));
  const rectificationOf = new Map(rectifications.map((r) => [r.taskId, r]));
  const rows = tasks
    .filter((x) => x.status !== 'WITHDRAWN')
    .sort((a, b) => (a.schedule?.day ?? '9').localeCompare(b.schedule?.day ?? '9') || (a.agencyName ?? '').localeCompare(b.agencyName ?? ''));
  const status = (s?: string) => zh[`taskStatus${s}` as MessageKey] ?? s ?? '';
  const rectified = (r?: Rectification) => {
    if (!r || !r.items?.length) return zh.rectificationNone;
    if (r.complete) return zh.rectificationDone;
    return r.overdueItems ? `${zh.rectificationOpen}（${r.overdueItems} 项逾期）` : zh.rectificationOpen;
  };
  return (
    <PrintFrame
      files={[
        { label: t('summaryPdf'), path: `${plans(id)}/summary.pdf`, fileName: `总结报告-${id}.pdf` },
        { label: t('resultsXlsx'), path: `${plans(id)}/results.xlsx`, fileName: `检查结果-${id}.xlsx` },
      ]}
    >
      <h1 className="print-title">{plan.title}<br />检查结果</h1>
      <p className="print-note">
        抽查期间：{chineseDate(plan.periodStart)}至{chineseDate(plan.periodEnd)}　共 {rows.length} 家机构，已公开 {rows.filter((x) => resultOf.has(x.id)).length} 家
      </p>
      <table className="print-table print-grid" aria-label={t('planResultsOf', { title: plan.title })}>
        <thead>
          <tr>
            <th scope="col">序号</th>
            <th scope="col">被检查机构</th>
            <th scope="col">抽查日期</th>
            <th scope="col">检查进度</th>
            <th scope="col">抽查结果</th>
            <th scope="col">整改情况</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((x, i) => (
            <tr key={x.id}>
              <td>{i + 1}</td>
              <td>{x.agencyName ?? x.agencyId}</td>
              <td>{x.schedule?.day ? chineseDate(x.schedule.day) : '未安排'}</td>
              <td>{status(x.status)}</td>
              <td>{resultOf.get(x.id)?.result ?? zh.notPublished}</td>
              <td>{rectified(rectificationOf.get(x.id))}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="print-note">制表：{chineseDate(new Date().toLocaleDateString('sv'))}</p>
    </PrintFrame>
  );
}
