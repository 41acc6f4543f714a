import { describe, expect, it } from 'vitest';
import { finalizeReport, saveDraft } from '../../../src/shared/domain/report/lifecycle';
import { privateTextFindings, refusePrivateText } from '../../../src/shared/domain/report/privateTextGate';
import type { CourtReport, Statement } from '../../../src/shared/domain/report/report';
import { newestVersion } from '../../../src/shared/domain/report/versions';
import { AppError } from '../../../src/shared/ipc/result';
import { journalCase, later, newReport, privateText, sections, statement, supervisionText } from './reportFixtures';

/** The tail of the private reflection: its last seven words. */
const privateTail = privateText.split(' ').slice(-7).join(' ');

function draft(concerns: Statement[], caregiverViewAbsentReason?: string): CourtReport {
  return saveDraft(
    newReport(),
    {
      version: 1,
      sections: sections({ concerns }),
      ...(caregiverViewAbsentReason === undefined ? {} : { caregiverViewAbsentReason }),
    },
    later,
  );
}

const places = (report: CourtReport, overrideReason?: string) =>
  privateTextFindings(report, newestVersion(report), journalCase(), overrideReason).map((finding) => [
    finding.problem,
    finding.place,
  ]);

describe('the private-text gate', () => {
  it('lets a report of reportable text and ordinary phrases through', () => {
    const report = draft([
      statement('s1', 'La abuela asistió a las cinco visitas acordadas.', {
        source: { entryId: 'e1', sectionId: 'for-court' },
      }),
      statement('s2', 'La madre llegó tarde.'),
    ]);
    expect(places(report)).toEqual([]);
    expect(() => refusePrivateText(report, newestVersion(report), journalCase())).not.toThrow();
  });

  it('names each statement holding private or supervision text, or citing a section that is not reportable', () => {
    const report = draft([
      statement('s1', 'Sin relación con nada escrito en privado.'),
      statement('s2', `Como anoté, ${privateTail.toUpperCase()}`),
      statement('s3', 'x', { source: { entryId: 'e1', sectionId: 'my-reflection' } }),
      statement('s4', supervisionText),
    ]);
    expect(places(report)).toEqual([
      ['source-not-reportable', 'statement 3 of “Concerns”'],
      ['private-passage', 'statement 2 of “Concerns”'],
      ['private-passage', 'statement 4 of “Concerns”'],
    ]);
  });

  it('reads what the final report prints besides statements: the absent view’s reason, comment notes, the override reason', () => {
    const report: CourtReport = {
      ...draft([], `Motivo: ${privateTail}`),
      comments: [
        {
          id: 'c1',
          version: 1,
          section: 'concerns',
          stance: 'disagrees',
          words: 'No es así.',
          recordedOn: '2025-03-21',
          response: { outcome: 'not-changed', note: `Se mantiene porque ${privateTail}` },
        },
      ],
    };
    expect(places(report, `Sigo porque ${privateTail}`)).toEqual([
      ['private-passage', 'the note on the caregiver’s comment on “Concerns”'],
      ['private-passage', 'the reason the caregiver’s view is missing'],
      ['private-passage', 'the reason to go on past a failed check'],
    ]);
    const kept = finalizeReport(report, [], undefined, later);
    const withReason = {
      ...kept,
      versions: kept.versions.map((version) => ({
        ...version,
        finalized: { at: later, checks: [], override: { reason: privateTail } },
      })),
    };
    expect(places(withReason).at(-1)).toEqual(['private-passage', 'the reason to go on past a failed check']);
  });

  it('reads every other text the documents print: title, court, authors, comments and their lines, the court submitted to', () => {
    const base = draft([
      statement('s1', 'La madre llegó.', { type: 'allegation', by: { name: `la vecina: ${privateTail}` } }),
    ]);
    const report: CourtReport = {
      ...base,
      title: `Revisión: ${privateTail}`,
      court: `Juzgado de Familia, ${privateTail}`,
      versions: base.versions.map((version) => ({
        ...version,
        status: 'submitted',
        submitted: { date: '2025-03-28', court: `Segundo Juzgado; ${privateTail}` },
      })),
      comments: [
        {
          id: 'c1',
          version: 1,
          section: 'concerns',
          stance: 'disagrees',
          words: `Usted escribió ${privateTail}`,
          line: '12 evitó las preguntas sobre la escuela',
          recordedOn: '2025-03-21',
        },
      ],
    };
    expect(places(report)).toEqual([
      ['private-passage', 'the report’s title'],
      ['private-passage', 'the court'],
      ['private-passage', 'the court it was submitted to'],
      ['private-passage', 'the name of whoever statement 1 of “Concerns” is by'],
      ['private-passage', 'the line the caregiver’s comment on “Concerns” points at'],
      ['private-passage', 'the caregiver’s comment on “Concerns”'],
    ]);
  });

  it('reads a passage cut around a statement held back from the caregiver, as the review copy prints it', () => {
    const words = privateText.split(' ');
    const report = draft([
      statement('s1', words.slice(0, 4).join(' ')),
      statement('s2', 'La tía paterna visita la casa los domingos, según se verificará con el equipo del programa.', {
        disclosure: { aboutPartyIds: ['p-mother'], decision: 'withhold' },
      }),
      statement('s3', words.slice(4, 8).join(' ')),
    ]);
    expect(places(report)).toEqual([
      ['private-passage', 'statement 1 of “Concerns”'],
      ['private-passage', 'statement 3 of “Concerns”'],
    ]);
  });

  it('refuses with report-private-text, naming the places, never quoting the text', () => {
    const report = draft([statement('s1', 'Nada.'), statement('s2', privateTail)]);
    let refused: unknown;
    try {
      refusePrivateText(report, newestVersion(report), journalCase());
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe('report-private-text');
    expect((refused as AppError).message).toContain('statement 2 of “Concerns”');
    expect((refused as AppError).message).toMatch(/make the journal section reportable/);
    for (const word of privateTail.split(' ')) expect((refused as AppError).message).not.toContain(word);
  });
});
