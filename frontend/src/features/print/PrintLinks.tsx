import { Link } from 'react-router';
import { Space, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import type { TaskAccess } from '../../api/types';
import { useI18n } from '../../i18n';
import { stepIndex } from '../onsite/steps';

/**
 * The printable forms of a task the caller may read: the 事实确认单 once issued (whoever reads the fact sheet),
 * the 意见反馈表 once the sheet was answered (the agency and the organising bureau only, as the service allows).
 */
export function PrintLinks({ taskId, access }: { taskId: string; access: Pick<TaskAccess, 'relation' | 'status'> }) {
  const { t } = useI18n();
  const step = stepIndex(access.status);
  const base = `/inspections/${encodeURIComponent(taskId)}/print`;
  const links = [
    step >= 4 && { to: `${base}/fact-sheet`, label: t('factSheet') },
    step >= 5 && (access.relation === 'AGENCY' || access.relation === 'ORGANISER') && { to: `${base}/feedback`, label: t('feedbackPrint') },
  ].filter((l): l is { to: string; label: string } => !!l);
  if (!links.length) return null;
  return (
    <Space wrap className="no-print" aria-label={t('printForms')} role="group">
      <Typography.Text type="secondary"><PrinterOutlined aria-hidden /> {t('printForms')}：</Typography.Text>
      {links.map((l) => <Link key={l.to} to={l.to}>{l.label}</Link>)}
    </Space>
  );
}
