import { useState } from 'react';
import { Spin } from 'antd';
import { useApi } from '../../api/useApi';
import type { Sheet } from '../../api/types';
import { ProblemAlert } from '../../components/ProblemAlert';
import { onsiteApi } from './api';
import { Checklist } from './Checklist';

/** The task's official sheet (scoring-service answers the existing one or opens it) with its template. */
export function OfficialChecklist({ taskId, templateId, templateVersion, editable }: { taskId: string; templateId: string; templateVersion: number; editable: boolean }) {
  const [sheetId, setSheetId] = useState<string>();
  const sheet = useApi<Sheet>(
    (signal) => (sheetId ? onsiteApi.sheet(sheetId, signal) : onsiteApi.officialSheet(taskId).then((s) => (setSheetId(s.id), s))),
    [taskId, sheetId],
  );
  const template = useApi((signal) => onsiteApi.template(templateId, templateVersion, signal), [templateId, templateVersion]);
  if (sheet.error || template.error) return <ProblemAlert error={sheet.error ?? template.error} onRetry={() => { sheet.reload(); template.reload(); }} />;
  if (!sheet.data || !template.data) return <Spin />;
  return (
    <Checklist
      key={`${sheet.data.id}@${sheet.data.version}`}
      sheet={sheet.data}
      template={template.data}
      editable={editable && sheet.data.status === 'DRAFT'}
      onReload={sheet.reload}
    />
  );
}
