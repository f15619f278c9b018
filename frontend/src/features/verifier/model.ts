// The public draw record (GET /api/public/inspections/plans/{id}/draw) as the verifier reads it.
// `inputs` is typed loosely by the OpenAPI document (a free JSON tree); ADR 0401 step 1 fixes its shape
// for shuangsuiji-draw/1, ADR 0405 for /2 (people under `ref`, inspectors `certified`, `secretHash`).
import type { components } from '../../api/generated/inspection-service';
import type { Json } from './canonical';

export type DrawRecord = components['schemas']['DrawView'];
export type MemberKind = 'INSPECTOR' | 'EXPERT';

export interface PoolAgency {
  id: string;
  name?: string;
  creditCode?: string;
  regionCode: string;
  categories?: string[];
}
export interface PoolInspector {
  /** /1 */
  id?: string;
  /** /2 */
  ref?: string;
  name?: string;
  /** /1 */
  lawEnforcementCertNo?: string;
  /** /2 */
  certified?: boolean;
  regionCode: string;
}
export interface PoolExpert {
  id?: string;
  ref?: string;
  name?: string;
  regionCode?: string;
  specialities?: string[];
}
export interface PersonAgencyPair {
  personKind: MemberKind;
  /** /1 */
  personId?: string;
  /** /2 */
  ref?: string;
  agencyId: string;
}
export interface DrawRules {
  scopeRegion?: string;
  categories?: string[];
  sampling: { mode: 'ALL' | 'RATE' | 'COUNT'; value?: number };
  floorPercent?: number;
  weights?: { agencyId: string; weight: number; reason?: string }[];
  inspectorsPerTeam: number;
  expertRequired?: boolean;
  excludeSameCounty?: boolean;
  excludeInspectedLastYear?: boolean;
  maxInspectionsPerPerson?: number;
}
export interface DrawInputs {
  algorithm: string;
  /** /2: SHA-256 (hex) of the server's secret, committed before the seed */
  secretHash?: string;
  plan: { id: string; year: number; region: string };
  rules: DrawRules;
  pool: {
    agencies?: PoolAgency[];
    inspectors?: PoolInspector[];
    experts?: PoolExpert[];
    conflicts?: PersonAgencyPair[];
    priorInspections?: PersonAgencyPair[];
  };
}

/** The inputs of a record as the verifier's typed view; the raw tree is what gets hashed. */
export function inputsOf(record: DrawRecord): { raw: Json; typed: DrawInputs } {
  const raw = (record.inputs ?? {}) as Json;
  return { raw, typed: raw as unknown as DrawInputs };
}
