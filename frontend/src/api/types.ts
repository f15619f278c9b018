// Names for the schemas the pages use, all from the generated OpenAPI types (src/api/generated).
import type { components as Registry } from './generated/registry-service';
import type { components as Inspection } from './generated/inspection-service';
import type { components as Scoring } from './generated/scoring-service';
import type { components as Evidence } from './generated/evidence-service';

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

// ADR 0404 endpoints, hand-written until the OpenAPI snapshots are refreshed. The URLs and bodies that use
// them live in src/features/onsite/api.ts and src/features/results/api.ts.

export type TaskStatus =
  | 'PLANNED' | 'SCHEDULED' | 'CHECKED_IN' | 'CHECKING' | 'FINDINGS_DISCUSSED'
  | 'FACT_SHEET_ISSUED' | 'FACT_SHEET_SIGNED' | 'FACT_SHEET_REFUSED' | 'CLOSED' | 'WITHDRAWN';

export interface TaskStep {
  status: TaskStatus;
  at: string;
  byUserId?: string;
  byName?: string;
  note?: string;
}

/** 事实确认单 as issued by the team, with the agency's answer once given. */
export interface FactSheet {
  categoriesInspected: string[];
  facts?: string[];
  mainFindings?: string[];
  issuedAt?: string;
  issuedByName?: string;
  confirmation?: { signedScanEvidenceId: string; opinion?: string; at?: string; byName?: string };
  refusal?: { reason: string; evidenceIds: string[]; at?: string; byName?: string };
}

export interface TaskSeal {
  evidenceHeadHash?: string;
  sheetResultHash?: string;
  sealedAt?: string;
}

export interface InspectionTask extends Omit<Task, 'status'> {
  status?: TaskStatus;
  steps?: TaskStep[];
  mainFindings?: string[];
  factSheet?: FactSheet;
  seal?: TaskSeal;
  publishedAt?: string;
}

export type TaskRelation = 'TEAM' | 'ORGANISER' | 'BUREAU' | 'AGENCY';

export interface TaskAccess {
  taskId: string;
  planId: string;
  year?: number;
  planRegion?: string;
  agencyId: string;
  agencyName?: string;
  agencyRegion?: string;
  templateId: string;
  templateVersion: number;
  inspectionDate?: string;
  status: TaskStatus;
  team?: { kind: 'INSPECTOR' | 'EXPERT'; personId: string; name?: string }[];
  relation: TaskRelation;
  may: { answer: boolean; uploadTeamEvidence: boolean; uploadAgencyEvidence: boolean; closeEvidence?: boolean };
}

export interface FeedbackRequest {
  hasOpinion: boolean;
  text: string;
  signer: string;
}

export interface Recommendation {
  outcome?: string;
  grade?: string;
  actions?: string[];
  provincialReview?: boolean;
}

export interface FinalConclusion {
  outcome: string;
  reason?: string;
  actions: string[];
  sendToProvince: boolean;
}

export interface Conclusion {
  recommendation?: Recommendation;
  final?: FinalConclusion & { at?: string; byName?: string };
}

export type RectificationStatus = 'OPEN' | 'RESPONDED' | 'ACCEPTED' | 'REJECTED';

export interface RectificationItem {
  itemId: string;
  findingRef: string;
  description: string;
  deadline: string;
  status?: RectificationStatus;
  response?: { text: string; evidenceIds: string[]; at?: string };
  review?: { accept: boolean; comment?: string; at?: string; byName?: string };
}

export interface ReviewCase {
  taskId: string;
  planId?: string;
  agencyId?: string;
  agencyName?: string;
  agencyRegion?: string;
  status?: 'PENDING' | 'CONFIRMED' | 'AMENDED';
  final?: FinalConclusion;
  submittedAt?: string;
}

export interface ReviewDecision {
  decision: 'CONFIRM' | 'AMEND';
  outcome?: string;
  actions?: string[];
  note: string;
}

export interface PublishedResult {
  taskId: string;
  planId: string;
  planTitle?: string;
  agencyId?: string;
  agencyName?: string;
  agencyRegion?: string;
  authority?: string; // 检查实施机关
  inspectionType?: string; // 抽查类型
  inspectionDate?: string; // 抽查日期
  result?: string; // 抽查结果
  publishedAt?: string;
}

export type EvidenceKind =
  | 'GATE_PHOTO' | 'MEETING_PHOTO' | 'PROCESS_PHOTO' | 'SIGNED_FACT_SHEET' | 'FEEDBACK_FORM'
  | 'DOSSIER_SCAN' | 'RECTIFICATION_PROOF' | 'OTHER';
export type EvidenceFlag = 'CAPTURED_OFF_DAY' | 'CAPTURE_TIME_UNKNOWN';
export type EvidenceRecord = Evidence['schemas']['EvidenceResponse'] & { flags?: EvidenceFlag[] };
export interface InspectionEvidence extends Omit<Evidence['schemas']['InspectionEvidenceResponse'], 'records'> {
  records?: EvidenceRecord[];
}

export type Sheet = Scoring['schemas']['SheetResponse'] & { resultHash?: string };
export type SheetItem = Scoring['schemas']['ItemResponse'];
export type SheetSummary = Scoring['schemas']['SheetSummary'];
export type AnswerItemRequest = Scoring['schemas']['AnswerItemRequest'];
export type TemplateItem = Scoring['schemas']['Item'];
