// Names for the schemas the pages use, all from the generated OpenAPI types (src/api/generated).
import type { components as Registry } from './generated/registry-service';
import type { components as Inspection } from './generated/inspection-service';
import type { components as Scoring } from './generated/scoring-service';

export type AgencySummary = Registry['schemas']['Summary'];
export type AgencyPage = Registry['schemas']['PageResponseSummary'];
export type AgencyDetail = Registry['schemas']['AgencyResponse'];
export type PublicAgency = Registry['schemas']['PublicEntry'];
export type PublicAgencyPage = Registry['schemas']['PageResponsePublicEntry'];
export type Appraiser = Registry['schemas']['AppraiserResponse'];
export type AppraiserPage = Registry['schemas']['PageResponseAppraiserResponse'];
export type Inspector = Registry['schemas']['InspectorResponse'];
export type InspectorPage = Registry['schemas']['PageResponseInspectorResponse'];
export type Expert = Registry['schemas']['ExpertResponse'];
export type ExpertPage = Registry['schemas']['PageResponseExpertResponse'];
export type Conflict = Registry['schemas']['ConflictResponse'];
export type ImportReport = Registry['schemas']['ImportReport'];
export type Region = Registry['schemas']['RegionResponse'];

export type Plan = Inspection['schemas']['PlanResponse'];
export type PlanRequest = Inspection['schemas']['PlanRequest'];
export type DrawView = Inspection['schemas']['DrawView'];
export type DrawVerification = Inspection['schemas']['VerificationView'];
export type ReplacementRequest = Inspection['schemas']['ReplacementRequest'];
export type Task = Inspection['schemas']['TaskResponse'];
export type ScheduleRequest = Inspection['schemas']['ScheduleRequest'];

export type Dashboard = Scoring['schemas']['Dashboard'];
export type TemplateSummary = Scoring['schemas']['TemplateSummary'];
export type Template = Scoring['schemas']['TemplateResponse'];
