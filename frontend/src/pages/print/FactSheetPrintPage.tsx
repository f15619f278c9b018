import { useParams } from 'react-router';
import { Spin } from 'antd';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import type { Plan } from '../../api/types';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n';
import { onsiteApi } from '../../features/onsite/api';
import { FactSheetForm } from '../../features/print/forms';
import { cityOf, PrintFrame } from '../../features/print/PrintFrame';

/** The printable 事实确认单 of a task, with the service's PDF beside it. */
export default function FactSheetPrintPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const loaded = useApi(async (signal) => {
    const [access, task, sheet] = await Promise.all([onsiteApi.access(id, signal), onsiteApi.task(id, signal), onsiteApi.factSheet(id, signal)]);
    // the city comes from the plan's title; a published plan is public, and the form prints without it
    const plan = await api<Plan>(`/api/public/inspections/plans/${encodeURIComponent(access.planId ?? '')}`, { signal, anonymous: true }).catch(() => undefined);
    return { access, task, sheet, plan };
  }, [id]);
  if (loaded.error) return <ProblemAlert error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <Spin />;
  const { access, task, sheet, plan } = loaded.data;
  return (
    <PrintFrame files={[{ label: t('factSheetPdf'), path: onsiteApi.factSheetPdfPath(id), fileName: `事实确认单-${access.agencyId}.pdf` }]}>
      <FactSheetForm sheet={sheet} year={access.year ?? plan?.year} city={cityOf(plan?.title)} day={task.schedule?.day} />
    </PrintFrame>
  );
}
