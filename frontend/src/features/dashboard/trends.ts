// Data shaping of the province dashboard's trends and of the drill-down to agencies: pure functions, so the
// pages stay thin and the shaping is tested without a browser.
import type { Dashboard, InspectionDashboard, InspectionDashboardRow, Plan, PublishedResult, Rectification } from '../../api/types';

/** scoring-service's measures (official sheets) */
export type ScoringMeasure = 'sheets' | 'serious' | 'mean';
/** inspection-service's measures (issue 11): agencies inspected, findings per agency, rectification completion (%), overdue publications */
export type InspectionMeasure = 'inspected' | 'findingsPerAgency' | 'rectification' | 'overdue';
export type Measure = ScoringMeasure | InspectionMeasure;
type SubRegion = NonNullable<Dashboard['subRegions']>[number];

export const INSPECTION_MEASURES: InspectionMeasure[] = ['inspected', 'findingsPerAgency', 'rectification', 'overdue'];
export const isInspectionMeasure = (m: Measure): m is InspectionMeasure => (INSPECTION_MEASURES as Measure[]).includes(m);

/** A region's figure for one measure (the same on the map, the table and the trend). */
export function measureOf(measure: ScoringMeasure, s: Pick<SubRegion, 'sheets' | 'meanTotal' | 'outcomes'>): number | null {
  if (measure === 'sheets') return s.sheets ?? 0;
  if (measure === 'mean') return s.meanTotal == null ? null : Math.round(s.meanTotal * 10) / 10;
  return (s.outcomes ?? []).reduce((n, o) => n + (o.sheets ?? 0), 0);
}

/** The years the plans name, ascending, without repeats: the years scoring-service may have sheets for. */
export function yearsOfPlans(plans: Pick<Plan, 'year'>[]): number[] {
  return [...new Set(plans.map((p) => p.year).filter((y): y is number => y != null))].sort((a, b) => a - b);
}

export interface TrendSeries {
  name: string;
  code: string;
  /** one per year of `years`; null where the region has no figure that year */
  values: (number | null)[];
}

export interface Trend {
  years: number[];
  province: TrendSeries;
  cities: TrendSeries[];
}

/**
 * The chosen measure per year for the province and per city, from one dashboard per year. Years without a
 * sheet in the province are left out (a plan without submitted sheets says nothing about the trend); a city
 * without sheets in a year it has no row for is null there, not zero, except for counts.
 */
export function trendOf(boards: { year: number; board: Dashboard }[], measure: ScoringMeasure, nameOf: (code: string) => string): Trend {
  const kept = boards.filter((b) => (b.board.sheets ?? 0) > 0).sort((a, b) => a.year - b.year);
  const years = kept.map((b) => b.year);
  const province: TrendSeries = {
    code: kept[0]?.board.region ?? '',
    name: nameOf(kept[0]?.board.region ?? ''),
    values: kept.map((b) => measureOf(measure, { sheets: b.board.sheets, meanTotal: b.board.totals?.mean, outcomes: b.board.outcomes })),
  };
  const codes = [...new Set(kept.flatMap((b) => (b.board.subRegions ?? []).map((s) => s.region ?? '')))].filter(Boolean).sort();
  const cities = codes.map((code) => ({
    code,
    name: nameOf(code),
    values: kept.map((b) => {
      const s = (b.board.subRegions ?? []).find((x) => x.region === code);
      if (s) return measureOf(measure, s);
      return measure === 'mean' ? null : 0;
    }),
  }));
  return { years, province, cities };
}

const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;

/**
 * A region's figure of an inspection measure; null where it says nothing (no agency inspected, no rectification
 * item, or no calendar to tell overdue publications).
 */
export function inspectionMeasureOf(measure: InspectionMeasure, r: InspectionDashboardRow): number | null {
  switch (measure) {
    case 'inspected':
      return r.agenciesInspected ?? 0;
    case 'findingsPerAgency':
      return r.findingsPerAgency == null ? null : round(r.findingsPerAgency, 2);
    case 'rectification':
      return r.rectificationCompletion == null ? null : round(r.rectificationCompletion * 100, 1);
    case 'overdue':
      return r.publicationsOverdue ?? null;
  }
}

/**
 * The rows of several years of one region as one: counts added (an agency inspected in two years counts twice),
 * ratios recomputed from the sums, overdue publications unknown if unknown in any year.
 */
export function mergeRows(region: string, rows: InspectionDashboardRow[]): InspectionDashboardRow {
  const sum = (f: (r: InspectionDashboardRow) => number | undefined) => rows.reduce((n, r) => n + (f(r) ?? 0), 0);
  const agencies = sum((r) => r.agenciesInspected);
  const findings = sum((r) => r.findings);
  const items = sum((r) => r.rectificationItems);
  const accepted = sum((r) => r.rectificationAccepted);
  return {
    region,
    year: rows.length === 1 ? rows[0].year : undefined,
    plans: sum((r) => r.plans),
    inspections: sum((r) => r.inspections),
    agenciesInspected: agencies,
    inspectionsClosed: sum((r) => r.inspectionsClosed),
    conclusions: sum((r) => r.conclusions),
    findings,
    findingsPerAgency: agencies ? round(findings / agencies, 3) : undefined,
    rectificationItems: items,
    rectificationAccepted: accepted,
    rectificationCompletion: items ? round(accepted / items, 3) : undefined,
    resultsPublished: sum((r) => r.resultsPublished),
    publicationsOverdue: rows.some((r) => r.publicationsOverdue == null) ? undefined : sum((r) => r.publicationsOverdue),
  };
}

