// Every URL and body of the on-site inspection (ADR 0404) in one place: inspection-service's task steps,
// scoring-service's official sheet, evidence-service's files. The services are being built alongside this
// SPA; when their contract settles, this file (and src/api/types.ts) is what changes.
import { api, ProblemError, upload } from '../../api/client';
import type {
  AnswerItemRequest, Conclusion, ConclusionRequest, EvidenceKind, EvidenceRecord, FactSheet, FeedbackRequest,
  InspectionEvidence, InspectionTask, Rectification, RectificationItem, Sheet, SheetItem, SheetSummary, TaskAccess, Template,
} from '../../api/types';

/** A list answered bare or as `{items: [...]}` (both shapes are in use across the services). */
export const listOf = <T>(body: T[] | { items?: T[] } | undefined): T[] => (Array.isArray(body) ? body : (body?.items ?? []));

const task = (id: string) => `/api/inspections/tasks/${encodeURIComponent(id)}`;
const post = <T = unknown>(path: string, body: unknown = {}) => api<T>(path, { method: 'POST', body });

export const onsiteApi = {
  tasks: (signal?: AbortSignal) => api<InspectionTask[]>('/api/inspections/tasks', { signal }),
  task: (id: string, signal?: AbortSignal) => api<InspectionTask>(task(id), { signal }),
  access: (id: string, signal?: AbortSignal) => api<TaskAccess>(`${task(id)}/access`, { signal }),

  // the steps (409 task-step-out-of-order when the task is elsewhere)
  checkIn: (id: string, note?: string) => post(`${task(id)}/check-in`, { note: note || undefined }),
  startChecking: (id: string) => post(`${task(id)}/start-checking`),
  findingsDiscussed: (id: string, mainFindings: string[]) => post(`${task(id)}/findings-discussed`, { mainFindings }),
  issueFactSheet: (id: string, categoriesInspected: string[], facts: string[]) =>
    post(`${task(id)}/fact-sheet`, { categoriesInspected, facts: facts.length ? facts : undefined }),
  factSheet: (id: string, signal?: AbortSignal) => api<FactSheet>(`${task(id)}/fact-sheet`, { signal }),
  /** the printable 事实确认单 (bytes, so fetched with the token, see blob.ts) */
  factSheetPdfPath: (id: string) => `${task(id)}/fact-sheet.pdf`,
  confirmFactSheet: (id: string, signedScanEvidenceId: string, opinion?: string) =>
    post(`${task(id)}/fact-sheet/confirmation`, { signedScanEvidenceId, opinion: opinion || undefined }),
  refuseFactSheet: (id: string, reason: string, evidenceIds: string[]) => post(`${task(id)}/fact-sheet/refusal`, { reason, evidenceIds }),
  /** 422 photos-missing / sheet-not-submitted name what is missing */
  close: (id: string) => post(`${task(id)}/close`),
  feedback: (id: string, body: FeedbackRequest) => post(`${task(id)}/feedback`, body),

  // the organiser's conclusion, rectification and publication
  conclusion: (id: string, signal?: AbortSignal) => api<Conclusion>(`${task(id)}/conclusion`, { signal }),
  saveConclusion: (id: string, body: ConclusionRequest) => api<Conclusion>(`${task(id)}/conclusion`, { method: 'PUT', body }),
  /** The items, or none while the organiser has set none (404 rectification-not-found). */
  rectifications: async (id: string, signal?: AbortSignal): Promise<RectificationItem[]> => {
    try {
      return ((await api<Rectification>(`${task(id)}/rectifications`, { signal })).items ?? []) as RectificationItem[];
    } catch (e) {
      if (e instanceof ProblemError && e.status === 404) return [];
      throw e;
    }
  },
  createRectifications: (id: string, items: { findingRef: string; itemId?: string; description: string; deadline: string }[]) =>
    post(`${task(id)}/rectifications`, { items }),
  respondRectification: (id: string, itemId: string, text: string, evidenceIds: string[]) =>
    post(`${task(id)}/rectifications/${encodeURIComponent(itemId)}/response`, { text, evidenceIds }),
  reviewRectification: (id: string, itemId: string, accept: boolean, comment: string) =>
    post(`${task(id)}/rectifications/${encodeURIComponent(itemId)}/review`, { accept, comment }),
  /** 一公开: `organiser` is 检查实施机关 as published (the bureau's own name). */
  publish: (id: string, organiser: string) => post(`${task(id)}/publication`, { organiser }),

  // scoring-service: one official sheet per task (a second create is 409 sheet-exists)
  findOfficialSheet: async (inspectionId: string, signal?: AbortSignal): Promise<string | undefined> =>
    (await api<SheetSummary[]>('/api/scoring/sheets', { query: { inspectionId, mode: 'OFFICIAL' }, signal }))[0]?.id,
  createOfficialSheet: (inspectionId: string) => post<Sheet>('/api/scoring/sheets', { inspectionId, mode: 'OFFICIAL' }),
  sheet: (sheetId: string, signal?: AbortSignal) => api<Sheet>(`/api/scoring/sheets/${encodeURIComponent(sheetId)}`, { signal }),
  /** 409 when `version` is not the item's current version */
  answer: (sheetId: string, itemId: string, body: AnswerItemRequest) =>
    api<SheetItem>(`/api/scoring/sheets/${encodeURIComponent(sheetId)}/items/${encodeURIComponent(itemId)}`, { method: 'PUT', body }),
  /** 422 items-unanswered lists the items */
  submitSheet: (sheetId: string, version?: number) => post<Sheet>(`/api/scoring/sheets/${encodeURIComponent(sheetId)}/submit`, { version }),
  template: (templateId: string, version: number, signal?: AbortSignal) =>
    api<Template>(`/api/scoring/templates/${encodeURIComponent(templateId)}/versions/${version}`, { signal }),

  // evidence-service
  evidence: (taskId: string, signal?: AbortSignal) => api<InspectionEvidence>(`/api/evidence/inspections/${encodeURIComponent(taskId)}`, { signal }),
  uploadEvidence: (taskId: string, kind: EvidenceKind, file: File, onProgress: (percent: number) => void) => {
    const form = new FormData();
    form.append('kind', kind);
    form.append('file', file);
    return upload<EvidenceRecord>(`/api/evidence/inspections/${encodeURIComponent(taskId)}/files`, form, onProgress);
  },
  /** a 320 px JPEG (bytes, so fetched with the token, see blob.ts); 404 thumbnail-unavailable for non-images */
  thumbnailPath: (evidenceId: string) => `/api/evidence/${encodeURIComponent(evidenceId)}/thumbnail`,
};
