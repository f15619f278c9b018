// Which on-site step a task is at, and the one action the caller may take there (ADR 0404: the relation
// and `may` come from inspection-service; this only decides what to offer, the service decides again).
import type { TaskAccess, TaskStatus } from '../../api/types';

/** The stepper: 已通知 → 已签到 → 检查中 → 已讨论 → 已出具事实确认单 → 已签字/拒签 → 已结束 */
export const STEPS = ['notified', 'checkedIn', 'checking', 'discussed', 'issued', 'answered', 'closed'] as const;
export type Step = (typeof STEPS)[number];

const STEP_OF: Record<TaskStatus, number> = {
  PLANNED: -1,
  WITHDRAWN: -1,
  SCHEDULED: 0,
  CHECKED_IN: 1,
  CHECKING: 2,
  FINDINGS_DISCUSSED: 3,
  FACT_SHEET_ISSUED: 4,
  FACT_SHEET_SIGNED: 5,
  FACT_SHEET_REFUSED: 5,
  CLOSED: 6,
};

/** The index of the step reached (-1: not yet notified, or withdrawn). */
export function stepIndex(status: TaskStatus | undefined): number {
  return status ? STEP_OF[status] : -1;
}

export type StepAction =
  | 'checkIn'
  | 'startChecking'
  | 'discussFindings'
  | 'issueFactSheet'
  | 'confirmFactSheet'
  | 'recordRefusal'
  | 'close';

/**
 * The step actions offered to the caller. A team member moves the task on; the agency confirms the fact
 * sheet; closing is for whoever may close the evidence (a team member or the organiser). Check-in only
 * from the notice time on.
 */
export function stepActions(access: Pick<TaskAccess, 'relation' | 'status' | 'may'>, notifyAt?: string, now: Date = new Date()): StepAction[] {
  const team = access.relation === 'TEAM';
  const noticeReached = !notifyAt || new Date(notifyAt).getTime() <= now.getTime();
  switch (access.status) {
    case 'SCHEDULED':
      return team && noticeReached ? ['checkIn'] : [];
    case 'CHECKED_IN':
      return team && access.may.answer ? ['startChecking'] : [];
    case 'CHECKING':
      return team && access.may.answer ? ['discussFindings'] : [];
    case 'FINDINGS_DISCUSSED':
      return team && access.may.uploadTeamEvidence ? ['issueFactSheet'] : [];
    case 'FACT_SHEET_ISSUED':
      if (access.relation === 'AGENCY' && access.may.uploadAgencyEvidence) return ['confirmFactSheet'];
      return team && access.may.uploadTeamEvidence ? ['recordRefusal'] : [];
    case 'FACT_SHEET_SIGNED':
    case 'FACT_SHEET_REFUSED':
      return access.may.closeEvidence ? ['close'] : [];
    default:
      return [];
  }
}

/** The 意见反馈表 goes straight from the agency to the city once the fact sheet was put to it. */
export function mayGiveFeedback(access: Pick<TaskAccess, 'relation' | 'status' | 'may'>): boolean {
  return access.relation === 'AGENCY' && access.may.uploadAgencyEvidence && stepIndex(access.status) >= 4;
}

/** The organiser concludes, follows rectification and publishes after the task is closed. */
export function organiserAfterClose(access: Pick<TaskAccess, 'relation' | 'status'>): boolean {
  return access.relation === 'ORGANISER' && access.status === 'CLOSED';
}

/** Photos the team must have on file before closing (附件2 二(一): gate, meeting, the check itself). */
export const REQUIRED_PHOTOS = ['GATE_PHOTO', 'MEETING_PHOTO', 'PROCESS_PHOTO'] as const;

export function missingPhotos(records: { kind?: string; withdrawn?: boolean }[]): string[] {
  const present = new Set(records.filter((r) => !r.withdrawn).map((r) => r.kind));
  return REQUIRED_PHOTOS.filter((k) => !present.has(k));
}
