import { describe, expect, it } from 'vitest';
import { prefillFromJournal } from '../../../src/shared/domain/report/prefill';
import { journalCase } from './reportFixtures';

function prefilled(language: 'en' | 'es', court?: string) {
  let next = 0;
  return prefillFromJournal({
    journalCase: journalCase(),
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
});
