import { describe, expect, it } from 'vitest';
import type { TaskStatus } from '../../api/types';
import { mayManageDossier, seesDossier } from './rights';

const statuses: TaskStatus[] = ['PLANNED', 'SCHEDULED', 'CHECKED_IN', 'CHECKING', 'FINDINGS_DISCUSSED', 'FACT_SHEET_ISSUED', 'FACT_SHEET_SIGNED', 'CLOSED', 'WITHDRAWN'];

describe('dossier rights from the task access', () => {
  it('lets only the team change the sample, and only while it works on site', () => {
    const team = statuses.filter((status) => mayManageDossier({ relation: 'TEAM', status }));
    expect(team).toEqual(['CHECKED_IN', 'CHECKING', 'FINDINGS_DISCUSSED']);
    for (const relation of ['ORGANISER', 'BUREAU', 'AGENCY'] as const) {
      expect(statuses.some((status) => mayManageDossier({ relation, status }))).toBe(false);
    }
  });

  it('shows the sample to the team, the organiser and the province from check-in on, never to the agency', () => {
    expect(seesDossier({ relation: 'ORGANISER', status: 'CLOSED' })).toBe(true);
    expect(seesDossier({ relation: 'BUREAU', status: 'CHECKING' })).toBe(true);
    expect(seesDossier({ relation: 'TEAM', status: 'SCHEDULED' })).toBe(false);
    expect(seesDossier({ relation: 'AGENCY', status: 'CLOSED' })).toBe(false);
  });
});
