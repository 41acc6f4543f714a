import { describe, expect, it } from 'vitest';
import { agreeArticle } from '../../../src/shared/exports/deidentify/articles';
import { createDeidentifier } from '../../../src/shared/exports/deidentify/deidentifier';
import { assignPseudonyms } from '../../../src/shared/exports/deidentify/pseudonyms';
import { fold, readingView, originalSpan } from '../../../src/shared/text/normalize';
import { deidentifierFor, family, reference } from './fixtures';

describe('folding', () => {
  it('drops accents and case, and maps back to the original characters', () => {
    expect(fold('MARÍA José Muñoz O’Brien')).toBe("maria jose munoz o'brien");
    const decomposed = 'Mari\u0301a y Pe\u0301rez';
    const folded = readingView(decomposed);
    expect(folded.text).toBe('maria y perez');
    const start = folded.text.indexOf('perez');
    const span = originalSpan(folded, start, start + 5);
    expect(decomposed.slice(span.start, span.end)).toBe('Pe\u0301rez');
    expect(decomposed.slice(...Object.values(originalSpan(folded, 0, 5)))).toBe('Mari\u0301a');
  });
});

describe('names', () => {
  const text = (input: string) => deidentifierFor('en').text(input);

  it('are found after any character that is no letter, ASCII or not, and never glued to a letter', () => {
    for (const before of ['', '2', '_', '-', '*', '«', '—', '¿', '\u00A0', '(', '\u200B', '&amp;']) {
      // One name a text: a name found elsewhere in the text would hide a miss.
      for (const name of ['Tomás', 'sra. Pérez', 'la abuela'])
        expect(text(`${before}${name} came`), before).not.toMatch(/Tom|P[ée]rez|abuela/i);
    }
    for (const before of ['x', 'ß', 'é', 'Ж']) expect(text(`${before}Tomás came`), before).toContain('Tomás');
  });

  it.each([
    ['María José Pérez came late.', 'Mother A came late.'],
    ['MARÍA JOSÉ and maria jose and María-José', 'Mother A and Mother A and Mother A'],
    ['Tomi and Tomás played; TOMAS cried.', 'Child 1 and Child 1 played; Child 1 cried.'],
    [
      'Majo said la abuela would come; LA ABUELA did not.',
      'Mother A said Caregiver A would come; Caregiver A did not.',
    ],
    ['Tata Rosa and rosa and ROSA', 'Caregiver A and Caregiver A and Caregiver A'],
    ['The teacher, Mr Larraín, and Ignacio', 'The teacher, Professional A, and Professional A'],
    ['Sra. Pérez, Sr. Soto, Don Ignacio, Doña Rosa, Mrs Larrain, Ms Soto, Dra. Larraín', ''],
  ])('replaces %j', (input, expected) => {
    const output = text(input);
    if (expected !== '') expect(output).toBe(expected);
    for (const word of ['maria', 'jose', 'perez', 'tomas', 'tomi', 'majo', 'rosa', 'soto', 'larrain', 'ignacio']) {
      expect(fold(output)).not.toMatch(new RegExp(`(^|[^a-z])${word}([^a-z]|$)`));
    }
  });

  it('takes titles and initials with the name, so "Sra." does not dangle', () => {
    expect(text('Hablé con la Sra. Larraín y con M. J. Larraín.')).toBe(
      'Hablé con la Professional A y con Professional A.',
    );
    expect(text('Doña Rosa llegó.')).toBe('Caregiver A llegó.');
  });

  it('gives a shared surname to the person named just before it, else a neutral marker', () => {
    expect(text('María Pérez and Rosa Soto')).toBe('Mother A and Caregiver A');
    expect(text('Tomás Soto')).toBe('Child 1');
    expect(text('Mrs Pérez called. Soto did not.')).toBe('[name] called. [name] did not.');
  });

  it('matches an institution only as a whole, never word by word', () => {
    expect(text('At the Juzgado de Familia de Pudahuel the familia waited.')).toBe(
      'At the Court A the familia waited.',
    );
    expect(text('juzgado de familia de pudahuel')).toBe('Court A');
  });

  it('leaves parts of longer words alone', () => {
    expect(text('Mariana, Rosalía, Sotomayor and Tomasa are not in the case.')).toBe(
      'Mariana, Rosalía, Sotomayor and Tomasa are not in the case.',
    );
  });

  it('keeps possessives and punctuation around a name', () => {
    expect(text("María José's phone (Tomi's too)")).toBe("Mother A's phone (Child 1's too)");
  });

  it('uses Spanish pseudonyms in a Spanish brief', () => {
    expect(deidentifierFor('es').text('Tomi vive con la abuela; Majo lo visita.')).toBe(
      'NNA 1 vive con Persona cuidadora A; Madre A lo visita.',
    );
  });

  it('lists each replaced form once with how often it was replaced', () => {
    const deidentifier = deidentifierFor('en');
    deidentifier.text('Majo and MAJO and Majo');
    expect(deidentifier.replacements()).toEqual([
      { kind: 'name', original: 'Majo', replacement: 'Mother A', count: 2 },
      { kind: 'name', original: 'MAJO', replacement: 'Mother A', count: 1 },
    ]);
  });

  it('needs a pseudonym for every party', () => {
    expect(deidentifierFor('en').pseudonyms).toEqual([
      'Child 1',
      'Mother A',
      'Caregiver A',
      'Professional A',
      'Court A',
    ]);
    expect(family).toHaveLength(5);
  });
});

