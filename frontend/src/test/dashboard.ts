// Fixtures of the dashboard tests: an inspection-service row with every count zero but what the test says.
import type { InspectionDashboardRow } from '../api/types';

export const inspectionRow = (region: string, year: number, r: Partial<InspectionDashboardRow>): InspectionDashboardRow => ({
  region, year, plans: 1, inspections: 0, agenciesInspected: 0, inspectionsClosed: 0, conclusions: 0, findings: 0,
  rectificationItems: 0, rectificationAccepted: 0, resultsPublished: 0, publicationsOverdue: 0, ...r,
});
