import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import xinxiang from './__fixtures__/xinxiang-2024-draw.json';
import weighted from './__fixtures__/weighted-experts-replacements-draw.json';
import v2 from './__fixtures__/v2-rate-experts-replacements-draw.json';
import { canonicalJson, commitmentOf } from './canonical';
import type { DrawRecord } from './model';
import { hex, hmacSha256, sha256, utf8Bytes } from './sha256';
import { RandomStream } from './stream';
import { verifyDraw, type StepKind } from './verify';

// Both fixtures are records produced by inspection-service on the local run (GET /api/public/inspections/
// plans/{id}/draw): the demo 新乡 plan (ALL, no experts), and a plan with RATE 30 %, published weights,
// experts, same-county exclusion, a maximum per person and three replacements (inspector, expert, agency).
const records: Record<string, DrawRecord> = { xinxiang: xinxiang as unknown as DrawRecord, weighted: weighted as unknown as DrawRecord };
const copy = (r: DrawRecord): DrawRecord => structuredClone(r);
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

function firstMismatch(record: DrawRecord): { kind: StepKind; subject?: string } | undefined {
  const step = verifyDraw(record).steps.find((s) => !s.ok);
  return step && { kind: step.kind, subject: step.subject };
}

describe('primitives', () => {
  it('SHA-256 and HMAC-SHA256 agree with node:crypto', () => {
    for (const text of ['', 'abc', '新乡'.repeat(50), 'x'.repeat(55), 'x'.repeat(56), 'x'.repeat(64), 'y'.repeat(1000)]) {
      expect(hex(sha256(utf8Bytes(text)))).toBe(createHash('sha256').update(text).digest('hex'));
      for (const k of ['k', 'DEMO-(2024)豫新证字', 'z'.repeat(100)]) {
        expect(hex(hmacSha256(utf8Bytes(k))(utf8Bytes(text)))).toBe(createHmac('sha256', k).update(text).digest('hex'));
      }
    }
  });

  it('canonical JSON sorts keys by UTF-16 code units and escapes only what JCS escapes', () => {
    expect(canonicalJson({ b: 1, a: [true, 'x"\\\n\u0001é'], '\u00e9': 2, Z: {} })).toBe('{"Z":{},"a":[true,"x\\"\\\\\\n\\u0001é"],"b":1,"é":2}');
    expect(() => canonicalJson({ a: 1.5 })).toThrow();
  });

  it('below(n) stays in range and uses rejection only at the top', () => {
    const s = new RandomStream(utf8Bytes('seed'), 'c', 'label');
    for (let i = 0; i < 200; i++) {
      const v = s.below(7);
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(7);
    }
  });
});

describe.each(Object.entries(records))('the service record %s', (_name, record) => {
  it('verifies: every step OK', () => {
    const result = verifyDraw(record);
    expect(result.steps.filter((s) => !s.ok)).toEqual([]);
    expect(result.verified).toBe(true);
  });

  it('a changed seed is a MISMATCH of the drawn agencies or teams, not of the commitment', () => {
    const r = copy(record);
    r.seed = { ...r.seed, value: r.seed!.value + 'x' };
    const result = verifyDraw(r);
    expect(result.verified).toBe(false);
    expect(result.steps.find((s) => s.kind === 'commitment')!.ok).toBe(true);
    expect(['agencies', 'team']).toContain(firstMismatch(r)!.kind);
  });

  it('an edited input is a MISMATCH of the commitment', () => {
    const r = copy(record);
    ((r.inputs as Any).pool.agencies[0] as Any).name = '篡改后的名称';
    expect(firstMismatch(r)).toEqual({ kind: 'commitment', subject: undefined });
  });

  it('a swapped team member is a MISMATCH at that agency', () => {
    const r = copy(record);
    const agency = r.result!.agencies![1];
    const other = (r.inputs as Any).pool.inspectors.find((p: Any) => !agency.team!.some((m) => m.personId === p.id));
    agency.team![0] = { kind: 'INSPECTOR', personId: other.id, name: other.name };
    expect(firstMismatch(r)).toEqual({ kind: 'team', subject: agency.agencyId });
  });

  it('a swapped agency is a MISMATCH of the drawn agencies', () => {
    const r = copy(record);
    const list = r.result!.agencies!;
    [list[0], list[1]] = [list[1], list[0]];
    expect(firstMismatch(r)!.kind).toBe('agencies');
  });
});

