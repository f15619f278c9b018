// Who may change a task's dossier sample: the task's team while it works on site (checked in up to the
// findings discussion). The organiser and the province read it. The service decides again on every call.
import type { TaskAccess } from '../../api/types';
import { stepIndex } from '../onsite/steps';

export function mayManageDossier(access: Pick<TaskAccess, 'relation' | 'status'>): boolean {
  const step = stepIndex(access.status);
  return access.relation === 'TEAM' && step >= 1 && step <= 3;
}

/** Everyone who reads the task except the inspected agency, once the team has checked in. */
export function seesDossier(access: Pick<TaskAccess, 'relation' | 'status'>): boolean {
  return access.relation !== 'AGENCY' && stepIndex(access.status) >= 1;
}
