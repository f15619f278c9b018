// Photos taken without a connection stay on the device (IndexedDB) with their task and kind, and are
// uploaded when the browser is back online. A photo the server refuses (4xx) stays too, with the problem,
// until the inspector uploads it again or discards it: nothing is dropped without someone deciding so.
// Each photo remembers who took it and is only ever sent with that user's token.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ProblemError } from '../../api/client';
import type { EvidenceKind, EvidenceRecord } from '../../api/types';
import { isNetworkFailure } from './answerQueue';

export interface KeptPhoto {
  id: string;
  taskId: string;
  kind: EvidenceKind;
  /** the username of whoever took it: only their session sends it */
  takenBy: string;
  file: File;
  keptAt: string;
  /** the server's refusal (4xx), shown until the photo is sent again or discarded */
  refused?: { status: number; title: string; detail?: string };
}

/** Where kept photos live: IndexedDB in the browser, a Map in tests. */
export interface PhotoStore {
  list(): Promise<KeptPhoto[]>;
  put(photo: KeptPhoto): Promise<void>;
  remove(id: string): Promise<void>;
}

export function memoryPhotoStore(): PhotoStore {
  const photos = new Map<string, KeptPhoto>();
  return {
    list: async () => [...photos.values()].sort((a, b) => a.keptAt.localeCompare(b.keptAt)),
    put: async (p) => void photos.set(p.id, p),
    remove: async (id) => void photos.delete(id),
  };
}

const DB = 'shuangsuiji-onsite';
const STORE = 'photos';

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

export function indexedDbPhotoStore(factory: IDBFactory = indexedDB): PhotoStore {
  let db: Promise<IDBDatabase> | undefined;
  const open = () =>
    (db ??= new Promise<IDBDatabase>((resolve, reject) => {
      const r = factory.open(DB, 1);
      r.onupgradeneeded = () => r.result.createObjectStore(STORE, { keyPath: 'id' });
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    }));
  const store = async (mode: IDBTransactionMode) => (await open()).transaction(STORE, mode).objectStore(STORE);
  return {
    list: async () => ((await request((await store('readonly')).getAll())) as KeptPhoto[]).sort((a, b) => a.keptAt.localeCompare(b.keptAt)),
    put: async (p) => void (await request((await store('readwrite')).put(p))),
    remove: async (id) => void (await request((await store('readwrite')).delete(id))),
  };
}

let defaultStore: PhotoStore | undefined;
/** IndexedDB where the browser has it; otherwise (old browsers, private modes that refuse it) memory only. */
export function photoStore(): PhotoStore {
  return (defaultStore ??= typeof indexedDB !== 'undefined' ? indexedDbPhotoStore() : memoryPhotoStore());
}

export type UploadPhoto = (taskId: string, kind: EvidenceKind, file: File, onProgress: (percent: number) => void) => Promise<EvidenceRecord>;

export interface SendResult {
  uploaded: { photo: KeptPhoto; record: EvidenceRecord }[];
  refused: KeptPhoto[];
  /** stopped at a network failure or a server error (5xx): the rest waits for the next try */
  stopped: boolean;
}

export function keepPhoto(store: PhotoStore, taskId: string, kind: EvidenceKind, takenBy: string, file: File, now: Date = new Date()): Promise<KeptPhoto> {
  const photo: KeptPhoto = { id: `${now.getTime()}-${Math.random().toString(36).slice(2, 10)}`, taskId, kind, takenBy, file, keptAt: now.toISOString() };
  return store.put(photo).then(() => photo);
}

/**
 * Uploads the kept photos of one task taken by `user`, oldest first. Uploaded ones leave the store; a 4xx
 * keeps the photo with the problem (not retried by itself); a network failure or 5xx stops the round.
 * Photos already refused are only sent again when `retry` names them.
 */
export async function sendKeptPhotos(
  store: PhotoStore,
  taskId: string,
  user: string,
  upload: UploadPhoto,
  onProgress: (photoId: string, percent: number) => void,
  retry: string[] = [],
): Promise<SendResult> {
  const result: SendResult = { uploaded: [], refused: [], stopped: false };
  const due = (await store.list()).filter((p) => p.taskId === taskId && p.takenBy === user && (!p.refused || retry.includes(p.id)));
  for (const photo of due) {
    try {
      const record = await upload(photo.taskId, photo.kind, photo.file, (percent) => onProgress(photo.id, percent));
      await store.remove(photo.id);
      result.uploaded.push({ photo, record });
    } catch (e) {
      if (isNetworkFailure(e) || (e instanceof ProblemError && e.status >= 500)) {
        result.stopped = true;
        break;
      }
      const p = e instanceof ProblemError ? e : undefined;
      const refused = { ...photo, refused: { status: p?.status ?? 0, title: p?.title ?? (e as Error).message, detail: p?.detail } };
      await store.put(refused);
      result.refused.push(refused);
    }
  }
  return result;
}

export interface PhotoQueue {
  /** this user's kept photos of the task */
  kept: KeptPhoto[];
  /** upload progress of the photo being sent */
  sending?: { id: string; percent: number };
  /** network or server failure of the last round (the photos stay) */
  error?: Error;
  keep: (kind: EvidenceKind, file: File) => Promise<void>;
  send: (retry?: string[]) => Promise<void>;
  discard: (id: string) => Promise<void>;
}

/** The kept photos of one task as React state; sent on mount and whenever the browser comes back online. */
export function usePhotoQueue(taskId: string, user: string | undefined, upload: UploadPhoto, onUploaded: (record: EvidenceRecord) => void, store: PhotoStore = photoStore()): PhotoQueue {
  const [kept, setKept] = useState<KeptPhoto[]>([]);
  const [sending, setSending] = useState<{ id: string; percent: number }>();
  const [error, setError] = useState<Error>();
  const busy = useRef(false);
  const uploaded = useRef(onUploaded);
  uploaded.current = onUploaded;

  const refresh = useCallback(async () => {
    setKept(user ? (await store.list()).filter((p) => p.taskId === taskId && p.takenBy === user) : []);
  }, [store, taskId, user]);

  const send = useCallback(async (retry: string[] = []) => {
    if (!user || busy.current) return;
    busy.current = true;
    setError(undefined);
    try {
      const r = await sendKeptPhotos(store, taskId, user, upload, (id, percent) => setSending({ id, percent }), retry);
      r.uploaded.forEach((u) => uploaded.current(u.record));
      if (r.stopped && navigator.onLine) setError(new Error('upload interrupted'));
    } catch (e) {
      setError(e as Error);
    } finally {
      busy.current = false;
      setSending(undefined);
      await refresh();
    }
  }, [store, taskId, user, upload, refresh]);

  useEffect(() => {
    void refresh().then(() => (navigator.onLine ? send() : undefined));
    const online = () => void send();
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, [refresh, send]);

  const keep = useCallback(async (kind: EvidenceKind, file: File) => {
    if (!user) return;
    await keepPhoto(store, taskId, kind, user, file);
    await refresh();
  }, [store, taskId, user, refresh]);

  const discard = useCallback(async (id: string) => {
    await store.remove(id);
    await refresh();
  }, [store, refresh]);

  return { kept, sending, error, keep, send, discard };
}
