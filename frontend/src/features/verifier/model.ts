// The public draw record (GET /api/public/inspections/plans/{id}/draw) as the verifier reads it.
// `inputs` is typed loosely by the OpenAPI document (a free JSON tree); ADR 0401 step 1 fixes its shape.
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
  id: string;
  name?: string;
  lawEnforcementCertNo?: string;
  regionCode: string;
}
export interface PoolExpert {
  id: string;
  name?: string;
  regionCode?: string;
  specialities?: string[];
}
export interface PersonAgencyPair {
  personKind: MemberKind;
  personId: string;
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
