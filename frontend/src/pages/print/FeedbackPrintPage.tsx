import { useParams } from 'react-router';
import { Alert, Spin } from 'antd';
import { api, ProblemError } from '../../api/client';
import { useApi } from '../../api/useApi';
import type { Feedback, Plan } from '../../api/types';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n';
import { onsiteApi } from '../../features/onsite/api';
import { FeedbackFormView } from '../../features/print/forms';
import { cityOf, PrintFrame } from '../../features/print/PrintFrame';

const path = (id: string) => `/api/inspections/tasks/${encodeURIComponent(id)}`;

/** The printable 意见反馈表 the agency filed (the agency and the organising bureau read it). */
export default function FeedbackPrintPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const loaded = useApi(async (signal) => {
    const access = await onsiteApi.access(id, signal);
    const feedback = await api<Feedback>(`${path(id)}/feedback`, { signal }).catch((e) => {
      if (e instanceof ProblemError && e.status === 404) return undefined;
      throw e;
    });
    const [sheet, plan] = await Promise.all([
      onsiteApi.factSheet(id, signal).catch(() => undefined),
      api<Plan>(`/api/public/inspections/plans/${encodeURIComponent(access.planId ?? '')}`, { signal, anonymous: true }).catch(() => undefined),
    ]);
    return { access, feedback, sheet, plan };
  }, [id]);
  if (loaded.error) return <ProblemAlert error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <Spin />;
  const { access, feedback, sheet, plan } = loaded.data;
  if (!feedback) return <Alert type="info" showIcon title={t('feedbackNotFiled')} />;
  return (
    <PrintFrame files={[{ label: t('downloadPdf'), path: `${path(id)}/feedback.pdf`, fileName: `意见反馈表-${access.agencyId}.pdf` }]}>
      <FeedbackFormView feedback={feedback} sheet={sheet} year={access.year ?? plan?.year} city={cityOf(plan?.title)} />
    </PrintFrame>
  );
}
