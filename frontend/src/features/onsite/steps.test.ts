import { describe, expect, it } from 'vitest';
import type { TaskAccess, TaskStatus } from '../../api/types';
import { mayGiveFeedback, missingPhotos, stepActions, stepIndex } from './steps';

const none = { answer: false, uploadTeamEvidence: false, uploadAgencyEvidence: false, closeEvidence: false };
const teamMay = (status: TaskStatus) => ({
  answer: ['CHECKED_IN', 'CHECKING', 'FINDINGS_DISCUSSED'].includes(status),
  uploadTeamEvidence: stepIndex(status) >= 1 && status !== 'CLOSED',
  uploadAgencyEvidence: false,
  closeEvidence: ['FACT_SHEET_SIGNED', 'FACT_SHEET_REFUSED', 'CLOSED'].includes(status),
});
const as = (relation: TaskAccess['relation'], status: TaskStatus, may: TaskAccess['may']) => stepActions({ relation, status, may }, '2024-06-05T00:00:00Z', new Date('2024-06-05T08:00:00Z'));

describe('the on-site stepper', () => {
  it('offers a team member exactly the next step of each state', () => {
    const expected: [TaskStatus, string[]][] = [
      ['PLANNED', []],
      ['SCHEDULED', ['checkIn']],
      ['CHECKED_IN', ['startChecking']],
      ['CHECKING', ['discussFindings']],
      ['FINDINGS_DISCUSSED', ['issueFactSheet']],
      ['FACT_SHEET_ISSUED', ['recordRefusal']],
      ['FACT_SHEET_SIGNED', ['close']],
      ['FACT_SHEET_REFUSED', ['close']],
      ['CLOSED', []],
      ['WITHDRAWN', []],
    ];
    for (const [status, actions] of expected) expect(as('TEAM', status, teamMay(status)), status).toEqual(actions);
  });

  it('lets no one check in before the notice time', () => {
    expect(stepActions({ relation: 'TEAM', status: 'SCHEDULED', may: none }, '2024-06-05T09:00:00Z', new Date('2024-06-05T08:59:00Z'))).toEqual([]);
    expect(stepActions({ relation: 'TEAM', status: 'SCHEDULED', may: none }, '2024-06-05T09:00:00Z', new Date('2024-06-05T09:00:00Z'))).toEqual(['checkIn']);
  });

  it('offers the agency only the confirmation of an issued fact sheet, and the feedback form from then on', () => {
    const agency = { ...none, uploadAgencyEvidence: true };
    expect(as('AGENCY', 'FACT_SHEET_ISSUED', agency)).toEqual(['confirmFactSheet']);
    for (const status of ['SCHEDULED', 'CHECKING', 'FACT_SHEET_SIGNED', 'CLOSED'] as TaskStatus[]) expect(as('AGENCY', status, agency), status).toEqual([]);
    expect(mayGiveFeedback({ relation: 'AGENCY', status: 'CHECKING', may: agency })).toBe(false);
    expect(mayGiveFeedback({ relation: 'AGENCY', status: 'CLOSED', may: agency })).toBe(true);
    expect(mayGiveFeedback({ relation: 'TEAM', status: 'CLOSED', may: teamMay('CLOSED') })).toBe(false);
  });

  it('offers bureaus nothing on site, and closing to the organiser only when it may close the evidence', () => {
    for (const status of ['SCHEDULED', 'CHECKING', 'FINDINGS_DISCUSSED', 'FACT_SHEET_ISSUED'] as TaskStatus[]) {
      expect(as('ORGANISER', status, none), status).toEqual([]);
      expect(as('BUREAU', status, none), status).toEqual([]);
    }
    expect(as('ORGANISER', 'FACT_SHEET_SIGNED', { ...none, closeEvidence: true })).toEqual(['close']);
    expect(as('BUREAU', 'FACT_SHEET_SIGNED', none)).toEqual([]);
  });

  it('withholds a step whose right the service denied, whatever the state', () => {
    expect(as('TEAM', 'CHECKING', none)).toEqual([]);
    expect(as('TEAM', 'FINDINGS_DISCUSSED', none)).toEqual([]);
    expect(as('TEAM', 'FACT_SHEET_SIGNED', none)).toEqual([]);
  });

  it('places signed and refused on the same step', () => {
    expect(stepIndex('FACT_SHEET_SIGNED')).toBe(stepIndex('FACT_SHEET_REFUSED'));
    expect(stepIndex('CLOSED')).toBe(6);
    expect(stepIndex('WITHDRAWN')).toBe(-1);
  });
});

describe('the required photos', () => {
  it('names each of gate, meeting and process photo that is missing; a withdrawn photo does not count', () => {
    expect(missingPhotos([])).toEqual(['GATE_PHOTO', 'MEETING_PHOTO', 'PROCESS_PHOTO']);
    expect(missingPhotos([{ kind: 'GATE_PHOTO' }, { kind: 'PROCESS_PHOTO', withdrawn: true }, { kind: 'OTHER' }])).toEqual(['MEETING_PHOTO', 'PROCESS_PHOTO']);
    expect(missingPhotos([{ kind: 'GATE_PHOTO' }, { kind: 'MEETING_PHOTO' }, { kind: 'PROCESS_PHOTO' }])).toEqual([]);
  });
});