describe('an ordinary word that is also a name', () => {
  it('is decided where it stands, in every text, however often it was seen before', () => {
    const deidentifier = createDeidentifier({
      parties: family,
      pseudonyms: assignPseudonyms(family, []),
      reference,
      language: 'en',
      isOrdinaryWord: (folded) => folded === 'rosa',
    });
    const texts = ['una blusa rosa', 'Rosa came', 'una blusa rosa', 'rosa soto came', 'the rosa dress'];
    expect(texts.map((text) => deidentifier.text(text))).toEqual([
      'una blusa rosa',
      'Caregiver A came',
      'una blusa rosa',
      'Caregiver A came',
      'the rosa dress',
    ]);
    expect(deidentifier.doubtful()).toEqual([
      {
        word: 'rosa',
        pseudonym: 'Caregiver A',
        count: 3,
        contexts: ['una blusa rosa', 'una blusa rosa', 'the rosa dress'],
      },
    ]);
  });
});

describe('Spanish articles before a pseudonym', () => {
  it('agree at the end of a long text, over any run of spaces', () => {
    const long = 'Hablamos largo. '.repeat(400);
    expect(agreeArticle(`${long}con la `, 'masculine')).toBe(`${long}con el `);
    expect(agreeArticle(`${long}vino Del \n\t `, 'feminine')).toBe(`${long}vino De la \n\t `);
    expect(agreeArticle(`${long}habló de la\u00A0\u00A0`, 'neutral')).toBe(`${long}habló de\u00A0\u00A0`);
    expect(agreeArticle(`${long}a la `, 'neutral')).toBe(`${long}a `);
    expect(agreeArticle(`${long}la mesa `, 'masculine')).toBe(`${long}la mesa `);
  });

  it('are articles only as whole words, also after a letter or digit outside the BMP', () => {
    expect(agreeArticle('escuela ', 'masculine')).toBe('escuela ');
    expect(agreeArticle('\u{1D400}la ', 'masculine')).toBe('\u{1D400}la ');
    expect(agreeArticle('texto \u{1D400}del ', 'feminine')).toBe('texto \u{1D400}del ');
    // "de" glued to the letter is no article, so only "la" agrees, at the end of a long text too.
    const long = 'Hablamos largo. '.repeat(400);
    expect(agreeArticle(`${long}\u{1D400}de la `, 'masculine')).toBe(`${long}\u{1D400}de el `);
    expect(agreeArticle('\u{1D7CE}el ', 'feminine')).toBe('\u{1D7CE}el ');
    expect(agreeArticle('😀la ', 'masculine')).toBe('😀el ');
    expect(agreeArticle('la ', 'neutral')).toBe('');
  });
});
