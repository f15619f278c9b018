import { Alert, Spin } from 'antd';
import { ProblemError } from '../../api/client';
import { useApi } from '../../api/useApi';
import type { EvidenceRecord, Sheet } from '../../api/types';
import { useI18n } from '../../i18n';
import { ProblemAlert } from '../../components/ProblemAlert';
import { onsiteApi } from './api';
import { Checklist } from './Checklist';

/** The official sheet, opened by the first team member who answers (another one opening it meanwhile: 409). */
async function officialSheet(taskId: string, mayOpen: boolean, signal: AbortSignal): Promise<Sheet | undefined> {
  const existing = await onsiteApi.findOfficialSheet(taskId, signal);
  if (existing) return onsiteApi.sheet(existing, signal);
  if (!mayOpen) return undefined;
  try {
    return await onsiteApi.createOfficialSheet(taskId);
  } catch (e) {
    const raced = e instanceof ProblemError && e.status === 409 ? await onsiteApi.findOfficialSheet(taskId, signal) : undefined;
    if (raced) return onsiteApi.sheet(raced, signal);
    throw e;
  }
}

/** The task's official sheet with its template, item by item. */
export function OfficialChecklist({ taskId, templateId, templateVersion, editable, evidence }: {
  taskId: string;
  templateId: string;
  templateVersion: number;
  editable: boolean;
  /** the task's evidence, offered to attach to an item */
  evidence?: EvidenceRecord[];
}) {
  const { t } = useI18n();
  const sheet = useApi((signal) => officialSheet(taskId, editable, signal), [taskId, editable]);
  const template = useApi((signal) => onsiteApi.template(templateId, templateVersion, signal), [templateId, templateVersion]);
  if (sheet.error || template.error) return <ProblemAlert error={sheet.error ?? template.error} onRetry={() => { sheet.reload(); template.reload(); }} />;
  if (sheet.loading && !sheet.data) return <Spin />;
  if (!sheet.data) return <Alert type="info" title={t('noSheetYet')} />;
  if (!template.data) return <Spin />;
  return (
    <Checklist
      key={`${sheet.data.id}@${sheet.data.version}`}
      sheet={sheet.data}
      template={template.data}
      editable={editable && sheet.data.status === 'DRAFT'}
      onReload={sheet.reload}
      evidence={evidence}
    />
  );
}
