// The dashboard's measures and their labels, shared by the province and the national view.
import type { Measure } from './trends';

export const MEASURE_LABELS = {
  sheets: 'measureSheets',
  serious: 'measureSerious',
  mean: 'measureMean',
  inspected: 'measureInspected',
  findingsPerAgency: 'measureFindingsPerAgency',
  rectification: 'measureRectification',
  overdue: 'measureOverdue',
} as const satisfies Record<Measure, string>;

export const MEASURES = Object.keys(MEASURE_LABELS) as Measure[];
