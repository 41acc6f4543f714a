import { describe, expect, it } from 'vitest';
import { publicHolidays } from '../../../src/shared/calendar/publicHolidays';
import { checkReport, readCheckDetail } from '../../../src/shared/domain/report/checks';
import { saveDraft, shareReviewCopy, updateDetails } from '../../../src/shared/domain/report/lifecycle';
import type { CourtReport, ReportCheck, Statement } from '../../../src/shared/domain/report/report';
import {
  journalCase,
  later,
  newReport,
  oldPrivateText,
  privateText,
  sections,
  statement,
  supervisionText,
} from './reportFixtures';

function checked(report: CourtReport): Record<string, ReportCheck> {
  return Object.fromEntries(checkReport(report, journalCase()).map((check) => [check.id, check]));
}

function withStatements(concerns: Statement[], caregiverView: Statement[] = []): CourtReport {
  return saveDraft(
    newReport(),
    { version: 1, sections: sections({ concerns, 'caregiver-view': caregiverView }) },
    later,
  );
}

describe('the review window', () => {
  it('fails, saying why, when never shared or when the hearing has no date', () => {
    const unshared = checked(withStatements([statement('s1', 'Faltas.')]))['review-window']!;
    expect(unshared).toMatchObject({ passed: false });
    expect(unshared.details).toEqual(['required=5', 'not-shared', 'hearing-on=2025-03-31', 'holidays-none']);
    const undated = updateDetails(withStatements([statement('s1', 'x')]), { hearing: { kind: 'review' } }, later);
    expect(checked(undated)['review-window']!.details).toContain('no-hearing-date');
  });

  it('counts working days from the latest sharing to the hearing', () => {
    // Shared Monday 2025-03-24; the hearing is Monday 2025-03-31: 5 working days.
    const report = shareReviewCopy(
      withStatements([statement('s1', 'Faltas.')]),
      { partyId: 'p-mother', date: '2025-03-24', method: 'email' },
      journalCase().parties,
      later,
    );
    const check = checked(report)['review-window']!;
    expect(check.passed).toBe(true);
    expect(check.details).toContain('working-days=5');
    const shorter = checked(updateDetails(report, { hearing: { kind: 'review', date: '2025-03-28' } }, later));
    expect(shorter['review-window']).toMatchObject({ passed: false });
    expect(shorter['review-window']!.details).toContain('working-days=4');
  });

  it('skips the public holidays of the practitioner’s calendar, and names them', () => {
    // Shared Monday 2025-09-15; the hearing is Monday 2025-09-22, after Chile's 18 and 19 September.
    const report = updateDetails(
      shareReviewCopy(
        withStatements([statement('s1', 'Faltas.')]),
        { partyId: 'p-mother', date: '2025-09-15', method: 'email' },
        journalCase().parties,
        later,
      ),
      { hearing: { kind: 'review', date: '2025-09-22' } },
      later,
    );
    const inChile = checkReport(report, journalCase(), publicHolidays({ country: 'CL' }, 'es'))[0]!;
    expect(inChile).toMatchObject({ id: 'review-window', passed: false });
    expect(inChile.details).toEqual([
      'required=5',
      'shared-on=2025-09-15',
      'hearing-on=2025-09-22',
      'working-days=3',
      'holidays=CL',
      'holidays-skipped=2025-09-18,2025-09-19',
    ]);
    const weekdays = checkReport(report, journalCase(), publicHolidays('none', 'es'))[0]!;
    expect(weekdays).toMatchObject({ passed: true });
    expect(weekdays.details.slice(-2)).toEqual(['working-days=5', 'holidays-none']);
    const unknown = checkReport(report, journalCase(), publicHolidays({ country: 'AQ' }, 'es'))[0]!;
    expect(unknown.details.at(-1)).toBe('holidays-unknown=AQ');
  });
});

describe('the caregiver view', () => {
  it('passes with a statement with text, or a reason for its absence', () => {
    expect(checked(withStatements([], [statement('v', '  ')]))['caregiver-view']).toMatchObject({ passed: false });
    expect(checked(withStatements([], [statement('v', 'Quiero volver a casa.')]))['caregiver-view']).toMatchObject({
      passed: true,
      details: ['statements=1'],
    });
    const reasoned = saveDraft(
      newReport(),
      { version: 1, sections: sections(), caregiverViewAbsentReason: 'No quiso opinar.' },
      later,
    );
    expect(checked(reasoned)['caregiver-view']).toMatchObject({
      passed: true,
      details: ['statements=0', 'absent-reason'],
    });
  });
});

describe('private text', () => {
  it('passes reportable text, and short phrases that a private section also happens to hold', () => {
    const check = checked(
      withStatements([
        statement('s1', 'La abuela asistió a las cinco visitas acordadas.', {
          source: { entryId: 'e1', sectionId: 'for-court' },
        }),
        statement('s2', 'La madre llegó tarde.'),
      ]),
    )['private-text']!;
    expect(check).toEqual({ id: 'private-text', passed: true, details: [] });
  });

  it('finds a private or supervision passage, re-wrapped or re-cased, or one of its sentences', () => {
    const rewrapped = privateText.toUpperCase().replace(/ /g, '\n  ');
    const check = checked(
      withStatements([
        statement('s1', `Como anoté: ${rewrapped}`),
        statement('s2', `Antes: ${supervisionText.replace('visita', 'visita!')}`),
        statement('s3', 'Sin relación con nada escrito en privado, pero suficientemente largo.'),
      ]),
    )['private-text']!;
    expect(check.passed).toBe(false);
    expect(check.details).toEqual(['private-passage=concerns/s1/e1', 'private-passage=concerns/s2/e1']);
  });

  it('finds text of a private passage kept only in an earlier revision, or in prompt answers', () => {
    const fromAnswer = statement('s1', 'Ella teme perder a los niños si habla con franqueza, dijo.');
    const fromRevision = statement('s2', `Nota: ${oldPrivateText}`);
    expect(checked(withStatements([fromAnswer, fromRevision]))['private-text']!.details).toEqual([
      'private-passage=concerns/s1/e1',
      'private-passage=concerns/s2/e1',
    ]);
  });

  it('names statements whose source is gone or no longer reportable', () => {
    const check = checked(
      withStatements([
        statement('s1', 'a', { source: { entryId: 'e1', sectionId: 'my-reflection' } }),
        statement('s2', 'b', { source: { entryId: 'e9', sectionId: 'for-court' } }),
      ]),
    )['private-text']!;
    expect(check.details).toEqual(['source-not-reportable=concerns/s1', 'source-gone=concerns/s2']);
  });
});

describe('disclosures', () => {
  it('lists each flag still waiting for a decision', () => {
    const pending = { aboutPartyIds: ['p-child'], decision: 'pending' as const };
    const report = withStatements([
      statement('s1', 'a', { disclosure: pending }),
      statement('s2', 'b', { disclosure: { ...pending, decision: 'withhold' } }),
    ]);
    expect(checked(report)['disclosures']).toEqual({
      id: 'disclosures',
      passed: false,
      details: ['pending=concerns/s1'],
    });
  });
});

it('reads a detail into its key and value', () => {
  expect(readCheckDetail('pending=concerns/s1')).toEqual({ key: 'pending', value: 'concerns/s1' });
  expect(readCheckDetail('not-shared')).toEqual({ key: 'not-shared' });
});
