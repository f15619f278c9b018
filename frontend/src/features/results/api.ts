// The province's review queue and the published results (ADR 0404 follow-up endpoints of
// inspection-service), in one place so their URLs and bodies change here only.
import { api } from '../../api/client';
import type { PublishedResult, ReviewCase, ReviewDecision } from '../../api/types';
import { listOf } from '../onsite/api';

export const resultsApi = {
  reviews: async (status: 'PENDING' | 'CONFIRMED' | 'AMENDED' = 'PENDING', signal?: AbortSignal) =>
    listOf<ReviewCase>(await api('/api/inspections/reviews', { query: { status }, signal })),
  decide: (taskId: string, decision: ReviewDecision) =>
    api(`/api/inspections/reviews/${encodeURIComponent(taskId)}/decision`, { method: 'POST', body: decision }),
  /** public, no token */
  published: async (filter: { plan?: string; region?: string }, signal?: AbortSignal) =>
    listOf<PublishedResult>(await api('/api/public/inspections/results', { query: filter, signal, anonymous: true })),
};
