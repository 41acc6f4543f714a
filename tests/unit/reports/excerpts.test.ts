import { describe, expect, it } from 'vitest';
import { reportableExcerpts } from '../../../src/shared/domain/report/excerpts';
import { markdownToPlainText } from '../../../src/shared/domain/report/plainText';
import { journalCase, privateText, supervisionText } from './reportFixtures';

describe('markdown to plain text', () => {
  it('keeps paragraphs and list items readable and drops the marks', () => {
    const markdown = [
      '## Visita',
      '',
      'La **madre** llegó _tarde_ con [el informe](https://example.org) y `código` <b>negrita</b>.',
      '',
      '- uno',
      '- dos con *énfasis*',
      '  - anidado',
      '',
      '3. tres',
      '4. cuatro',
      '',
      '> citado\\* aquí',
    ].join('\n');
    expect(markdownToPlainText(markdown)).toBe(
      [
        'Visita',
        '',
        'La madre llegó tarde con el informe y código negrita.',
        '',
        '- uno\n- dos con énfasis\n  - anidado',
        '',
        '3. tres\n4. cuatro',
        '',
        'citado* aquí',
      ].join('\n'),
    );
  });

  it('leaves characters that look like markup in plain sentences as they are', () => {
    expect(markdownToPlainText('Tom & "Ana" < 3 años')).toBe('Tom & "Ana" < 3 años');
  });
});

describe('reportable excerpts', () => {
  it('offers only reportable sections, newest first, in their latest revision, with their labels', () => {
    const excerpts = reportableExcerpts(journalCase());
    expect(excerpts.map((excerpt) => [excerpt.entryId, excerpt.sessionDate])).toEqual([
      ['e4', '2025-03-13'],
      ['e2', '2025-03-12'],
      ['e3', '2025-03-10'],
      ['e1', '2025-03-05'],
    ]);
    expect(excerpts.at(-1)).toEqual({
      entryId: 'e1',
      sectionId: 'for-court',
      sessionDate: '2025-03-05',
      phase: 'start',
      title: 'Para el tribunal',
      text: 'La abuela asistió a las cinco visitas acordadas.\n\n- Llegó puntual\n- Trajo la libreta',
      statementType: 'observation',
    });
    const all = JSON.stringify(excerpts);
    for (const hidden of [privateText, supervisionText, 'VERSION-ANTERIOR', 'Teme perder', 'frustration', 'Tired']) {
      expect(all).not.toContain(hidden);
    }
  });

  it('leaves out sections without an id or without words', () => {
    const journal = journalCase();
    const entry = journal.entries[0]!;
    entry.sections = [
      { title: 'Sin id', visibility: 'reportable', text: 'Algo.' },
      { id: 'blank', title: 'Vacía', visibility: 'reportable', text: '  \n' },
    ];
    journal.entries = [entry];
    expect(reportableExcerpts(journal)).toEqual([]);
  });
});
