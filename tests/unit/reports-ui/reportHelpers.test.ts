import { describe, expect, it } from 'vitest';
import type { Party } from '../../../src/shared/domain/party';
import type { CourtReport, ReportVersion } from '../../../src/shared/domain/report/report';
import type { ReportableExcerpt } from '../../../src/shared/reports/requests';
import { caregiversOf, familyOf } from '../../../src/renderer/src/reports/caregivers';
import { checkDetailWords } from '../../../src/renderer/src/reports/checkDetails';
import { skippedHolidaysText } from '../../../src/renderer/src/reports/holidayWords';
import { filterExcerpts, previewOf } from '../../../src/renderer/src/reports/excerptFilter';
import {
  blankDetails,
  detailsRequest,
  reviewDaysForKind,
  updateDetailsSchema,
  type DetailsForm,
} from '../../../src/renderer/src/reports/reportDetails';
import {
  canRevise,
  isEditable,
  isFinalOrSubmitted,
  isSubmitted,
  newestVersion,
  previousNumber,
  reviewedVersion,
  shownVersion,
} from '../../../src/renderer/src/reports/reportVersions';

const at = '2026-03-01T10:00:00.000Z';

function version(number: number, status: ReportVersion['status'], shared = false): ReportVersion {
  return {
    number,
    status,
    createdAt: at,
    updatedAt: at,
    sections: [],
    documents: [],
    ...(shared ? { sharedWith: { partyId: 'p', date: '2026-03-02', method: 'post' as const } } : {}),
  };
}

function report(versions: ReportVersion[]): CourtReport {
  return {
    id: 'r',
    caseId: 'c',
    title: 'Review hearing',
    hearing: { kind: 'review' },
    reviewWorkingDays: 5,
    createdAt: at,
    updatedAt: at,
    versions,
    comments: [],
  };
}

const parties: Party[] = [
  { id: 'mother', role: 'parent', name: 'Ana', aliases: [] },
  { id: 'gran', role: 'caregiver', name: 'Rosa', aliases: [] },
  { id: 'child', role: 'child', name: 'Leo', aliases: [] },
  { id: 'worker', role: 'professional', name: 'Dr. Soto', aliases: [] },
  { id: 'court', role: 'court', name: 'Family Court 2', aliases: [] },
];

describe('report versions', () => {
  const shared = version(1, 'shared', true);
  const draft = version(2, 'draft');
  const twoVersions = report([shared, draft]);

  it('edits only the newest draft, and revises only a frozen newest version', () => {
    expect(newestVersion(twoVersions).number).toBe(2);
    expect(isEditable(twoVersions, draft)).toBe(true);
    expect(isEditable(twoVersions, shared)).toBe(false);
    expect(canRevise(twoVersions, shared)).toBe(false);
    expect(canRevise(report([shared]), shared)).toBe(true);
    expect(canRevise(report([version(1, 'submitted')]), version(1, 'submitted'))).toBe(false);
    expect(isEditable(report([version(1, 'draft'), version(2, 'draft')]), version(1, 'draft'))).toBe(false);
  });

  it('finds the version shown, the one before, the one the caregiver read, and a submission', () => {
    expect(shownVersion(twoVersions, 1)).toBe(shared);
    expect(shownVersion(twoVersions, 9)).toBe(draft);
    expect(shownVersion(twoVersions, undefined)).toBe(draft);
    expect(previousNumber(twoVersions, 2)).toBe(1);
    expect(previousNumber(twoVersions, 1)).toBeUndefined();
    expect(reviewedVersion(twoVersions)).toBe(shared);
    expect(reviewedVersion(report([draft]))).toBeUndefined();
    expect(isSubmitted(twoVersions)).toBe(false);
    expect(isSubmitted(report([version(1, 'submitted')]))).toBe(true);
  });

  it('closes the details and the comments while the newest version is final or submitted', () => {
    expect(isFinalOrSubmitted(twoVersions)).toBe(false);
    expect(isFinalOrSubmitted(report([shared]))).toBe(false);
    expect(isFinalOrSubmitted(report([shared, version(2, 'final')]))).toBe(true);
    expect(isFinalOrSubmitted(report([version(1, 'submitted')]))).toBe(true);
  });
});

