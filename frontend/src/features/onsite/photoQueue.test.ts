import { describe, expect, it } from 'vitest';
import { problemFrom } from '../../api/client';
import type { EvidenceKind } from '../../api/types';
import { keepPhoto, memoryPhotoStore, sendKeptPhotos, type UploadPhoto } from './photoQueue';

const photo = (name: string) => new File([new Uint8Array([0xff, 0xd8, 0xff])], name, { type: 'image/jpeg' });

describe('photos kept on the device', () => {
  it('uploads the photos taken offline with their kind, oldest first, with progress, and removes them once stored', async () => {
    const store = memoryPhotoStore();
    await keepPhoto(store, 't1', 'GATE_PHOTO', 'inspector-1', photo('gate.jpg'), new Date('2025-06-03T09:00:00Z'));
    await keepPhoto(store, 't1', 'MEETING_PHOTO', 'inspector-1', photo('meeting.jpg'), new Date('2025-06-03T09:05:00Z'));
    const sent: [string, EvidenceKind, string][] = [];
    const progress: number[] = [];
    const upload: UploadPhoto = async (taskId, kind, file, onProgress) => {
      sent.push([taskId, kind, file.name]);
      onProgress(50);
      onProgress(100);
      return { id: `e-${file.name}`, kind };
    };
    const r = await sendKeptPhotos(store, 't1', 'inspector-1', upload, (_, p) => progress.push(p));
    expect(sent).toEqual([['t1', 'GATE_PHOTO', 'gate.jpg'], ['t1', 'MEETING_PHOTO', 'meeting.jpg']]);
    expect(r.uploaded.map((u) => u.record.id)).toEqual(['e-gate.jpg', 'e-meeting.jpg']);
    expect(progress).toEqual([50, 100, 50, 100]);
    expect(await store.list()).toEqual([]);
  });

  it('keeps every photo when the network is still down, and stops at the first failure', async () => {
    const store = memoryPhotoStore();
    await keepPhoto(store, 't1', 'GATE_PHOTO', 'inspector-1', photo('a.jpg'));
    await keepPhoto(store, 't1', 'PROCESS_PHOTO', 'inspector-1', photo('b.jpg'));
    let calls = 0;
    const r = await sendKeptPhotos(store, 't1', 'inspector-1', async () => {
      calls++;
      throw problemFrom(0, { title: 'network error' });
    }, () => {});
    expect(r.stopped).toBe(true);
    expect(calls).toBe(1);
    expect((await store.list()).map((p) => p.file.name)).toEqual(['a.jpg', 'b.jpg']);
  });

  it('keeps a refused photo with its problem, sends it again only on request, and never drops it by itself', async () => {
    const store = memoryPhotoStore();
    const kept = await keepPhoto(store, 't1', 'GATE_PHOTO', 'inspector-1', photo('big.jpg'));
    const refuse: UploadPhoto = async () => {
      throw problemFrom(413, { title: 'Payload too large', detail: 'at most 25 MB' });
    };
    const r = await sendKeptPhotos(store, 't1', 'inspector-1', refuse, () => {});
    expect(r.refused).toHaveLength(1);
    expect((await store.list())[0].refused).toEqual({ status: 413, title: 'Payload too large', detail: 'at most 25 MB' });

    let calls = 0;
    const ok: UploadPhoto = async (_, kind) => {
      calls++;
      return { id: 'e1', kind };
    };
    await sendKeptPhotos(store, 't1', 'inspector-1', ok, () => {});
    expect(calls).toBe(0);
    expect(await store.list()).toHaveLength(1);
    await sendKeptPhotos(store, 't1', 'inspector-1', ok, () => {}, [kept.id]);
    expect(calls).toBe(1);
    expect(await store.list()).toEqual([]);
  });

  it('sends only the photos of the task being opened and of the user who took them', async () => {
    const store = memoryPhotoStore();
    await keepPhoto(store, 't1', 'GATE_PHOTO', 'inspector-1', photo('mine.jpg'));
    await keepPhoto(store, 't1', 'GATE_PHOTO', 'inspector-2', photo('theirs.jpg'));
    await keepPhoto(store, 't2', 'GATE_PHOTO', 'inspector-1', photo('other-task.jpg'));
    const names: string[] = [];
    await sendKeptPhotos(store, 't1', 'inspector-1', async (_, kind, file) => {
      names.push(file.name);
      return { id: file.name, kind };
    }, () => {});
    expect(names).toEqual(['mine.jpg']);
    expect((await store.list()).map((p) => p.file.name).sort()).toEqual(['other-task.jpg', 'theirs.jpg']);
  });
});
