import { describe, expect, it } from 'vitest';
import { statementWords } from '../../../src/shared/domain/report/factWords';
import { prefillFromJournal } from '../../../src/shared/domain/report/prefill';
import type { Statement } from '../../../src/shared/domain/report/report';
import type { AttendanceRecord } from '../../../src/shared/domain/attendance';
import type { AttendanceStatus } from '../../../src/shared/domain/taxonomy';
import { journalCase, storedEntryFor } from './reportFixtures';

function record(plannedOn: string, status: AttendanceStatus): AttendanceRecord {
  const at = '2025-04-01T10:00:00.000Z';
  return { id: `a-${plannedOn}`, plannedOn, status, noteVisibility: 'private', createdAt: at, updatedAt: at };
}

function prefilled(court?: string, attendance?: AttendanceRecord[]) {
  let next = 0;
  return prefillFromJournal({
    journalCase: { ...journalCase(), ...(attendance === undefined ? {} : { attendance }) },
    newId: () => `s${++next}`,
    ...(court === undefined ? {} : { court }),
  });
}

const english = (statements: Statement[] | undefined) => (statements ?? []).map((each) => statementWords(each, 'en'));
const spanish = (statements: Statement[] | undefined) => (statements ?? []).map((each) => statementWords(each, 'es'));

describe('what a new report takes from the journal', () => {
  it('identifies the case, the court and each child, as facts kept as data, each to be checked', () => {
    const { identification } = prefilled('Family Court of Pudahuel');
    expect(identification!.map((statement) => [statement.text, statement.fact, statement.check])).toEqual([
      ['', { kind: 'reference', reference: 'RIT C-1234-2024' }, 'new'],
      ['', { kind: 'court', court: 'Family Court of Pudahuel' }, 'new'],
      ['', { kind: 'child', partyId: 'p-child', name: 'Tomás' }, 'new'],
    ]);
    expect(identification!.every((statement) => statement.type === 'fact')).toBe(true);
    expect(english(identification)).toEqual([
      'Case reference: RIT C-1234-2024.',
      'Court: Family Court of Pudahuel.',
      'Child: Tomás.',
    ]);
    // The same statements read in Spanish: nothing was stored in one language.
    expect(spanish(identification)).toEqual([
      'Causa: RIT C-1234-2024.',
      'Tribunal: Family Court of Pudahuel.',
      'Niño, niña o adolescente: Tomás.',
    ]);
  });

  it('counts the sessions with the family by the phase of each reflection, citing them', () => {
    const { intervention } = prefilled();
    expect(english(intervention)).toEqual([
      'The case was opened on 1 March 2025.',
      'Start phase: 1 session with the family held, on 5 March 2025.',
      // e2's tension notes "repeated absences": a reflexive note, never a fact in the report.
      'Evaluation phase: 1 session with the family held, on 12 March 2025.',
      'Also recorded: court hearings, 1; team meetings, 0.',
    ]);
    expect(intervention!.map((statement) => statement.citations)).toEqual([[], ['e1'], ['e2'], ['e3']]);
  });

  it('follows the reflections’ phases, not the case’s phase history', () => {
    // The case never left "start", yet two sessions were of the intervention: they are told so.
    const base = journalCase();
    const journal = {
      ...base,
      phase: 'start' as const,
      phaseHistory: [],
      openedAt: '2025-03-01',
      entries: [
        ...base.entries,
        storedEntryFor('e5', '2025-03-20', 'intervention'),
        storedEntryFor('e6', '2025-03-27', 'intervention'),
      ],
    };
    const { intervention } = prefillFromJournal({ journalCase: journal, newId: () => crypto.randomUUID() });
    expect(spanish(intervention)).toContain(
      'Fase de intervención: 2 sesiones realizadas con la familia, del 20 de marzo de 2025 al 27 de marzo de 2025.',
    );
    expect(
      intervention!.find((each) => each.fact?.kind === 'phase-sessions' && each.fact.phase === 'intervention'),
    ).toMatchObject({ citations: ['e5', 'e6'] });
  });

  it('lists each shared goal with its status, in Spanish too, with fresh statement ids', () => {
    const result = prefilled();
    expect(spanish(result.goals)).toEqual(['Visitas regulares con la madre: Acordado (acordado con María José).']);
    expect(spanish(result.intervention)[1]).toBe(
      'Fase de inicio: 1 sesión realizada con la familia, el 5 de marzo de 2025.',
    );
    const ids = Object.values(result).flatMap((statements) => statements.map((statement) => statement.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('counts the sessions offered from the attendance records, naming only the kinds there were', () => {
    const records = [
      record('2025-03-12', 'not-attended'),
      record('2025-03-19', 'not-attended'),
      record('2025-03-26', 'cancelled-by-programme'),
      record('2025-04-02', 'held'),
      record('2025-04-09', 'rescheduled'),
    ];
    const intervention = prefilled(undefined, records).intervention!;
    // Two reflections of sessions with the family (the hearing is not one) and one held without a reflection.
    expect(intervention.at(-1)!.citations).toEqual(['e1', 'e2']);
    expect(english(intervention).at(-1)).toBe(
      'Sessions offered: 6; attended: 3; not attended: 2; cancelled by the programme: 1; moved to another date: 1.',
    );
    expect(spanish(intervention).at(-1)).toBe(
      'Sesiones ofrecidas: 6; asistidas: 3; sin asistencia: 2; canceladas por el programa: 1; reagendadas: 1.',
    );
  });

  it('says nothing of attendance when no session was recorded as missed or moved', () => {
    const texts = english(prefilled(undefined, []).intervention);
    expect(texts.some((text) => text.startsWith('Sessions offered'))).toBe(false);
  });
});
