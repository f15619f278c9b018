// The province's review queue and the published results (ADR 0404 follow-up endpoints of
// inspection-service), in one place so their URLs and bodies change here only.
import { api } from '../../api/client';
import type { PublishedResult, ReviewCase, ReviewDecision } from '../../api/types';

export const resultsApi = {
  reviews: (status: 'PENDING' | 'CONFIRMED' | 'AMENDED' = 'PENDING', signal?: AbortSignal) =>
    api<ReviewCase[]>('/api/inspections/reviews', { query: { status }, signal }),
  decide: (taskId: string, decision: ReviewDecision) =>
    api(`/api/inspections/reviews/${encodeURIComponent(taskId)}/decision`, { method: 'POST', body: decision }),
  /** public, no token */
  published: (filter: { plan?: string; region?: string }, signal?: AbortSignal) =>
    api<PublishedResult[]>('/api/public/inspections/results', { query: filter, signal, anonymous: true }),
};
