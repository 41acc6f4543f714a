import { beforeAll, describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../src/main/exports/lexicon';
import { allMarkers } from '../../../src/shared/exports/deidentify/markers';
import { createWarningScan, type Lexicon } from '../../../src/shared/exports/deidentify/warnings';
import { wordList } from './fixtures';

function warningsOf(texts: string[], lexicon: Lexicon, safeWords: string[] = []) {
  const scan = createWarningScan({
    lexicon,
    safeWords,
    pseudonyms: ['Caregiver A', 'Child 1', 'Cuidador/a A', 'Madre/padre A'],
    markers: allMarkers,
  });
  texts.forEach(scan.scan);
  return scan.warnings();
}

describe('name warnings with a word list', () => {
  const lexicon = wordList(['la', 'the', 'vecina', 'llamó', 'habló', 'hablamos', 'rosa', 'soto', 'karen', 'sra', 'dr']);

  it('flags a capitalised word whose lower-case form is not a word, with where it appears', () => {
    const warnings = warningsOf(['Hablamos con Ximena, la vecina. Ximena llamó.'], lexicon);
    expect(warnings).toEqual([
      {
        word: 'Ximena',
        count: 2,
        contexts: [expect.stringContaining('con Ximena, la vecina'), expect.any(String)],
        reason: 'unknown-word',
      },
    ]);
  });

  it('skips dictionary words at the start of a sentence and everywhere else', () => {
    expect(warningsOf(['La vecina llamó. The vecina habló.', 'Hablamos.'], lexicon)).toEqual([]);
  });

  it('flags any capitalised word after a title or a pseudonym, even a dictionary word', () => {
    const words = warningsOf(['Habló la Sra. Rosa y Caregiver A Soto; la Dr Karen.'], lexicon).map((w) => w.word);
    expect(words.sort()).toEqual(['Karen', 'Rosa', 'Soto']);
  });

  it('never flags pseudonyms, markers, safe words (any case or accents) or lower-case words', () => {
    const text =
      'Cuidador/a A y Madre/padre A con Child 1 en [dirección eliminada] y [court reference removed]; cesfam, Cesfam, CÉSFAM.';
    expect(warningsOf([text], lexicon, ['CESFAM'])).toEqual([]);
    expect(warningsOf([text], lexicon).map((warning) => [warning.word, warning.count])).toEqual([['Cesfam', 2]]);
  });

  it('counts a word once per occurrence across every text, most frequent first', () => {
    const warnings = warningsOf(['Ximena y Yael.', 'Yael otra vez.', "Yael's book."], lexicon);
    expect(warnings.map((warning) => [warning.word, warning.count])).toEqual([
      ['Yael', 3],
      ['Ximena', 1],
    ]);
  });
});

describe('name warnings, word by word and place by place', () => {
  const lexicon = wordList(['la', 'vino', 'soto', 'sra', 'con', 'y', 'book']);

  it('decides each occurrence by what stands around it, however often the word was seen', () => {
    const warnings = warningsOf(['Soto vino.', 'Vino la Sra. Soto.', 'Soto vino.', 'Caregiver A Soto vino.'], lexicon);
    expect(warnings).toEqual([
      {
        word: 'Soto',
        count: 2,
        contexts: ['Vino la Sra. Soto.', 'Caregiver A Soto vino.'],
        reason: 'beside-name',
      },
    ]);
  });

  it('reads a possessive with either apostrophe as the word, and keeps one written with its ending', () => {
    const warnings = warningsOf(["Yael's book.", 'Yael’s book.', 'Yael’ vino.', "Yael's"], lexicon);
    expect(warnings.map((warning) => [warning.word, warning.count])).toEqual([['Yael', 4]]);
    expect(warningsOf(['Yaels book.'], lexicon).map((warning) => warning.word)).toEqual(['Yaels']);
  });

  it('doubts lower-case unknown words only in a note typed all in lower case', () => {
    const allLower = 'vino con ximena y soto, la vecina de siempre vino con ximena';
    expect(warningsOf([allLower], lexicon).map((warning) => [warning.word, warning.count])).toEqual([
      ['ximena', 2],
      ['siempre', 1],
      ['vecina', 1],
    ]);
    expect(warningsOf([`Vino ${allLower}`], lexicon)).toEqual([]);
  });
});

describe('name warnings with the Hunspell dictionaries', () => {
  let lexicon: Lexicon;
  beforeAll(async () => {
    lexicon = await loadLexicon();
  }, 20_000);

  it('flags names the dictionaries do not know, and leaves ordinary Spanish and English alone', () => {
    const text =
      'Hablamos con Ximena sobre la audiencia. Después llegó Karen con el informe del Tribunal. ' +
      'Mañana vuelve Yael. The meeting went well and Grace helped.';
    const words = warningsOf([text], lexicon).map((warning) => warning.word);
    expect(words).toEqual(expect.arrayContaining(['Ximena', 'Karen', 'Yael']));
    for (const ordinary of ['Hablamos', 'Después', 'Mañana', 'The', 'Tribunal']) expect(words).not.toContain(ordinary);
  });
});
