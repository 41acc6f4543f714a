/** A case with reportable, supervision and private text, and reports at each step of the loop. */
import type { CaseWithEntries } from '../../../src/shared/domain/case';
import type { EntryContent } from '../../../src/shared/domain/entry';
import { createReport } from '../../../src/shared/domain/report/lifecycle';
import type { CourtReport, ReportSection, Statement } from '../../../src/shared/domain/report/report';
import { reportSectionKinds, type ReportSectionKind } from '../../../src/shared/domain/report/reportTaxonomy';
import { entryContent, goals, parties, storedEntry } from '../journal/journalFixtures';

export const at = '2025-03-20T10:00:00.000Z';
export const later = '2025-03-21T10:00:00.000Z';

export const privateText = 'Sentí frustración cuando María José evitó las preguntas sobre la escuela.';
export const supervisionText = 'La madre llegó tarde y el niño jugó en silencio durante toda la visita.';
export const oldPrivateText = 'Solo en la revisión anterior quedó esta sospecha sobre el padrastro.';
export const reportableText =
  'La abuela asistió a las **cinco** visitas acordadas.\n\n- Llegó puntual\n- Trajo la libreta';

/** A session with a supervision, a private and a reportable section (ids `what-happened`, `my-reflection`, `for-court`). */
export function sessionWith(
  texts: { supervision: string; private: string; reportable: string },
  overrides: Partial<EntryContent> = {},
): EntryContent {
  return entryContent({
    sections: [
      { id: 'what-happened', title: 'Lo que pasó', visibility: 'supervision', text: texts.supervision },
      { id: 'my-reflection', title: 'Mi reflexión', visibility: 'private', text: texts.private },
      {
        id: 'for-court',
        title: 'Para el tribunal',
        visibility: 'reportable',
        statementType: 'observation',
        text: texts.reportable,
      },
    ],
    ...overrides,
  });
}

function content(overrides: Partial<EntryContent>): EntryContent {
  return sessionWith({ supervision: supervisionText, private: privateText, reportable: reportableText }, overrides);
}

/** Two sessions, a court hearing, and a supervision note; the first session was revised. */
export function journalCase(): CaseWithEntries {
  const first = storedEntry('e1', content({ sessionDate: '2025-03-05', phase: 'start' }));
  first.history = [
    {
      editedAt: '2025-03-06T10:00:00.000Z',
      previous: content({
        sessionDate: '2025-03-05',
        sections: [
          {
            id: 'for-court',
            title: 'Para el tribunal',
            visibility: 'reportable',
            text: 'VERSION-ANTERIOR del texto que ya no se ofrece al tribunal.',
          },
          { id: 'old-private', title: 'Antes', visibility: 'private', text: oldPrivateText },
          // Private then, reportable now: no longer private.
          {
            id: 'my-reflection',
            title: 'Antes',
            visibility: 'private',
            text: 'La abuela asistió a las cinco visitas acordadas.',
          },
        ],
      }),
    },
  ];
  const second = storedEntry(
    'e2',
    content({
      sessionDate: '2025-03-12',
      phase: 'evaluation',
      tensions: [
        {
          type: 'fear-of-losing-children',
          indicators: ['repeated-absences'],
          parties: ['p-mother'],
          intensity: 2,
          rupture: 'withdrawal',
          repairSteps: [],
        },
      ],
    }),
  );
  const hearing = storedEntry(
    'e3',
    content({ sessionDate: '2025-03-10', phase: 'evaluation', modality: 'court-hearing' }),
  );
  const supervision = storedEntry(
    'e4',
    content({ sessionDate: '2025-03-13', phase: 'evaluation', supervisionOf: { exportId: 'x1' } }),
  );
  return {
    id: 'case-1',
    alias: 'Familia R.',
    reference: 'RIT C-1234-2024',
    status: 'open',
    phase: 'evaluation',
    phaseHistory: [
      { phase: 'start', changedAt: '2025-03-01', decidedBy: 'practitioner' },
      { phase: 'evaluation', changedAt: '2025-03-08', decidedBy: 'court' },
    ],
    openedAt: '2025-03-01',
    parties: [...parties, { id: 'p-worker', role: 'professional', name: 'Ignacio', aliases: [] }],
    goals: [...goals, { id: 'g-proposed', description: 'Apoyo escolar', agreedWith: [], status: 'proposed' }],
    createdAt: at,
    updatedAt: at,
    entries: [first, second, hearing, supervision],
  };
}

/** A session with the family on `sessionDate`, tagged with `phase`. */
export function storedEntryFor(id: string, sessionDate: string, phase: EntryContent['phase']) {
  return storedEntry(id, content({ sessionDate, phase }));
}

export function statement(id: string, text: string, overrides: Partial<Statement> = {}): Statement {
  return { id, text, type: 'observation', citations: [], ...overrides };
}

/** Sections in the court's order, with the statements given for some kinds. */
export function sections(content: Partial<Record<ReportSectionKind, Statement[]>> = {}): ReportSection[] {
  return reportSectionKinds.map((kind) => ({ kind, statements: content[kind] ?? [] }));
}

export function newReport(overrides: Partial<Parameters<typeof createReport>[0]> = {}): CourtReport {
  return createReport(
    {
      id: 'r1',
      caseId: 'case-1',
      title: 'Audiencia de revisión',
      hearing: { kind: 'review', date: '2025-03-31' },
      ...overrides,
    },
    at,
  );
}