describe('report details form', () => {
  it('starts with the review window of a first hearing and follows the hearing kind until changed by hand', () => {
    const blank = blankDetails();
    expect(blank.reviewWorkingDays).toBe('3');
    expect(reviewDaysForKind(blank, 'review')).toBe('5');
    const review = { ...blank, hearing: { kind: 'review' as const, date: '' }, reviewWorkingDays: '7' };
    expect(reviewDaysForKind(review, 'first')).toBeUndefined();
  });

  it('asks for a title and a whole number of days up to 30, as the request schema does', () => {
    const schema = updateDetailsSchema('c-1', 'r-1');
    const fieldsRefused = (form: DetailsForm) =>
      (schema.safeParse(form).error?.issues ?? []).map((issue) => issue.path.join('.'));
    expect(fieldsRefused(blankDetails())).toEqual(['title']);
    expect(fieldsRefused({ ...blankDetails(), title: 'X', reviewWorkingDays: '31' })).toEqual(['reviewWorkingDays']);
    expect(fieldsRefused({ ...blankDetails(), title: 'X', reviewWorkingDays: '2.5' })).toEqual(['reviewWorkingDays']);
    expect(fieldsRefused({ ...blankDetails(), title: 'X', reviewWorkingDays: ' ' })).toEqual(['reviewWorkingDays']);
    expect(fieldsRefused({ ...blankDetails(), title: 'X', reviewWorkingDays: '0' })).toEqual([]);
  });

  it('leaves out what was not given', () => {
    expect(detailsRequest({ ...blankDetails(), title: ' March ', court: ' ' })).toEqual({
      title: 'March',
      hearing: { kind: 'first' },
      reviewWorkingDays: 3,
    });
    expect(
      detailsRequest({
        ...blankDetails(),
        title: 'March',
        court: 'Court 2',
        hearing: { kind: 'first', date: '2026-04-01' },
      }),
    ).toMatchObject({ court: 'Court 2', hearing: { kind: 'first', date: '2026-04-01' } });
    // An existing report's court left blank is cleared.
    expect(updateDetailsSchema('c-1', 'r-1').parse({ ...blankDetails(), title: 'March' })).toMatchObject({ court: '' });
  });
});

describe('insert from journal filter', () => {
  const excerpt = (title: string, text: string): ReportableExcerpt => ({
    entryId: title,
    sectionId: 's',
    sessionDate: '2026-01-01',
    phase: 'start',
    title,
    text,
  });
  const excerpts = [excerpt('Visita', 'María llegó a tiempo.'), excerpt('School', 'Leo attends every day.')];

  it('keeps excerpts holding every word, ignoring case and accents', () => {
    expect(filterExcerpts(excerpts, '').length).toBe(2);
    expect(filterExcerpts(excerpts, 'maria VISITA').map((item) => item.title)).toEqual(['Visita']);
    expect(filterExcerpts(excerpts, 'leo tiempo')).toEqual([]);
  });

  it('cuts a long preview at a word', () => {
    expect(previewOf('short text')).toBe('short text');
    const long = previewOf('word '.repeat(100), 30);
    expect(long.endsWith('…')).toBe(true);
    expect(long.length).toBeLessThanOrEqual(31);
    expect(long).not.toMatch(/wor…$/);
  });
});

describe('people in the review loop', () => {
  it('shares with parents and caregivers, and flags disclosures about family members only', () => {
    expect(caregiversOf(parties).map((party) => party.id)).toEqual(['mother', 'gran']);
    expect(familyOf(parties).map((party) => party.id)).toEqual(['mother', 'gran', 'child']);
  });

  it('reads the details of a check: sentences, values, and the statement a detail points at', () => {
    const checked: ReportVersion = {
      ...version(2, 'draft'),
      sections: [
        {
          kind: 'concerns',
          statements: [
            { id: 'first', text: 'a', type: 'fact', citations: [] },
            { id: 'second', text: 'b', type: 'fact', citations: [] },
          ],
        },
      ],
    };
    expect(
      checkDetailWords(
        [
          'required=5',
          'not-shared',
          'pending=concerns/second',
          'private-passage=concerns/gone/e1',
          'comments=2',
          'unanswered=concerns',
          'odd',
        ],
        checked,
      ),
    ).toEqual([
      { sentence: 'required', value: '5' },
      { sentence: 'not-shared', value: '' },
      { sentence: 'pending', value: 'concerns/second', section: 'concerns', statement: 2 },
      { sentence: 'private-passage', value: 'concerns/gone/e1', section: 'concerns' },
      { sentence: 'comments', value: '2' },
      { sentence: 'unanswered', value: 'concerns', section: 'concerns' },
      { sentence: undefined, value: 'odd' },
    ]);
  });
});

describe('the public holidays a count skipped', () => {
  it('reads as day and name, in the reader’s language', () => {
    const skipped = [
      { date: '2025-09-18', name: 'Fiestas Patrias' },
      { date: '2025-09-19', name: 'Día de las Glorias del Ejército' },
    ];
    expect(skippedHolidaysText(skipped, 'es')).toBe('18 sept Fiestas Patrias, 19 sept Día de las Glorias del Ejército');
    expect(skippedHolidaysText([{ date: '2026-01-01', name: 'New Year' }], 'en')).toBe('Jan 1 New Year');
  });

  it('are check details with sentences of their own', () => {
    const words = checkDetailWords(
      [
        'holidays=CL-AP',
        'holidays-skipped=2025-09-18,2025-09-19',
        'holidays-unknown=AQ',
        'holidays-none',
        'holidays-not-counted',
      ],
      { number: 1, status: 'draft', createdAt: '', updatedAt: '', sections: [], documents: [] },
    );
    expect(words.map((word) => word.sentence)).toEqual([
      'holidays',
      'holidays-skipped',
      'holidays-unknown',
      'holidays-none',
      'holidays-not-counted',
    ]);
  });
});
