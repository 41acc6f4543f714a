import { describe, expect, it } from 'vitest';
import { prefillFromJournal } from '../../../src/shared/domain/report/prefill';
import type { AttendanceRecord } from '../../../src/shared/domain/attendance';
import type { AttendanceStatus } from '../../../src/shared/domain/taxonomy';
import { journalCase } from './reportFixtures';

function record(plannedOn: string, status: AttendanceStatus): AttendanceRecord {
  const at = '2025-04-01T10:00:00.000Z';
  return { id: `a-${plannedOn}`, plannedOn, status, noteVisibility: 'private', createdAt: at, updatedAt: at };
}

function prefilled(language: 'en' | 'es', court?: string, attendance?: AttendanceRecord[]) {
  let next = 0;
  return prefillFromJournal({
    journalCase: { ...journalCase(), ...(attendance === undefined ? {} : { attendance }) },
    language,
    newId: () => `s${++next}`,
    ...(court === undefined ? {} : { court }),
  });
}

describe('what a new report takes from the journal', () => {
  it('identifies the case, the court and each child, as facts', () => {
    const { identification } = prefilled('en', 'Family Court of Pudahuel');
    expect(identification!.map((statement) => statement.text)).toEqual([
      'Case reference: RIT C-1234-2024.',
      'Court: Family Court of Pudahuel.',
      'Child: Tomás.',
    ]);
    expect(identification!.every((statement) => statement.type === 'fact')).toBe(true);
  });

  it('tells the intervention by phase, counting the sessions with the family held, citing them', () => {
    const { intervention } = prefilled('en');
    expect(intervention!.map((statement) => [statement.text, statement.citations])).toEqual([
      ['The case was opened on 1 March 2025.', []],
      ['Start phase, from 1 March 2025 to 8 March 2025: 1 session with the family held.', ['e1']],
      // e2's tension notes "repeated absences": a reflexive note, never a fact in the report.
      ['Evaluation phase, from 8 March 2025: 1 session with the family held.', ['e2']],
      ['Also recorded: court hearings, 1; team meetings, 0.', ['e3']],
    ]);
  });

  it('lists each shared goal with its status, in Spanish too, with fresh statement ids', () => {
    const result = prefilled('es');
    expect(result.goals!.map((statement) => statement.text)).toEqual([
      'Visitas regulares con la madre: Acordado (acordado con María José).',
    ]);
    expect(result.intervention![1]!.text).toBe(
      'Fase de inicio, del 1 de marzo de 2025 al 8 de marzo de 2025: 1 sesión realizada con la familia.',
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
    const english = prefilled('en', undefined, records).intervention!;
    // Two reflections of sessions with the family (the hearing is not one) and one held without a reflection.
    expect(english.at(-1)).toMatchObject({
      text: 'Sessions offered: 6; attended: 3; not attended: 2; cancelled by the programme: 1; moved to another date: 1.',
      citations: ['e1', 'e2'],
    });
    expect(prefilled('es', undefined, records).intervention!.at(-1)!.text).toBe(
      'Sesiones ofrecidas: 6; asistidas: 3; sin asistencia: 2; canceladas por el programa: 1; reagendadas: 1.',
    );
  });

  it('says nothing of attendance when no session was recorded as missed or moved', () => {
    const texts = prefilled('en', undefined, []).intervention!.map((statement) => statement.text);
    expect(texts.some((text) => text.startsWith('Sessions offered'))).toBe(false);
  });
});
