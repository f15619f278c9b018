// Names for the schemas the pages use, all from the generated OpenAPI types (src/api/generated).
import type { components as Registry } from './generated/registry-service';
import type { components as Inspection } from './generated/inspection-service';
import type { components as Scoring } from './generated/scoring-service';
import type { components as Evidence } from './generated/evidence-service';

export type AgencySummary = Registry['schemas']['Summary'];
export type AgencyPage = Registry['schemas']['PageSummary'];
export type AgencyDetail = Registry['schemas']['AgencyResponse'];
export type PublicAgency = Registry['schemas']['PublicEntry'];
export type PublicAgencyPage = Registry['schemas']['PagePublicEntry'];
export type Appraiser = Registry['schemas']['AppraiserResponse'];
export type AppraiserPage = Registry['schemas']['PageAppraiserResponse'];
export type Inspector = Registry['schemas']['InspectorResponse'];
// inspectors and experts share one pool endpoint, documented as a page of either kind
type MemberPage = Omit<Registry['schemas']['PageMemberResponse'], 'items'>;
export type InspectorPage = MemberPage & { items?: Inspector[] };
export type Expert = Registry['schemas']['ExpertResponse'];
export type ExpertPage = MemberPage & { items?: Expert[] };
export type Conflict = Registry['schemas']['ConflictResponse'];
export type ImportReport = Registry['schemas']['ImportReport'];
export type Region = Registry['schemas']['RegionResponse'];

export type Plan = Inspection['schemas']['PlanResponse'];
export type PlanRequest = Inspection['schemas']['PlanRequest'];
export type DrawView = Inspection['schemas']['DrawView'];
export type DrawVerification = Inspection['schemas']['VerificationView'];
export type DrawIdentities = Inspection['schemas']['DrawIdentitiesView'];
export type ReplacementRequest = Inspection['schemas']['ReplacementRequest'];
export type Task = Inspection['schemas']['TaskResponse'];
export type ScheduleRequest = Inspection['schemas']['ScheduleRequest'];

export type Dashboard = Scoring['schemas']['Dashboard'];
// inspection-service's dashboard: plans, inspections, findings, rectification and publication per sub-region and year
export type InspectionDashboard = Inspection['schemas']['InspectionDashboard'];
export type InspectionDashboardRow = Inspection['schemas']['DashboardRow'];
// an agency's list of the published plans asking it for a self-inspection report
export type AgencySelfInspection = Inspection['schemas']['AgencySelfInspection'];
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

type Schemas = Inspection['schemas'];
type Required<T, K extends keyof T> = T & { [P in K]-?: NonNullable<T[P]> };

/** 事实确认单 as issued by the team, with the agency's answer (signed or refused) once given. */
export type FactSheet = Required<Schemas['FactSheetResponse'], 'facts' | 'categoriesInspected'>;
export type FactSheetAnswer = Schemas['FactSheetAnswerResponse'];

export interface TaskSeal {
  evidenceHeadHash?: string;
  sheetResultHash?: string;
  sealedAt?: string;
}

export interface InspectionTask extends Omit<Task, 'status'> {
  status?: TaskStatus;
  steps?: TaskStep[];
  mainFindings?: string[];
  /** on a task only a summary (how many facts, the hash); the sheet itself from GET …/fact-sheet */
  factSheet?: Schemas['FactSheetSummary'];
  seal?: TaskSeal;
}

export type TaskRelation = 'TEAM' | 'ORGANISER' | 'BUREAU' | 'AGENCY';

export type TaskAccess = Omit<Schemas['TaskAccessResponse'], 'status' | 'relation' | 'may' | 'team'> & {
  taskId: string;
  agencyId: string;
  templateId: string;
  templateVersion: number;
  status: TaskStatus;
  relation: TaskRelation;
  team?: { kind: 'INSPECTOR' | 'EXPERT'; personId: string; name?: string }[];
  may: { answer: boolean; uploadTeamEvidence: boolean; uploadAgencyEvidence: boolean; closeEvidence: boolean };
};

export type FeedbackRequest = Schemas['FeedbackRequest'];
export type Feedback = Schemas['FeedbackView'];

export type Conclusion = Schemas['ConclusionView'];
export type Recommendation = Schemas['ConclusionRecommendationView'];
export type ConclusionRequest = Schemas['ConclusionRequest'];

export type RectificationStatus = 'OPEN' | 'RESPONDED' | 'RETURNED' | 'ACCEPTED';
export type Rectification = Schemas['RectificationView'];
export type RectificationItem = Omit<Schemas['RectificationItemView'], 'status'> & { id: string; status: RectificationStatus };

export type ReviewCase = Schemas['ReviewEntryView'];
export type ReviewDecision = Schemas['ReviewDecisionRequest'];

export type PublishedResult = Schemas['PublishedResultView'];

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
export type TemplateRule = Scoring['schemas']['Rule'];
export type RuleAnswerBody = Scoring['schemas']['RuleAnswerBody'];
/** An item's answer as stored (a sheet's item) or as sent (the PUT body): what "answered" reads. */
export type ItemAnswerShape = Scoring['schemas']['ItemAnswer'] | AnswerItemRequest;

// 自查报告 (inspection-service selfinspection/)
export type SelfInspection = Schemas['SelfInspection'];
export type SelfInspectionRequest = Schemas['SelfInspectionRequest'];
export type SelfInspectionOverview = Schemas['SelfInspectionOverview'];