describe('the weighted record', () => {
  const record = records.weighted;

  it('has a weighted sample, experts and all three kinds of replacement', () => {
    expect(record.result!.sampleSize).toBeLessThan(record.result!.poolSize!);
    expect(record.replacements!.map((e) => `${e.type}:${e.leaving?.kind ?? ''}`)).toEqual(['PERSON:INSPECTOR', 'PERSON:EXPERT', 'AGENCY:']);
  });

  it('a replaced agency swapped for another is a MISMATCH at that replacement', () => {
    const r = copy(record);
    const event = r.replacements!.find((e) => e.type === 'AGENCY')!;
    const drawnIds = new Set([...r.result!.agencies!.map((a) => a.agencyId), event.substitute!.agencyId]);
    const other = (r.inputs as Any).pool.agencies.find((a: Any) => !drawnIds.has(a.id));
    event.substitute = { ...event.substitute!, agencyId: other.id, agencyName: other.name };
    expect(firstMismatch(r)).toEqual({ kind: 'replacement', subject: String(event.seq) });
  });

  it("a replacement's changed seed is a MISMATCH at that replacement", () => {
    const r = copy(record);
    const event = r.replacements!.find((e) => e.type === 'AGENCY')!;
    event.seed = { ...event.seed, value: 'another seed' };
    expect(firstMismatch(r)).toEqual({ kind: 'replacement', subject: String(event.seq) });
  });

  it('a current assignment that does not follow from the events is a MISMATCH of the current teams', () => {
    const r = copy(record);
    r.current!.agencies!.pop();
    expect(firstMismatch(r)!.kind).toBe('current');
  });

  it('a changed weight changes the commitment', () => {
    const r = copy(record);
    (r.inputs as Any).rules.weights[0].weight = 9;
    expect(commitmentOf(r.inputs as Any)).not.toBe(record.commitment);
    expect(firstMismatch(r)!.kind).toBe('commitment');
  });
});

// Written by inspection-service (VerifyDrawV2ToolTest, DrawView of a shuangsuiji-draw/2 record): RATE 25 %, a
// weight, experts, same-county and last-year exclusions, a maximum per person, three replacements without seeds.
describe('a shuangsuiji-draw/2 record (ADR 0405)', () => {
  const record = v2 as unknown as DrawRecord;

  it('verifies: every step OK, the secret matching its committed hash', () => {
    const result = verifyDraw(record);
    expect(result.steps.filter((s) => !s.ok)).toEqual([]);
    expect(result.steps.find((s) => s.kind === 'secret')!.ok).toBe(true);
    expect(result.verified).toBe(true);
  });

  it('publishes refs, not names, 执法证号 or reasons', () => {
    const text = JSON.stringify(record);
    expect(text).not.toMatch(/lawEnforcementCertNo|personId|"reason"|检查员|专家/);
    expect(record.result!.agencies![0].team![0].ref).toMatch(/^[0-9a-f]{16}$/);
    expect(record.replacements!.every((e) => e.seed === undefined || e.seed === null)).toBe(true);
  });

  it('a secret that is not the committed one is a MISMATCH of the secret', () => {
    const r = copy(record);
    r.secret = '0'.repeat(64);
    expect(firstMismatch(r)).toEqual({ kind: 'secret', subject: undefined });
  });

  it('a changed seed is a MISMATCH of the draw, with commitment and secret OK', () => {
    const r = copy(record);
    r.seed = { ...r.seed, value: r.seed!.value + 'x' };
    const steps = verifyDraw(r).steps;
    expect(steps.find((s) => s.kind === 'commitment')!.ok).toBe(true);
    expect(steps.find((s) => s.kind === 'secret')!.ok).toBe(true);
    expect(['agencies', 'team']).toContain(firstMismatch(r)!.kind);
  });

  it('a replacement that did not follow from the draw key is a MISMATCH at that replacement', () => {
    const r = copy(record);
    const event = r.replacements![0];
    const other = (r.inputs as Any).pool.inspectors.find((p: Any) => p.ref !== event.substitutes![0].ref);
    event.substitutes![0] = { kind: 'INSPECTOR', ref: other.ref };
    expect(firstMismatch(r)).toEqual({ kind: 'replacement', subject: '1' });
  });

  it('a changed ref order in the pool is a MISMATCH of the commitment', () => {
    const r = copy(record);
    const inspectors = (r.inputs as Any).pool.inspectors;
    [inspectors[0], inspectors[1]] = [inspectors[1], inspectors[0]];
    expect(firstMismatch(r)).toEqual({ kind: 'commitment', subject: undefined });
  });

  it('a changed pool entry is a MISMATCH of the commitment', () => {
    const r = copy(record);
    const inspector = (r.inputs as Any).pool.inspectors.find((p: Any) => p.certified);
    inspector.certified = false;
    expect(firstMismatch(r)).toEqual({ kind: 'commitment', subject: undefined });
  });

  it('a swapped team member is a MISMATCH at that agency', () => {
    const r = copy(record);
    const agency = r.result!.agencies![1];
    const other = (r.inputs as Any).pool.inspectors.find((p: Any) => !agency.team!.some((m) => m.ref === p.ref));
    agency.team![0] = { kind: 'INSPECTOR', ref: other.ref };
    expect(firstMismatch(r)).toEqual({ kind: 'team', subject: agency.agencyId });
  });
});
