import { describe, expect, it } from 'vitest';
import { highlightPieces, queryTerms } from '../../../src/renderer/src/search/highlight';

const shown = (excerpt: string, query: string) =>
  highlightPieces(excerpt, query)
    .map((piece) => (piece.match ? `[${piece.text}]` : piece.text))
    .join('');

describe('search highlighting', () => {
  it('marks the query words at word beginnings, ignoring case and accents', () => {
    expect(shown('La sesión con la Madre fue tensa', 'sesion madre')).toBe('La [sesión] con la [Madre] fue tensa');
    expect(shown('reunión y reunirse', 'reuni')).toBe('[reuni]ón y [reuni]rse');
    expect(shown('prearranged', 'arrange')).toBe('prearranged');
  });

  it('prefers the longest word and splits the query on punctuation', () => {
    expect(queryTerms('re, reunión  "re"')).toEqual(['reunion', 're']);
    expect(shown('reunión', 're reunión')).toBe('[reunión]');
  });

  it('keeps markup as text', () => {
    const pieces = highlightPieces('<img src=x onerror=alert(1)> img', 'img');
    expect(pieces.map((piece) => piece.text).join('')).toBe('<img src=x onerror=alert(1)> img');
    expect(pieces.filter((piece) => piece.match).map((piece) => piece.text)).toEqual(['img', 'img']);
  });

  it('returns the excerpt whole when there is nothing to mark', () => {
    expect(highlightPieces('text', '   ')).toEqual([{ text: 'text', match: false }]);
    expect(highlightPieces('', 'x')).toEqual([]);
  });
});
