// Every URL of the self-inspection reports (自查报告): inspection-service's selfinspection/ API, and the public
// plan and template an agency reads them against (an agency account may read neither through the bureau paths).
import { api, ProblemError } from '../../api/client';
import type { AgencySelfInspection, Plan, SelfInspection, SelfInspectionOverview, SelfInspectionRequest, Template, TemplateItem } from '../../api/types';

const reports = (planId: string) => `/api/inspections/plans/${encodeURIComponent(planId)}/self-inspections`;

export const selfInspectionApi = {
  /** The caller's own report, or undefined while it has none (404 self-inspection-not-found). */
  mine: async (planId: string, signal?: AbortSignal): Promise<SelfInspection | undefined> => {
    try {
      return await api<SelfInspection>(`${reports(planId)}/mine`, { signal });
    } catch (e) {
      if (e instanceof ProblemError && e.status === 404) return undefined;
      throw e;
    }
  },
  /** Once per agency and plan: a second one is 409 self-inspection-submitted; 400 names the fields. */
  submit: (planId: string, body: SelfInspectionRequest) => api<SelfInspection>(reports(planId), { method: 'POST', body }),
  /**
   * The agency's list: every published plan of its region asking for a report (drawn or not, before any notice
   * time), with the due date and its report's state.
   */
  plansOfMine: (signal?: AbortSignal) => api<AgencySelfInspection[]>('/api/inspections/self-inspections/mine', { signal }),
  /** The organiser's view: reports in (late marked) and the drawn agencies without one. */
  overview: (planId: string, signal?: AbortSignal) => api<SelfInspectionOverview>(reports(planId), { signal }),
  plan: (planId: string, signal?: AbortSignal) =>
    api<Plan>(`/api/public/inspections/plans/${encodeURIComponent(planId)}`, { signal, anonymous: true }),
  template: (templateId: string, version: number, signal?: AbortSignal) =>
    api<Template>(`/api/public/scoring/templates/${encodeURIComponent(templateId)}/versions/${version}`, { signal, anonymous: true }),
};

/** The checklist items of a template, in its order. */
export const templateItems = (template: Template | undefined): TemplateItem[] =>
  (template?.parts ?? []).flatMap((p) => p.items ?? []).filter((i) => !!i.id);

/** Server field names (`items[2].itemId`, `items[2]`) to the form's: an item's error shows on its finding. */
export function fieldPath(field: string): ['summary'] | ['items', number, 'finding'] | undefined {
  if (field === 'summary') return ['summary'];
  const item = /^items\[(\d+)\]/.exec(field);
  return item ? ['items', Number(item[1]), 'finding'] : undefined;
}
