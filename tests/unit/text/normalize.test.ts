import { describe, expect, it } from 'vitest';
import { cleanStrings } from '../../../src/shared/text/cleanStrings';
import { cleanExportText, fold, originalSpan, readingView, removeInvisible } from '../../../src/shared/text/normalize';

describe('one normalisation', () => {
  it.each([
    ['MARÍA José Muñoz O’Brien', "maria jose munoz o'brien"],
    ['Jac\u00ADinta Mar\u200Bdones', 'jacinta mardones'],
    ['Ｊａｃｉｎｔａ', 'jacinta'],
    ['\u0408\u0430cinta', 'jacinta'],
    ['&#74;acinta Ros&aacute;', 'jacinta rosa'],
    ['\u202Ejacinta\u202C', 'jacinta'],
    ['ﬁcha', 'ficha'],
  ])('folds %j as a reader reads it', (text, folded) => {
    expect(fold(text)).toBe(folded);
  });

  it('reads Markdown as displayed, and maps every folded character back to the original', () => {
    for (const [text, read] of [
      ['Rosa**linda**', 'rosalinda'],
      ['*Rosa*linda', 'rosalinda'],
      ['Rosa~~~~linda', 'rosalinda'],
      ['Rosa\\linda', 'rosalinda'],
      ['Mar-\ndones', 'mardones'],
      ['<span lang="es">Jac</span>inta', 'jacinta'],
    ] as const) {
      const view = readingView(text, { markup: true });
      expect(view.text).toBe(read);
      const span = originalSpan(view, 0, view.text.length);
      expect(fold(text.slice(span.start, span.end).replace(/[*~\\]|<[^>]*>|-\n/g, ''))).toBe(read);
    }
    // Without `markup`, the marks are text.
    expect(readingView('Rosa**linda**').text).toBe('rosa**linda**');
  });

  it('maps a text that folds character for character to itself, as a text that does not', () => {
    const texts = [
      '',
      'plain ascii, Capitals and 3 digits',
      'María José Muñoz O’Brien',
      'Ｊａｃｉｎｔａ y Ｊ',
      'Jac\u00ADinta',
      'Mari\u0301a',
      'ﬁcha',
      '&#74;acinta & co',
      'Rosa**linda**',
      'Mar-\ndones and well-known',
      '<b>Rosa</b> < 3',
      'emoji 😀 and 𝐉acinta',
      'lone \uD800 surrogate',
    ];
    for (const text of texts) {
      for (const markup of [false, true]) {
        const view = readingView(text, { markup });
        expect(view.starts).toHaveLength(view.ends.length);
        // Every span, in range or not, is the one the maps give.
        for (let from = -1; from <= view.text.length + 1; from++) {
          for (let to = from; to <= view.text.length + 1; to++) {
            expect(originalSpan(view, from, to)).toEqual({
              start: view.starts[from] ?? 0,
              end: view.ends[to - 1] ?? view.starts[from] ?? 0,
            });
          }
        }
      }
    }
    const accented = readingView('Ágata Núñez', { markup: true });
    expect(accented.text).toBe('agata nunez');
    expect(accented.starts).toEqual([...Array(11).keys()]);
    expect(accented.ends).toEqual([...Array(11).keys()].map((index) => index + 1));
    // An entity, a soft hyphen or a mark takes the maps off the identity.
    expect(readingView('&#74;o').starts).toEqual([0, 5]);
    expect(readingView('J\u00ADo').ends).toEqual([2, 3]);
    expect(readingView('J*o', { markup: true }).ends).toEqual([2, 3]);
    expect(readingView('J*o').text).toBe('j*o');
  });

  it('cleans every invisible and forbidden character, and returns a clean text as it is', () => {
    const invisible = ['\u00AD', '\u034F', '\u061C', '\u115F', '\u17B4', '\u180E', '\u200B', '\u200F', '\u202A'];
    const more = ['\u2060', '\u206F', '\u3164', '\uFE0F', '\uFEFF', '\uFFA0', '\u{E0041}', '\u{E0100}'];
    const forbidden = ['\u0000', '\u0008', '\u000B', '\u000C', '\u001F', '\uFFFE', '\uFFFF', '\uDBFF', '\uDC00'];
    for (const character of [...invisible, ...more, ...forbidden])
      expect(cleanExportText(`a${character}b`), JSON.stringify(character)).toBe('ab');
    const clean = 'Línea\nnueva\ttab\r\n😀 ÿ \u00A0 \u2028 — “x” ﬁ';
    expect(cleanExportText(clean)).toBe(clean);
  });

  it('cleans a text holding any one UTF-16 code unit as removing every invisible and forbidden one would', () => {
    const always = (text: string) => removeInvisible(text).replace(forbiddenInXml, '');
    const forbiddenInXml =
      // eslint-disable-next-line no-control-regex -- the control characters are what is removed
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
    for (let code = 0; code <= 0xffff; code++) {
      const text = `a${String.fromCharCode(code)}b`;
      expect(cleanExportText(text), code.toString(16)).toBe(always(text));
    }
    // Several characters from U+034F on, the one to remove last.
    expect(cleanExportText('a — “x” ‹y› \u2060b')).toBe('a — “x” ‹y› b');
  });

  it('cleans exported text of what nobody sees and what XML cannot hold', () => {
    expect(cleanExportText('a\u00ADb\u200Bc\uFEFFd\uFFFEe\uFFFFf\u0001g\uD800h')).toBe('abcdefgh');
    expect(cleanExportText('línea\nnueva\ttab 😀')).toBe('línea\nnueva\ttab 😀');
  });

  it('cleans every string of a document model and keeps its shape', () => {
    const model = { title: 'T\uFFFF', items: [{ text: 'x\u200By', count: 2 }], when: null, ok: true };
    expect(cleanStrings(model)).toEqual({ title: 'T', items: [{ text: 'xy', count: 2 }], when: null, ok: true });
  });
});
