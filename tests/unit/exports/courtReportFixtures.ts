/**
 * A court report through the whole loop, for the document tests: version 1 shared with the
 * grandmother, two comments on it, version 2 finalised with an override. Statements of every
 * type, a withheld and a pending disclosure, citations of two sessions and of one that is gone.
 */
import type { CourtReport, ReportSection, ReportVersion, Statement } from '../../../src/shared/domain/report/report';
import { reportSectionKinds, type ReportSectionKind } from '../../../src/shared/domain/report/reportTaxonomy';
import type { ReportCase } from '../../../src/shared/exports/courtReport/documentInput';
import { family, reference } from './fixtures';

export const reportCase: ReportCase = {
  parties: family,
  reference,
  entries: [
    { id: 'entry-0c1f', sessionDate: '2025-03-14' },
    { id: 'entry-7ab2', sessionDate: '2025-03-21' },
  ],
};

/** Words only statements hold back from the caregiver's copy. */
export const withheldWords = 'RETENIDO-PARA-OTRA-PERSONA';
export const pendingWords = 'PENDIENTE-DE-DECISION';

export const statements: Record<ReportSectionKind, Statement[]> = {
  identification: [
    { id: 'st-id-1', text: 'Tomás lives with his grandmother Rosa Elvira Soto.', type: 'fact', citations: [] },
  ],
  referral: [
    {
      id: 'st-ref-1',
      text: 'The school reported repeated absences in February.\n\nThe court asked for an assessment.',
      type: 'fact',
      citations: ['entry-0c1f'],
    },
  ],
  intervention: [
    {
      id: 'st-int-1',
      text: 'Tomás played calmly and talked about school.',
      type: 'observation',
      citations: ['entry-0c1f', 'entry-7ab2', 'entry-gone'],
      // Inserted from the journal: in the export tests' vault, its reportable section.
      source: { entryId: 'entry-7ab2', sectionId: 'r1' },
    },
  ],
  goals: [],
  strengths: [
    {
      id: 'st-str-1',
      text: 'Rosa keeps every appointment.',
      type: 'opinion',
      citations: ['entry-7ab2'],
    },
  ],
  concerns: [
    {
      id: 'st-con-1',
      text: `María José said her mother shouts at Tomás. ${withheldWords}`,
      type: 'allegation',
      by: { partyId: 'p-mother' },
      citations: ['entry-7ab2'],
      disclosure: { aboutPartyIds: ['p-grandmother'], decision: 'withhold' },
    },
    {
      id: 'st-con-2',
      text: `Rosa said the father visits at night. ${pendingWords}`,
      type: 'allegation',
      by: { partyId: 'p-grandmother' },
      citations: [],
      disclosure: { aboutPartyIds: ['p-father'], decision: 'pending' },
    },
    {
      id: 'st-con-3',
      text: 'The teacher thinks Tomás is tired in the mornings.',
      type: 'opinion',
      by: { name: 'Ignacio Larraín' },
      citations: [],
      disclosure: { aboutPartyIds: ['p-child'], decision: 'share' },
    },
  ],
  'caregiver-view': [
    {
      id: 'st-view-1',
      text: 'I do my best and Tomás is happy with me.',
      type: 'allegation',
      by: { partyId: 'p-grandmother' },
      citations: [],
    },
  ],
  recommendations: [
    { id: 'st-rec-1', text: 'Continue the family support programme for six months.', type: 'opinion', citations: [] },
  ],
};

function sections(overrides: Partial<Record<ReportSectionKind, Statement[]>> = {}): ReportSection[] {
  return reportSectionKinds.map((kind) => ({ kind, statements: overrides[kind] ?? statements[kind] }));
}

const at = '2025-03-20T10:00:00.000Z';

export const sharedVersion: ReportVersion = {
  number: 1,
  status: 'shared',
  createdAt: at,
  updatedAt: at,
  sections: sections({ 'caregiver-view': [] }),
  sharedWith: { partyId: 'p-grandmother', date: '2025-03-24', method: 'in-person' },
  documents: [],
};

export const finalVersion: ReportVersion = {
  number: 2,
  status: 'final',
  basedOn: 1,
  createdAt: '2025-03-27T10:00:00.000Z',
  updatedAt: '2025-03-28T10:00:00.000Z',
  sections: sections(),
  finalized: {
    at: '2025-03-28T10:00:00.000Z',
    checks: [
      { id: 'review-window', passed: false, details: ['2', '5'] },
      { id: 'caregiver-view', passed: true, details: [] },
      { id: 'private-text', passed: true, details: [] },
      { id: 'disclosures', passed: false, details: ['st-con-2'] },
    ],
    override: { reason: 'The hearing date was brought forward by the court.' },
  },
  documents: [],
};

export const report: CourtReport = {
  id: 'report-5d2e',
  caseId: 'case-91aa',
  title: 'Review hearing, April',
  court: 'Juzgado de Familia de Pudahuel',
  hearing: { kind: 'review', date: '2025-04-03' },
  reviewWorkingDays: 5,
  createdAt: at,
  updatedAt: '2025-03-28T10:00:00.000Z',
  versions: [sharedVersion, finalVersion],
  comments: [
    {
      id: 'comment-1',
      version: 1,
      section: 'recommendations',
      stance: 'disagrees',
      words: 'Six months is too long; we already go every week.',
      recordedOn: '2025-03-26',
      response: { outcome: 'not-changed', note: 'The court asked for a full programme.' },
    },
    {
      id: 'comment-2',
      version: 1,
      section: 'referral',
      stance: 'correction',
      words: 'The absences were in March, not February.',
      line: '12-13',
      recordedOn: '2025-03-26',
      response: { outcome: 'changed', note: 'Month corrected.' },
    },
  ],
};

/** Codes that must never reach the caregiver's copy: list ids and record ids. */
export const internalCodes = [
  'in-person',
  'caregiver-view',
  'reportable',
  'not-changed',
  'no-change-needed',
  'withhold',
  'pending',
  'allegation',
  'observation',
  'review-window',
  'private-text',
  'p-grandmother',
  'p-mother',
  'entry-0c1f',
  'entry-7ab2',
  'entry-gone',
  'report-5d2e',
  'case-91aa',
  'st-con-1',
  'comment-1',
];
