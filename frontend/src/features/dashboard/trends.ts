// Data shaping of the province dashboard's trends and of the drill-down to agencies: pure functions, so the
// pages stay thin and the shaping is tested without a browser.
import type { Dashboard, Plan, PublishedResult, Rectification } from '../../api/types';

export type Measure = 'sheets' | 'serious' | 'mean';
type SubRegion = NonNullable<Dashboard['subRegions']>[number];

/** A region's figure for one measure (the same on the map, the table and the trend). */
export function measureOf(measure: Measure, s: Pick<SubRegion, 'sheets' | 'meanTotal' | 'outcomes'>): number | null {
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
export function trendOf(boards: { year: number; board: Dashboard }[], measure: Measure, nameOf: (code: string) => string): Trend {
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
