import { describe, expect, it } from 'vitest';
import { cleanStrings } from '../../../src/shared/text/cleanStrings';
import { cleanExportText, fold, originalSpan, readingView } from '../../../src/shared/text/normalize';

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

  it('cleans exported text of what nobody sees and what XML cannot hold', () => {
    expect(cleanExportText('a\u00ADb\u200Bc\uFEFFd\uFFFEe\uFFFFf\u0001g\uD800h')).toBe('abcdefgh');
    expect(cleanExportText('línea\nnueva\ttab 😀')).toBe('línea\nnueva\ttab 😀');
  });

  it('cleans every string of a document model and keeps its shape', () => {
    const model = { title: 'T\uFFFF', items: [{ text: 'x\u200By', count: 2 }], when: null, ok: true };
    expect(cleanStrings(model)).toEqual({ title: 'T', items: [{ text: 'xy', count: 2 }], when: null, ok: true });
  });
});
