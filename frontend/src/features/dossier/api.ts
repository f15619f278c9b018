// Every URL and body of the dossier sampling (抽查鉴定档案) of a task, inspection-service `dossier/web`.
import { api, upload } from '../../api/client';
import type { components } from '../../api/generated/inspection-service';

type Schemas = components['schemas'];
export type Dossier = Schemas['DossierResponse'];
export type DossierVerification = Schemas['DossierVerificationResponse'];
export type DossierCheck = Schemas['DossierCheckRequest'];
export type ReviewItem = DossierCheck['item'];
export type RegisterKind = 'commission' | 'material' | 'opinion-issue';

/** The register kinds as the URL names them, in the plan's order (委托登记表, 鉴定材料登记表, 意见书发放表). */
export const REGISTER_KINDS: RegisterKind[] = ['commission', 'material', 'opinion-issue'];
/** What the traceability review of a drawn file checks, every item answered. */
export const REVIEW_ITEMS: ReviewItem[] = ['OPINION_VS_RECORD', 'SIGNATURES', 'SEAL', 'REVIEW_RECORD', 'INTERVENTION_RECORD'];
/** The answer names a register by its enum name (OPINION_ISSUE), the URL by its kebab form. */
export const registerKindOf = (name?: string): RegisterKind | undefined =>
  REGISTER_KINDS.find((k) => k.replace('-', '_').toUpperCase() === name);

const base = (taskId: string) => `/api/inspections/tasks/${encodeURIComponent(taskId)}/dossier`;

export const dossierApi = {
  get: (taskId: string, signal?: AbortSignal) => api<Dossier>(base(taskId), { signal }),
  /** 400 register-rejected with errors [{row, column, reason}]: nothing of the file is stored */
  importRegister: (taskId: string, kind: RegisterKind, file: File, onProgress: (percent: number) => void) => {
    const form = new FormData();
    form.append('file', file);
    return upload<Dossier>(`${base(taskId)}/registers/${kind}`, form, onProgress);
  },
  commit: (taskId: string, body: { coreCategories?: string[]; sampleSize?: number }) =>
    api<Dossier>(`${base(taskId)}/commitment`, { method: 'POST', body }),
  /** 409 dossier-already-drawn; no seed: the server draws one */
  draw: (taskId: string, body: { seed?: string; seedNote?: string }) => api<Dossier>(`${base(taskId)}/draw`, { method: 'POST', body }),
  verify: (taskId: string) => api<DossierVerification>(`${base(taskId)}/verification`),
  review: (taskId: string, caseNumber: string, checks: DossierCheck[]) =>
    api<Dossier>(`${base(taskId)}/files/${encodeURIComponent(caseNumber)}/review`, { method: 'PUT', body: { checks } }),
};
