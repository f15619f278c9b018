import { Tag } from 'antd';
import { useLabel } from '../../i18n';

const COLORS: Record<string, string> = { DRAFT: 'default', PUBLISHED: 'blue', DRAWN: 'geekblue', IN_PROGRESS: 'orange', CLOSED: 'green', DISCLOSED: 'purple' };

export function PlanStatus({ status }: { status?: string }) {
  const label = useLabel();
  return <Tag color={COLORS[status ?? ''] ?? 'default'}>{label('planStatus', status)}</Tag>;
}

export function useSamplingText() {
  const label = useLabel();
  return (s?: { mode?: string; value?: number }) => label('sampling', s?.mode).replace('{v}', String(s?.value ?? ''));
}
