// Re-runs a published draw record step by step (ADR 0401, and ADR 0405 for shuangsuiji-draw/2) and says
// OK or MISMATCH for each step.
import { ALGORITHM_V2, ALGORITHMS, DrawAlgorithm, find, type Assignment } from './algorithm';
import { commitmentOf } from './canonical';
import { inputsOf, type DrawRecord } from './model';
import { hex, hmacSha256, sha256, utf8Bytes } from './sha256';

export type StepKind = 'algorithm' | 'commitment' | 'secret' | 'sampleSize' | 'agencies' | 'team' | 'replacement' | 'current';

export interface VerificationStep {
  kind: StepKind;
  /** agency id for team steps, sequence number for replacements */
  subject?: string;
  ok: boolean;
  expected?: string;
  actual?: string;
}

export interface Verification {
  steps: VerificationStep[];
  verified: boolean;
}

type Member = { kind?: string; personId?: string; ref?: string };
const show = (list: string[]) => list.join(', ');
const HEX64 = /^[0-9a-f]{64}$/;

function bytesOfHex(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(text.slice(2 * i, 2 * i + 2), 16);
  return bytes;
}

export function verifyDraw(record: DrawRecord): Verification {
  const steps: VerificationStep[] = [];
  const step = (s: VerificationStep) => steps.push(s);
  const { raw, typed } = inputsOf(record);

  const algorithm = record.algorithm ?? '';
  step({ kind: 'algorithm', ok: ALGORITHMS.includes(algorithm) && typed.algorithm === algorithm, expected: ALGORITHMS.join(' | '), actual: algorithm });
  // /1 names people by registry id, /2 by ref (ADR 0405)
  const v2 = typed.algorithm === ALGORITHM_V2;
  const members = (team: Member[] | undefined): string[] => (team ?? []).map((m) => `${m.kind}:${v2 ? m.ref : m.personId}`);

  let recomputed = '';
  try {
    recomputed = commitmentOf(raw);
  } catch (e) {
    recomputed = `(${(e as Error).message})`;
  }
  step({ kind: 'commitment', ok: recomputed === record.commitment, expected: record.commitment, actual: recomputed });

  const seed = record.seed?.value;
  if (!seed || !record.result) return done(steps);
  const engine = new DrawAlgorithm(typed, record.commitment ?? '');

  // /1: the stream key is the seed; /2: HMAC-SHA256(secret, seed), the secret checked against its committed hash
  let drawKey = utf8Bytes(seed);
  if (v2) {
    const secret = record.secret ?? '';
    const actual = HEX64.test(secret) ? hex(sha256(bytesOfHex(secret))) : '(no secret of 64 hex digits)';
    step({ kind: 'secret', ok: actual === typed.secretHash, expected: typed.secretHash, actual });
    drawKey = hmacSha256(HEX64.test(secret) ? bytesOfHex(secret) : new Uint8Array(1))(utf8Bytes(seed));
  }

  try {
    const size = engine.sampleSize();
    const r = record.result;
    const recorded = `${r.poolSize}/${r.sampleSize}/${r.floorApplied}`;
    const computed = `${size.poolSize}/${size.sampleSize}/${size.floorApplied}`;
    step({ kind: 'sampleSize', ok: recorded === computed, expected: recorded, actual: computed });
  } catch (e) {
    step({ kind: 'sampleSize', ok: false, actual: (e as Error).message });
    return done(steps);
  }

  let drawn: Assignment[];
  try {
    drawn = engine.draw(drawKey);
  } catch (e) {
    step({ kind: 'agencies', ok: false, expected: show((record.result.agencies ?? []).map((a) => a.agencyId ?? '')), actual: (e as Error).message });
    return done(steps);
  }
  const recordedAgencies = (record.result.agencies ?? []).map((a) => a.agencyId ?? '');
  step({ kind: 'agencies', ok: show(recordedAgencies) === show(drawn.map((d) => d.agencyId)), expected: show(recordedAgencies), actual: show(drawn.map((d) => d.agencyId)) });
  for (const recordedAgency of record.result.agencies ?? []) {
    const id = recordedAgency.agencyId ?? '';
    const mine = drawn.find((d) => d.agencyId === id);
    const expected = show(members(recordedAgency.team));
    step({ kind: 'team', subject: id, ok: mine !== undefined && show(mine.team) === expected, expected, actual: mine ? show(mine.team) : '—' });
  }

  // Each replacement is re-run on the state the record itself reached before it (ADR 0401 step 7).
  let state: Assignment[] = (record.result.agencies ?? []).map((a) => ({ agencyId: a.agencyId ?? '', team: members(a.team) }));
  const exclusions = new Set<string>();
  const withdrawn = new Set<string>();
  for (const event of [...(record.replacements ?? [])].sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0))) {
    const seq = event.seq ?? 0;
    const agencyId = event.agencyId ?? '';
    // /1: the event's own seed; /2: no seed, the draw key
    const eventKey = v2 ? drawKey : utf8Bytes(event.seed?.value ?? '');
    try {
      if (event.type === 'PERSON') {
        const leaving = members(event.leaving ? [event.leaving] : [])[0] ?? '';
        const expected = show(members(event.substitutes));
        const actual = show(engine.replacePerson(state, exclusions, seq, agencyId, leaving, eventKey));
        step({ kind: 'replacement', subject: String(seq), ok: expected === actual, expected, actual });
      } else {
        const expected = `${event.substitute?.agencyId}: ${show(members(event.substitute?.team))}`;
        const sub = engine.replaceAgency(state.map((d) => ({ ...d, team: [...d.team] })), exclusions, withdrawn, seq, agencyId, eventKey);
        const actual = `${sub.agencyId}: ${show(sub.team)}`;
        step({ kind: 'replacement', subject: String(seq), ok: expected === actual, expected, actual });
      }
    } catch (e) {
      step({ kind: 'replacement', subject: String(seq), ok: false, actual: (e as Error).message });
    }
    state = applyRecorded(state, exclusions, withdrawn, event, members);
  }

  if (record.current) {
    const expected = show(state.map((d) => `${d.agencyId}[${show(d.team)}]`));
    const actual = show((record.current.agencies ?? []).map((a) => `${a.agencyId}[${show(members(a.team))}]`));
    step({ kind: 'current', ok: expected === actual, expected, actual });
  }
  return done(steps);
}

function applyRecorded(
  state: Assignment[],
  exclusions: Set<string>,
  withdrawn: Set<string>,
  event: NonNullable<DrawRecord['replacements']>[number],
  members: (team: Member[] | undefined) => string[],
): Assignment[] {
  const agencyId = event.agencyId ?? '';
  const next = state.map((d) => ({ ...d, team: [...d.team] }));
  if (event.type === 'PERSON') {
    const leaving = members(event.leaving ? [event.leaving] : [])[0] ?? '';
    try {
      const target = find(next, agencyId);
      target.team = target.team.filter((m) => m !== leaving).concat(members(event.substitutes));
    } catch {
      // a record that names an agency not drawn: the replacement step already says MISMATCH
    }
    exclusions.add(`${leaving}@${agencyId}`);
    return next;
  }
  withdrawn.add(agencyId);
  return next
    .filter((d) => d.agencyId !== agencyId)
    .concat(event.substitute ? [{ agencyId: event.substitute.agencyId ?? '', team: members(event.substitute.team) }] : []);
}

function done(steps: VerificationStep[]): Verification {
  return { steps, verified: steps.length > 0 && steps.every((s) => s.ok) && steps.some((s) => s.kind === 'agencies') };
}
