// Checklist answers that could not be sent (no connection) wait in localStorage, one per item (the latest
// edit wins, still carrying the item version it was made on), and go out when the browser is back online.
// A queued answer whose item changed meanwhile comes back as a conflict, never overwrites silently.
import { useCallback, useEffect, useState } from 'react';
import { ProblemError } from '../../api/client';
import type { AnswerItemRequest, SheetItem } from '../../api/types';

export interface QueuedAnswer {
  itemId: string;
  body: AnswerItemRequest;
  queuedAt: string;
}

const key = (sheetId: string) => `shuangsuiji.answers.${sheetId}`;

export function readQueue(sheetId: string): QueuedAnswer[] {
  try {
    const raw = localStorage.getItem(key(sheetId));
    return raw ? (JSON.parse(raw) as QueuedAnswer[]) : [];
  } catch {
    return [];
  }
}

function writeQueue(sheetId: string, queue: QueuedAnswer[]) {
  if (queue.length === 0) localStorage.removeItem(key(sheetId));
  else localStorage.setItem(key(sheetId), JSON.stringify(queue));
}

export function enqueue(sheetId: string, itemId: string, body: AnswerItemRequest, now: Date = new Date()): QueuedAnswer[] {
  const queue = [...readQueue(sheetId).filter((q) => q.itemId !== itemId), { itemId, body, queuedAt: now.toISOString() }];
  writeQueue(sheetId, queue);
  return queue;
}

export function dequeue(sheetId: string, itemId: string): QueuedAnswer[] {
  const queue = readQueue(sheetId).filter((q) => q.itemId !== itemId);
  writeQueue(sheetId, queue);
  return queue;
}

/** No answer from the server at all (offline, DNS, connection reset): worth retrying later. */
export function isNetworkFailure(e: unknown): boolean {
  return e instanceof TypeError || (e instanceof ProblemError && e.status === 0);
}

export interface FlushResult {
  saved: { itemId: string; item: SheetItem }[];
  conflicts: QueuedAnswer[];
  failed: { itemId: string; error: Error }[];
  /** stopped at a network failure: the rest stays queued */
  offline: boolean;
}

export type SendAnswer = (itemId: string, body: AnswerItemRequest) => Promise<SheetItem>;

/** Sends the queue in order. Sent and conflicting answers leave it; other refusals too (shown, not retried). */
export async function flushQueue(sheetId: string, send: SendAnswer): Promise<FlushResult> {
  const result: FlushResult = { saved: [], conflicts: [], failed: [], offline: false };
  for (const q of readQueue(sheetId)) {
    try {
      result.saved.push({ itemId: q.itemId, item: await send(q.itemId, q.body) });
      dequeue(sheetId, q.itemId);
    } catch (e) {
      if (isNetworkFailure(e)) {
        result.offline = true;
        break;
      }
      dequeue(sheetId, q.itemId);
      if (e instanceof ProblemError && e.status === 409) result.conflicts.push(q);
      else result.failed.push({ itemId: q.itemId, error: e as Error });
    }
  }
  return result;
}

export type SaveOutcome = { kind: 'saved'; item: SheetItem } | { kind: 'queued' } | { kind: 'conflict' } | { kind: 'failed'; error: Error };

/**
 * The queue of one sheet as React state: save() sends or queues, the queue is flushed when the browser
 * comes back online (and once on mount), and `onFlushed` hears what happened to each queued answer.
 */
export function useAnswerQueue(sheetId: string | undefined, send: SendAnswer, onFlushed: (r: FlushResult) => void) {
  const [queued, setQueued] = useState<QueuedAnswer[]>(() => (sheetId ? readQueue(sheetId) : []));

  const flush = useCallback(async () => {
    if (!sheetId || readQueue(sheetId).length === 0) return;
    const result = await flushQueue(sheetId, send);
    setQueued(readQueue(sheetId));
    onFlushed(result);
  }, [sheetId, send, onFlushed]);

  useEffect(() => {
    if (!sheetId) return;
    setQueued(readQueue(sheetId));
    if (navigator.onLine) void flush();
    const online = () => void flush();
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, [sheetId, flush]);

  const save = useCallback(
    async (itemId: string, body: AnswerItemRequest): Promise<SaveOutcome> => {
      if (!sheetId) return { kind: 'failed', error: new Error('no sheet') };
      const queue = () => {
        setQueued(enqueue(sheetId, itemId, body));
        return { kind: 'queued' } as const;
      };
      if (!navigator.onLine) return queue();
      try {
        const item = await send(itemId, body);
        setQueued(dequeue(sheetId, itemId));
        return { kind: 'saved', item };
      } catch (e) {
        if (isNetworkFailure(e)) return queue();
        if (e instanceof ProblemError && e.status === 409) return { kind: 'conflict' };
        return { kind: 'failed', error: e as Error };
      }
    },
    [sheetId, send],
  );

  return { queued, save, flush };
}
