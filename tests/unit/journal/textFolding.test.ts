import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countMatches, excerptAround, excerptLength, firstMatch } from '../../../src/main/search/excerpt';
import { foldText, foldWithOrigins, isIndexedTerm, tokenize } from '../../../src/main/search/textFolding';

describe('folding text for search', () => {
  it('lower-cases and strips accents, tildes and diaereses', () => {
    expect(foldText('MARÍA José, el NIÑO, pingüino, Åsa, ça, ﬁn')).toBe('maria jose, el nino, pinguino, asa, ca, fin');
    expect(foldText('plain ASCII text')).toBe('plain ascii text');
  });

  it('folds every mix of Latin-1, combining marks and other scripts as decomposing would (the quick table included)', () => {
    const decomposed = (text: string) =>
      text
        .normalize('NFKD')
        .replace(/[\p{M}\p{Default_Ignorable_Code_Point}]+/gu, '')
        .toLowerCase();
    const character = fc.oneof(
      fc.integer({ min: 0x80, max: 0xff }),
      fc.integer({ min: 0x20, max: 0x7e }),
      fc.constantFrom(0x0301, 0x0303, 0x0130, 0x03a3, 0xfb01, 0x00bc, 0x2163, 0x1e9e, 0x200b, 0x200d, 0x2060, 0xfeff),
    );
    fc.assert(
      fc.property(fc.array(character, { maxLength: 30 }), (codes) => {
        const text = String.fromCharCode(...codes);
        if (/^[\t-\r\x20-\x7e]*$/.test(text)) return; // plain ASCII is only lower-cased
        expect(foldText(text)).toBe(decomposed(text));
      }),
      { seed: 1202, numRuns: 3000 },
    );
  });

  it('drops the invisible characters pasted text carries inside words', () => {
    expect(foldText('inter\u00adven\u00adción, pa\u200bdre, ma\u200ddre, ni\u2060ño, \ufeffhoy')).toBe(
      'intervencion, padre, madre, nino, hoy',
    );
    expect(foldText('pa\ufeffdre')).toBe('padre');
  });

  it('treats decomposed and precomposed accents alike', () => {
    expect(foldText('nin\u0303o')).toBe(foldText('niño'));
  });

  it('splits on anything that is not a letter or digit, and skips function words and single letters', () => {
    expect(tokenize(foldText('¿Qué pasó? **Llegó** tarde (3ª vez) -- co-create'))).toEqual([
      'que',
      'paso',
      'llego',
      'tarde',
      '3a',
      'vez',
      'co',
      'create',
    ]);
    expect(['que', 'the', 'a', 'madre', 'court', '3'].map(isIndexedTerm)).toEqual([
      false,
      false,
      false,
      true,
      true,
      false,
    ]);
  });

  it('keeps the original position of every folded character, even when folding shortens the text', () => {
    const text = 'Nin\u0303o y MARÍA';
    const { folded, origins } = foldWithOrigins(text);
    expect(folded).toBe('nino y maria');
    expect(text.slice(origins[folded.indexOf('maria')])).toBe('MARÍA');
    expect(origins.at(-1)).toBe(text.length);
  });
});

describe('excerpts', () => {
  const long =
    'Al principio de la visita la abuela habló del colegio y de los horarios del bus. ' +
    'Después contó que el fin de semana el niño volvió muy cansado de la casa del padre y que no quiso comer. ' +
    'Le pregunté cómo se sentía ella con las visitas y dijo que nadie le explicó la resolución del tribunal, ' +
    'que se enteró por una vecina. Quedamos en revisar juntas el informe antes de enviarlo.';

  it('finds a term only where a word starts', () => {
    expect(firstMatch('la madre comadre', ['madre'])).toBe(3);
    expect(firstMatch('comadre', ['madre'])).toBeUndefined();
    expect(countMatches('la madre y el nino', ['nino', 'madre', 'padre'])).toBe(2);
  });

  it('quotes the original text around the first match, cut at spaces, with ellipses where it was cut', () => {
    const excerpt = excerptAround(long, ['cansado']);
    expect(excerpt.startsWith('…')).toBe(true);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(excerpt).toContain('muy cansado');
    // Near the end, the excerpt reaches back instead of getting shorter.
    expect(excerptAround(long, ['informe']).length).toBeGreaterThan(excerptLength - 20);
    expect(excerpt.length).toBeLessThanOrEqual(excerptLength + 2);
    expect(excerpt.slice(1, -1)).toBe(excerpt.slice(1, -1).trim());
  });

  it('quotes accents as written when the term was folded', () => {
    expect(excerptAround(long, ['nino'])).toContain('el niño volvió');
  });

  it('starts at the beginning when nothing matches, and flattens markdown and line breaks', () => {
    expect(excerptAround('# Título\n\n**Muy** _importante_:\n- uno', [])).toBe('Título Muy importante: - uno');
    expect(excerptAround(long, []).startsWith('Al principio')).toBe(true);
  });
});
