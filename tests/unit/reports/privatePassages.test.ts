import { describe, expect, it } from 'vitest';
import type { CaseWithEntries } from '../../../src/shared/domain/case';
import { passageWords, privatePassageIn, privatePassagesIn } from '../../../src/shared/domain/report/privatePassages';
import { entryContent, storedEntry } from '../journal/journalFixtures';
import {
  journalCase,
  oldPrivateText,
  privateText,
  reportableText,
  sessionWith,
  supervisionText,
} from './reportFixtures';

const found = (text: string, journal: CaseWithEntries = journalCase()) => privatePassageIn(text, journal);

/** A case of one entry holding only what `overrides` gives it. */
const only = (overrides: Parameters<typeof entryContent>[0]): CaseWithEntries => ({
  ...journalCase(),
  entries: [
    storedEntry('only', {
      ...entryContent(),
      sections: [],
      promptAnswers: [],
      tensions: [],
      strategies: [],
      feelingNote: undefined,
      supervisionQuestions: [],
      ...overrides,
    }),
  ],
});

describe('private passages in a report’s text', () => {
  it('finds six words in a row of private or supervision text, even only the tail of a sentence', () => {
    // "…evitó las preguntas sobre la escuela." keeps only its last six words, re-cased and unaccented.
    expect(found('Se dijo que EVITO las preguntas sobre la escuela, y nada más.')).toBe('e1');
    expect(found(`Nota: ${supervisionText.split(' ').slice(-6).join('\n  ')}`)).toBe('e1');
  });

  it('lets five shared words through: too likely to be an ordinary phrase', () => {
    expect(passageWords).toBe(6);
    expect(found('Hoy evitó las preguntas sobre la casa.')).toBeUndefined();
    expect(found('La madre llegó tarde y luego el perro ladró.')).toBeUndefined();
  });

  it('reads every non-reportable text: earlier revisions, prompt answers, feelings, tensions, strategies, questions', () => {
    const base = entryContent();
    expect(found(`Nota: ${oldPrivateText}`)).toBe('e1');
    expect(
      found('Dice que teme perder a los niños si habla con franqueza.', only({ promptAnswers: base.promptAnswers })),
    ).toBe('only');
    expect(
      found(
        'She said she was tired after the long drive today.',
        only({ feelingNote: 'Tired after the long drive today.' }),
      ),
    ).toBe('only');
    expect(found('Then she went quiet when the court came up.', only({ tensions: base.tensions }))).toBe('only');
    expect(found('Hubo escucha activa sobre el miedo a la audiencia.', only({ strategies: base.strategies }))).toBe(
      'only',
    );
    expect(
      found('How do I raise the school absences here?', only({ supervisionQuestions: base.supervisionQuestions })),
    ).toBe('only');
    expect(
      found(
        'Then she went quiet when the court came up.',
        only({
          relationships: [
            { partyId: 'p-mother', quality: 'tense', note: 'Then she went quiet when the court came up.' },
          ] as never,
        }),
      ),
    ).toBe('only');
  });

  it('lets through the words a reportable section holds now, though a private text or an older revision also has them', () => {
    // In e1's older revision the grandmother sentence was private, and the court section read otherwise.
    expect(found('La abuela asistió a las cinco visitas acordadas, según consta.')).toBeUndefined();
    expect(found(reportableText)).toBeUndefined();
    expect(found('Antes: VERSION-ANTERIOR del texto que ya no se ofrece.')).toBe('e1');
  });

  it('answers for many texts at once, by index, leaving out the clean ones', () => {
    expect(privatePassagesIn(['Nada que ver.', `Copia: ${privateText}`, ''], journalCase())).toEqual(
      new Map([[1, 'e1']]),
    );
  });

  it('reads texts printed one after the other as one, in the order of each document', () => {
    const texts = ['Sentí frustración cuando María', 'José evitó las preguntas.'];
    expect(privatePassagesIn(texts, journalCase())).toEqual(
      new Map([
        [0, 'e1'],
        [1, 'e1'],
      ]),
    );
    expect(privatePassagesIn(texts, journalCase(), [[0], [1]]).size).toBe(0);
    // Two words between the halves are a near-verbatim copy still; a sentence between them is not.
    expect(privatePassagesIn([...texts, 'Otra cosa.'], journalCase(), [[0, 2, 1]]).size).toBe(2);
    const between = 'Después hablamos largamente del horario del consultorio y de las vacaciones de invierno.';
    expect(privatePassagesIn([...texts, between], journalCase(), [[0, 2, 1]]).size).toBe(0);
  });

  it('finds a near-verbatim copy and reordered clauses, not an ordinary phrase', () => {
    expect(found('Sentí (sic) frustración cuando María (sic) José evitó las (sic) preguntas sobre la escuela.')).toBe(
      'e1',
    );
    expect(found('Sentí rabia cuando María José esquivó las preguntas sobre el colegio y la casa.')).toBeUndefined();
    const notes = only({
      sections: [
        {
          id: 'mine',
          title: 'Mi reflexión',
          visibility: 'private',
          text: 'La madre asistió puntualmente a la sesión y yo sentí rabia. Jorge llama cada diez minutos, Tomás se tapa los oídos, Rosa evita mirarme.',
        },
      ],
    });
    expect(found('La madre asistió puntualmente a la sesión.', notes)).toBeUndefined();
    expect(found('Rosa evita mirarme; Tomás se tapa los oídos; Jorge llama cada diez minutos.', notes)).toBe('only');
  });

  it('finds a short private text only whole, and never a title the app gives every reflection', () => {
    const titled = only({
      sections: [
        { id: 'what', title: 'Lo que pasó', visibility: 'supervision', text: 'Nada.' },
        { id: 'mine', title: 'Miedo a perder el caso', visibility: 'private', text: 'Nada.' },
      ],
    });
    expect(found('Hay miedo a perder el caso.', titled)).toBe('only');
    expect(found('Hay miedo a perder la calma.', titled)).toBeUndefined();
    expect(found('Rosa contó lo que pasó en la escuela.', titled)).toBeUndefined();
  });

  it('lets through a lightly edited copy of a reportable section, though private text has it too', () => {
    const sentence = 'Rosa trajo la libreta de controles y los certificados del consultorio de Quilicura.';
    const copy = 'Rosa trajo (sic) la libreta de controles y (sic) los certificados del consultorio.';
    const mine = { id: 'mine', title: 'Mi reflexión', visibility: 'private' as const, text: sentence };
    const court = { id: 'court', title: 'Para el tribunal', visibility: 'reportable' as const, text: sentence };
    expect(found(copy, only({ sections: [mine] }))).toBe('only');
    expect(found(copy, only({ sections: [mine, court] }))).toBeUndefined();
  });

  it('stays fast: a 400-session case against a 20-page report, in time that grows with the text, not with case × report', () => {
    // Words drawn as in prose: a few very common, most rare; the report uses the same words.
    let seed = 42;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
    const words = (count: number) =>
      Array.from({ length: count }, () => `palabra${Math.floor(random() ** 2 * 3000)}`).join(' ');
    const entries = Array.from({ length: 400 }, (_, index) => {
      const content = sessionWith({ supervision: words(250), private: words(150), reportable: words(150) });
      const entry = storedEntry(`e${index}`, content);
      if (index % 4 === 0) entry.history = [{ editedAt: '2025-03-06T10:00:00.000Z', previous: content }];
      return entry;
    });
    const big: CaseWithEntries = { ...journalCase(), entries };
    // About 20 pages: 120 statements of 80 words.
    const report = Array.from({ length: 120 }, () => words(80));
    const fastest = (run: () => void) =>
      Math.min(
        ...[0, 1, 2, 3, 4].map(() => {
          const started = performance.now();
          run();
          return performance.now() - started;
        }),
      );
    const checking = fastest(() => privatePassagesIn(report, big));
    // Against itself on a quarter of both: four times the text is about four times the time when the
    // check is linear, sixteen when it grows with case × report. A relative bound, so a busy machine
    // does not fail it.
    const quarter = fastest(() =>
      privatePassagesIn(report.slice(0, report.length / 4), { ...big, entries: entries.slice(0, entries.length / 4) }),
    );
    expect(checking).toBeLessThan(quarter * 12);
  });
});
