import { beforeEach, describe, expect, it } from 'vitest';
import { problemFrom } from '../../api/client';
import type { AnswerItemRequest, SheetItem } from '../../api/types';
import { enqueue, flushQueue, readQueue } from './answerQueue';

const answer = (finding: 'A' | 'B' | 'C', version = 1): AnswerItemRequest => ({ version, finding });

describe('the offline answer queue', () => {
  beforeEach(() => localStorage.clear());

  it('keeps one answer per item, the latest edit with the version it was made on, across reloads', () => {
    enqueue('s1', 'i1', answer('A', 3));
    enqueue('s1', 'i2', answer('C'));
    enqueue('s1', 'i1', answer('B', 3));
    expect(readQueue('s1').map((q) => [q.itemId, q.body.finding, q.body.version])).toEqual([['i2', 'C', 1], ['i1', 'B', 3]]);
    expect(readQueue('other')).toEqual([]);
  });

  it('sends the queue when back online and empties it', async () => {
    enqueue('s1', 'i1', answer('A'));
    enqueue('s1', 'i2', answer('B'));
    const sent: string[] = [];
    const result = await flushQueue('s1', async (itemId, body) => {
      sent.push(`${itemId}:${body.finding}`);
      return { itemId, version: 2, answer: { finding: body.finding } } as SheetItem;
    });
    expect(sent).toEqual(['i1:A', 'i2:B']);
    expect(result.saved.map((s) => s.item.version)).toEqual([2, 2]);
    expect(readQueue('s1')).toEqual([]);
  });

  it('stops at a network failure and keeps what was not sent', async () => {
    enqueue('s1', 'i1', answer('A'));
    enqueue('s1', 'i2', answer('B'));
    let calls = 0;
    const result = await flushQueue('s1', async (itemId) => {
      if (++calls === 2) throw new TypeError('Failed to fetch');
      return { itemId, version: 2 } as SheetItem;
    });
    expect(result.offline).toBe(true);
    expect(readQueue('s1').map((q) => q.itemId)).toEqual(['i2']);
  });

  it('reports an item someone else changed meanwhile as a conflict instead of retrying it', async () => {
    enqueue('s1', 'i1', answer('A', 1));
    const result = await flushQueue('s1', async () => {
      throw problemFrom(409, { type: 'urn:shuangsuiji:problem:stale-item', title: 'Conflict' });
    });
    expect(result.conflicts.map((c) => [c.itemId, c.body.finding])).toEqual([['i1', 'A']]);
    expect(readQueue('s1')).toEqual([]);
  });
});
