import { useParams } from 'react-router';
import { Card, Descriptions, Space, Spin, Tabs, Tag, Typography } from 'antd';
import { useApi } from '../../api/useApi';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n, useLabel } from '../../i18n';
import { onsiteApi } from '../../features/onsite/api';
import { RequiredPhotos } from '../../features/onsite/Evidence';
import { FactSheetTab } from '../../features/onsite/FactSheetView';
import { FeedbackForm } from '../../features/agency/FeedbackForm';
import { ConclusionCard } from '../../features/results/ConclusionCard';
import { Rectifications } from '../../features/results/Rectifications';
import { OfficialChecklist } from '../../features/onsite/OfficialChecklist';
import { StepActionPanel } from '../../features/onsite/StepActions';
import { TaskStepper } from '../../features/onsite/TaskStepper';
import { mayGiveFeedback, organiserAfterClose, stepActions, stepIndex } from '../../features/onsite/steps';
import { DossierPanel } from '../../features/dossier/DossierPanel';
import { mayManageDossier, seesDossier } from '../../features/dossier/rights';
import { PrintLinks } from '../../features/print/PrintLinks';

/**
 * One inspection (the task is the inspection, ADR 0404) for whoever may see it: the stepper, the action the
 * state and the caller's rights allow, and the parts of the caller's relation: the team's checklist and
 * photos, the agency's fact sheet, feedback form and rectification answers, the organiser's conclusion,
 * rectification review and publication.
 */
export default function InspectionTaskPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const label = useLabel();
  const task = useApi((signal) => onsiteApi.task(id, signal), [id]);
  const access = useApi((signal) => onsiteApi.access(id, signal), [id]);
  const team = access.data?.relation === 'TEAM';
  const seesEvidence = access.data && access.data.relation !== 'AGENCY';
  const evidence = useApi((signal) => (seesEvidence ? onsiteApi.evidence(id, signal) : Promise.resolve(undefined)), [id, seesEvidence]);
  const reload = () => {
    task.reload();
    access.reload();
    evidence.reload();
  };

  if (task.error || access.error) return <ProblemAlert error={task.error ?? access.error} onRetry={reload} />;
  if (!task.data || !access.data) return <Spin />;
  const x = task.data;
  const a = { ...access.data, status: x.status ?? access.data.status };
  const actions = stepActions(a, x.schedule?.notifyAt);
  const mainFindings = x.mainFindings ?? [];

  const tabs = [
    team && stepIndex(a.status) >= 1 && {
      key: 'checklist',
      label: t('checklist'),
      children: <OfficialChecklist taskId={id} templateId={a.templateId} templateVersion={a.templateVersion} editable={a.may.answer} evidence={evidence.data?.records} />,
    },
    seesEvidence && stepIndex(a.status) >= 1 && {
      key: 'photos',
      label: t('photos'),
      children: (
        <>
          <ProblemAlert error={evidence.error} onRetry={evidence.reload} />
          <RequiredPhotos taskId={id} records={evidence.data?.records ?? []} mayUpload={a.may.uploadTeamEvidence} onUploaded={evidence.reload} />
        </>
      ),
    },
    seesDossier(a) && { key: 'dossier', label: t('dossier'), children: <DossierPanel taskId={id} manage={mayManageDossier(a)} /> },
    stepIndex(a.status) >= 4 && { key: 'factSheet', label: t('factSheet'), children: <FactSheetTab taskId={id} /> },
    mayGiveFeedback(a) && { key: 'feedback', label: t('feedbackForm'), children: <FeedbackForm taskId={id} /> },
    a.status === 'CLOSED' && (a.relation === 'AGENCY' || a.relation === 'ORGANISER' || a.relation === 'BUREAU') && {
      key: 'rectifications',
      label: t('rectifications'),
      children: <Rectifications taskId={id} relation={a.relation} findings={mainFindings} />,
    },
    a.status === 'CLOSED' && (a.relation === 'ORGANISER' || a.relation === 'BUREAU') && {
      key: 'conclusion',
      label: t('conclusion'),
      children: (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <ConclusionCard taskId={id} templateId={a.templateId} templateVersion={a.templateVersion} editable={organiserAfterClose(a)} onSaved={task.reload} />
        </Space>
      ),
    },
  ].filter((tab): tab is { key: string; label: string; children: React.ReactElement } => !!tab);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        {x.agencyName ?? x.agencyId} <Tag color="blue">{label('taskStatus', x.status)}</Tag>
      </Typography.Title>
      <Descriptions size="small" column={{ xs: 1, sm: 2, md: 3 }}>
        <Descriptions.Item label={t('day')}>{x.schedule?.day ?? t('unscheduled')} {x.schedule?.start?.slice(0, 5)}</Descriptions.Item>
        <Descriptions.Item label={t('team')}>{(x.team ?? []).map((m) => m.name).join('、')}</Descriptions.Item>
        <Descriptions.Item label={t('relation')}>{label('relation', a.relation)}</Descriptions.Item>
      </Descriptions>
      <Card size="small"><TaskStepper task={x} /></Card>
      <PrintLinks taskId={id} access={a} />
      {actions.map((action) => (
        <StepActionPanel key={action} action={action} taskId={id} mainFindings={mainFindings} onDone={reload} />
      ))}
      {tabs.length > 0 && <Tabs items={tabs} size="large" />}
    </Space>
  );
}
