import { Grid, Steps } from 'antd';
import type { InspectionTask, TaskStatus } from '../../api/types';
import { useI18n } from '../../i18n';
import { STEPS, stepIndex } from './steps';

const STATUS_OF_STEP: Record<(typeof STEPS)[number], TaskStatus[]> = {
  notified: ['SCHEDULED'],
  checkedIn: ['CHECKED_IN'],
  checking: ['CHECKING'],
  discussed: ['FINDINGS_DISCUSSED'],
  issued: ['FACT_SHEET_ISSUED'],
  answered: ['FACT_SHEET_SIGNED', 'FACT_SHEET_REFUSED'],
  closed: ['CLOSED'],
};

/** 已通知 → 已签到 → 检查中 → 已讨论 → 已出具事实确认单 → 已签字/拒签 → 已结束, each with who and when. */
export function TaskStepper({ task }: { task: InspectionTask }) {
  const { t } = useI18n();
  // phones (under 576 px): one step per line
  const wide = Grid.useBreakpoint().sm ?? true;
  const current = stepIndex(task.status);
  const refused = (task.steps ?? []).some((s) => s.status === 'FACT_SHEET_REFUSED') || task.status === 'FACT_SHEET_REFUSED';
  return (
    <Steps
      aria-label={t('progress')}
      size="small"
      orientation={wide ? 'horizontal' : 'vertical'}
      current={Math.max(current, 0)}
      status={task.status === 'WITHDRAWN' ? 'error' : current === STEPS.length - 1 ? 'finish' : 'process'}
      items={STEPS.map((step, i) => {
        const done = (task.steps ?? []).filter((s) => STATUS_OF_STEP[step].includes(s.status)).pop();
        const title = step === 'answered' ? (refused ? t('stepRefused') : current >= 5 ? t('stepSigned') : t('stepAnswered')) : t(`step_${step}`);
        return {
          title,
          status: i < current ? 'finish' : i === current ? (step === 'answered' && refused ? 'error' : 'process') : 'wait',
          content: done ? `${done.at.replace('T', ' ').slice(0, 16)}${done.byName ? ` ${done.byName}` : ''}` : undefined,
        };
      })}
    />
  );
}
