// ADR 0401 "shuangsuiji-draw/1" and ADR 0405 "shuangsuiji-draw/2", steps 4 to 7, written from the ADRs'
// text. Team members are keys "KIND:personId" (/1) or "KIND:ref" (/2); loads count teams per member key.
// The streams take the draw key as bytes: the caller derives it (verify.ts).
import { RandomStream } from './stream';
import type { DrawInputs, PoolAgency, PoolExpert, PoolInspector, PersonAgencyPair } from './model';

export const ALGORITHM_V1 = 'shuangsuiji-draw/1';
export const ALGORITHM_V2 = 'shuangsuiji-draw/2';
export const ALGORITHMS = [ALGORITHM_V1, ALGORITHM_V2];

/** The id the algorithm orders and names a person by: the registry id in /1, the ref in /2. */
const personOf = (p: PoolInspector | PoolExpert) => p.ref ?? p.id ?? '';
const pairPerson = (p: PersonAgencyPair) => p.ref ?? p.personId ?? '';

export interface Assignment {
  agencyId: string;
  team: string[];
}

export class DrawRefused extends Error {}

const key = (kind: string, id: string) => `${kind}:${id}`;
const pair = (member: string, agencyId: string) => `${member}@${agencyId}`;

export class DrawAlgorithm {
  readonly agencies: PoolAgency[];
  private readonly agencyById = new Map<string, PoolAgency>();
  private readonly expertById = new Map<string, PoolExpert>();
  private readonly conflicts = new Set<string>();
  private readonly prior = new Set<string>();
  private readonly weights = new Map<string, number>();
  private readonly v2: boolean;

  constructor(
    private readonly inputs: DrawInputs,
    private readonly commitment: string,
  ) {
    const pool = inputs.pool;
    this.agencies = pool.agencies ?? [];
    this.agencies.forEach((a) => this.agencyById.set(a.id, a));
    this.v2 = inputs.algorithm === ALGORITHM_V2;
    (pool.experts ?? []).forEach((e) => this.expertById.set(personOf(e), e));
    (pool.conflicts ?? []).forEach((c) => this.conflicts.add(pair(key(c.personKind, pairPerson(c)), c.agencyId)));
    (pool.priorInspections ?? []).forEach((p) => this.prior.add(pair(key(p.personKind, pairPerson(p)), p.agencyId)));
    (inputs.rules.weights ?? []).forEach((w) => this.weights.set(w.agencyId, w.weight));
  }

  /** Step 4: pool size, requested size and the size drawn. */
  sampleSize(): { poolSize: number; sampleSize: number; floorApplied: boolean } {
    const pool = this.agencies.length;
    if (pool === 0) throw new DrawRefused('draw-pool-empty');
    const { mode, value = 0 } = this.inputs.rules.sampling;
    const floor = Math.ceil((pool * 5) / 100);
    const requested = mode === 'RATE' ? Math.ceil((pool * value) / 100) : mode === 'COUNT' ? value : pool;
    return { poolSize: pool, sampleSize: Math.min(pool, Math.max(requested, floor)), floorApplied: requested < floor };
  }

  /** Steps 5 and 6: the agencies in draw order, each with its team. */
  draw(seed: Uint8Array): Assignment[] {
    const { sampleSize } = this.sampleSize();
    const drawn =
      this.inputs.rules.sampling.mode === 'ALL'
        ? this.agencies
        : this.weightedSample(this.agencies, sampleSize, new RandomStream(seed, this.commitment, 'agencies'));
    const loads = new Map<string, number>();
    return drawn.map((agency) => ({
      agencyId: agency.id,
      team: this.staff(agency, loads, new Set(), new RandomStream(seed, this.commitment, `team:${agency.id}`)),
    }));
  }

  /** Step 7, PERSON: the members who join the agency's team. */
  replacePerson(state: Assignment[], exclusions: Set<string>, seq: number, agencyId: string, leaving: string, seed: Uint8Array): string[] {
    const current = find(state, agencyId);
    const loads = loadsOf(state);
    loads.set(leaving, (loads.get(leaving) ?? 0) - 1);
    const excluded = new Set(exclusions);
    excluded.add(pair(leaving, agencyId));
    const remaining = current.team.filter((m) => m !== leaving);
    const stream = new RandomStream(seed, this.commitment, `replacement:${seq}`);
    const agency = this.agency(agencyId);
    if (leaving.startsWith('INSPECTOR:')) return this.pickInspectors(agency, 1, remaining, loads, excluded, stream);
    return this.coverExperts(agency, remaining, loads, excluded, stream);
  }

  /** Step 7, AGENCY: the substitute agency and its team. */
  replaceAgency(state: Assignment[], exclusions: Set<string>, withdrawn: Set<string>, seq: number, agencyId: string, seed: Uint8Array): Assignment {
    const leaving = find(state, agencyId);
    const loads = loadsOf(state);
    leaving.team.forEach((m) => loads.set(m, (loads.get(m) ?? 0) - 1));
    const taken = new Set([...withdrawn, ...state.map((d) => d.agencyId)]);
    const candidates = this.agencies.filter((a) => !taken.has(a.id));
    if (candidates.length === 0) throw new DrawRefused('draw-no-substitute-agency');
    const stream = new RandomStream(seed, this.commitment, `replacement:${seq}`);
    const [substitute] = this.weightedSample(candidates, 1, stream);
    return { agencyId: substitute.id, team: this.staff(substitute, loads, exclusions, stream) };
  }

  private agency(id: string): PoolAgency {
    const agency = this.agencyById.get(id);
    if (!agency) throw new DrawRefused(`agency ${id} is not in the pool`);
    return agency;
  }