/** One row per sub-region of the year (every year when null), sorted by region code. */
export function inspectionRowsOf(board: InspectionDashboard | undefined, year: number | null): InspectionDashboardRow[] {
  const rows = (board?.rows ?? []).filter((r) => year == null || r.year === year);
  const regions = [...new Set(rows.map((r) => r.region ?? ''))].filter(Boolean).sort();
  return regions.map((code) => mergeRows(code, rows.filter((r) => r.region === code)));
}

/** The whole region of the year (every year when null). */
export function inspectionTotalOf(board: InspectionDashboard | undefined, year: number | null): InspectionDashboardRow {
  return mergeRows(board?.region ?? '', (board?.totals ?? []).filter((r) => year == null || r.year === year));
}

/**
 * The inspection measure per year for the region and per sub-region, from one all-years dashboard. A sub-region
 * without inspections in a year is 0 there for counts and null for ratios.
 */
export function inspectionTrendOf(board: InspectionDashboard | undefined, measure: InspectionMeasure, nameOf: (code: string) => string): Trend {
  const totals = [...(board?.totals ?? [])].sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
  const years = totals.map((r) => r.year ?? 0);
  const code = board?.region ?? '';
  const counts = measure === 'inspected' || measure === 'overdue';
  const codes = [...new Set((board?.rows ?? []).map((r) => r.region ?? ''))].filter(Boolean).sort();
  return {
    years,
    province: { code, name: nameOf(code), values: totals.map((r) => inspectionMeasureOf(measure, r)) },
    cities: codes.map((c) => ({
      code: c,
      name: nameOf(c),
      values: years.map((y) => {
        const r = (board?.rows ?? []).find((x) => x.region === c && x.year === y);
        if (r) return inspectionMeasureOf(measure, r);
        return counts ? 0 : null;
      }),
    })),
  };
}

/** One agency's line in a region's table: its published results across plans. */
export interface AgencyRow {
  creditCode: string;
  agencyName: string;
  agencyRegion: string;
  inspections: number;
  plans: number;
  years: string;
  latestDate: string;
  latestResult: string;
  /** results that came with measures (限期整改, 暂停执业整改, …): the published answer names them */
  withMeasures: number;
}

/** Published results grouped per agency (by 统一社会信用代码), most inspections first. */
export function agencyRowsOf(results: PublishedResult[]): AgencyRow[] {
  const byAgency = new Map<string, PublishedResult[]>();
  for (const r of results) {
    const key = r.creditCode ?? r.agencyName ?? '';
    byAgency.set(key, [...(byAgency.get(key) ?? []), r]);
  }
  return [...byAgency.entries()]
    .map(([creditCode, rs]) => {
      const latest = [...rs].sort((a, b) => (b.inspectionDate ?? '').localeCompare(a.inspectionDate ?? ''))[0];
      return {
        creditCode,
        agencyName: latest.agencyName ?? creditCode,
        agencyRegion: latest.agencyRegion ?? '',
        inspections: rs.length,
        plans: new Set(rs.map((r) => r.planId)).size,
        years: [...new Set(rs.map((r) => (r.inspectionDate ?? '').slice(0, 4)).filter(Boolean))].sort().join('、'),
        latestDate: latest.inspectionDate ?? '',
        latestResult: latest.result ?? latest.outcomeLabel ?? '',
        withMeasures: rs.filter((r) => (r.actions ?? []).length > 0).length,
      };
    })
    .sort((a, b) => b.inspections - a.inspections || a.agencyName.localeCompare(b.agencyName, 'zh-Hans-CN'));
}

export type RectificationState = 'none' | 'done' | 'open' | 'unknown';

/** The rectification state of a task, from its plan's rectifications when the caller may read them. */
export function rectificationState(r: Rectification | undefined, readable: boolean): RectificationState {
  if (!readable) return 'unknown';
  if (!r || !r.items?.length) return 'none';
  return r.complete ? 'done' : 'open';
}

/**
 * Each sub-region's figure of the chosen measure in one year (every year when null): scoring-service's sub-regions
 * (none counts as 0) or inspection-service's rows (a figure that says nothing is left out). The map, the national
 * bar chart and their tables show the same numbers.
 */
export function subRegionValues(
  measure: Measure,
  year: number | null,
  scoring: Dashboard | undefined,
  inspections: InspectionDashboard | undefined,
): { code: string; value: number }[] {
  if (isInspectionMeasure(measure)) {
    return inspectionRowsOf(inspections, year).flatMap((r) => {
      const v = inspectionMeasureOf(measure, r);
      return v == null ? [] : [{ code: r.region ?? '', value: v }];
    });
  }
  return (scoring?.subRegions ?? []).map((s) => ({ code: s.region ?? '', value: measureOf(measure, s) ?? 0 }));
}