  /** Step 5: successive weighted sampling without replacement over candidates in id order. */
  private weightedSample(candidates: PoolAgency[], count: number, stream: RandomStream): PoolAgency[] {
    const remaining = [...candidates];
    const weights = remaining.map((a) => this.weights.get(a.id) ?? 1);
    let total = weights.reduce((s, w) => s + w, 0);
    const picked: PoolAgency[] = [];
    for (let i = 0; i < count; i++) {
      const r = stream.below(total);
      let index = 0;
      let running = weights[0];
      while (running <= r) running += weights[++index];
      picked.push(remaining.splice(index, 1)[0]);
      total -= weights.splice(index, 1)[0];
    }
    return picked;
  }

  private staff(agency: PoolAgency, loads: Map<string, number>, exclusions: Set<string>, stream: RandomStream): string[] {
    const team = this.pickInspectors(agency, this.inputs.rules.inspectorsPerTeam, [], loads, exclusions, stream);
    if (this.inputs.rules.expertRequired) team.push(...this.coverExperts(agency, team, loads, exclusions, stream));
    return team;
  }

  private optionsAllow(member: string, agencyId: string, loads: Map<string, number>): boolean {
    const rules = this.inputs.rules;
    if (rules.excludeInspectedLastYear && this.prior.has(pair(member, agencyId))) return false;
    return rules.maxInspectionsPerPerson == null || (loads.get(member) ?? 0) < rules.maxInspectionsPerPerson;
  }

  private pickInspectors(agency: PoolAgency, needed: number, onTeam: string[], loads: Map<string, number>, exclusions: Set<string>, stream: RandomStream): string[] {
    const sameCounty = this.inputs.rules.excludeSameCounty === true;
    const eligible = (this.inputs.pool.inspectors ?? [])
      .filter((p) => {
        const member = key('INSPECTOR', personOf(p));
        return (
          !onTeam.includes(member) &&
          (this.v2 ? p.certified === true : (p.lawEnforcementCertNo ?? '') !== '') &&
          !this.conflicts.has(pair(member, agency.id)) &&
          !exclusions.has(pair(member, agency.id)) &&
          !(sameCounty && !p.regionCode.endsWith('00') && p.regionCode === agency.regionCode) &&
          this.optionsAllow(member, agency.id, loads)
        );
      })
      .map((p) => key('INSPECTOR', personOf(p)));
    if (eligible.length < needed) throw new DrawRefused(`draw-staffing-impossible: ${agency.id} (inspectors)`);
    const picked: string[] = [];
    for (let i = 0; i < needed; i++) {
      const chosen = leastLoaded(eligible, loads, stream);
      eligible.splice(eligible.indexOf(chosen), 1);
      loads.set(chosen, (loads.get(chosen) ?? 0) + 1);
      picked.push(chosen);
    }
    return picked;
  }

  private coverExperts(agency: PoolAgency, onTeam: string[], loads: Map<string, number>, exclusions: Set<string>, stream: RandomStream): string[] {
    const covered = new Set<string>();
    const team = [...onTeam];
    for (const member of onTeam) {
      if (member.startsWith('EXPERT:')) this.expertById.get(member.slice(7))?.specialities?.forEach((s) => covered.add(s));
    }
    const scope = this.inputs.rules.categories ?? [];
    const picked: string[] = [];
    for (const category of agency.categories ?? []) {
      if ((scope.length === 0 || scope.includes(category)) && !covered.has(category)) {
        const chosen = this.pickExpert(agency, category, team, loads, exclusions, stream);
        this.expertById.get(chosen.slice(7))?.specialities?.forEach((s) => covered.add(s));
        team.push(chosen);
        picked.push(chosen);
      }
    }
    if (!team.some((m) => m.startsWith('EXPERT:'))) picked.push(this.pickExpert(agency, null, team, loads, exclusions, stream));
    return picked;
  }

  private pickExpert(agency: PoolAgency, category: string | null, team: string[], loads: Map<string, number>, exclusions: Set<string>, stream: RandomStream): string {
    const eligible = (this.inputs.pool.experts ?? [])
      .filter((e) => {
        const member = key('EXPERT', personOf(e));
        return (
          !team.includes(member) &&
          (category === null || (e.specialities ?? []).includes(category)) &&
          !this.conflicts.has(pair(member, agency.id)) &&
          !exclusions.has(pair(member, agency.id)) &&
          this.optionsAllow(member, agency.id, loads)
        );
      })
      .map((e) => key('EXPERT', personOf(e)));
    if (eligible.length === 0) throw new DrawRefused(`draw-staffing-impossible: ${agency.id} (expert ${category ?? 'any'})`);
    const chosen = leastLoaded(eligible, loads, stream);
    loads.set(chosen, (loads.get(chosen) ?? 0) + 1);
    return chosen;
  }
}

function leastLoaded(candidates: string[], loads: Map<string, number>, stream: RandomStream): string {
  const min = Math.min(...candidates.map((c) => loads.get(c) ?? 0));
  const ties = candidates.filter((c) => (loads.get(c) ?? 0) === min);
  return ties[stream.below(ties.length)];
}

export function find(state: Assignment[], agencyId: string): Assignment {
  const found = state.find((d) => d.agencyId === agencyId);
  if (!found) throw new DrawRefused(`agency ${agencyId} is not drawn`);
  return found;
}

export function loadsOf(state: Assignment[]): Map<string, number> {
  const loads = new Map<string, number>();
  state.forEach((d) => d.team.forEach((m) => loads.set(m, (loads.get(m) ?? 0) + 1)));
  return loads;
}
