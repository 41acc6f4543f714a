/**
 * Where the query's words appear in an excerpt, as plain text pieces; the screen wraps the
 * matching ones in <mark>. No HTML is ever built from the excerpt. Matching ignores case and
 * accents ("sesion" finds "sesión") and looks at word beginnings, as the search index does.
 */

export interface TextPiece {
  text: string;
  match: boolean;
}

/** The query's words, folded, longest first so "reunión" wins over "re". */
export function queryTerms(query: string): string[] {
  const terms = query
    .split(/[\s,.;:!?¿¡"'()]+/)
    .map((term) => fold(term))
    .filter((term) => term.length > 0);
  return [...new Set(terms)].sort((a, b) => b.length - a.length);
}

/** Lower case without accents; each character of the text maps to one folded character. */
function foldCharacter(character: string): string {
  const folded = character.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
  return folded.length === 1 ? folded : character.toLocaleLowerCase().charAt(0) || character;
}

function fold(text: string): string {
  return Array.from(text, foldCharacter).join('');
}

const wordCharacter = /[\p{L}\p{N}]/u;

export function highlightPieces(excerpt: string, query: string): TextPiece[] {
  const terms = queryTerms(query);
  const characters = Array.from(excerpt);
  if (terms.length === 0 || characters.length === 0) return excerpt === '' ? [] : [{ text: excerpt, match: false }];
  const folded = characters.map(foldCharacter);
  const marked = new Array<boolean>(characters.length).fill(false);
  for (let index = 0; index < characters.length; index += 1) {
    const atWordStart = index === 0 || !wordCharacter.test(characters[index - 1] ?? '');
    if (!atWordStart) continue;
    const term = terms.find((candidate) => matchesAt(folded, index, candidate));
    if (term === undefined) continue;
    for (let offset = 0; offset < Array.from(term).length; offset += 1) marked[index + offset] = true;
  }
  const pieces: TextPiece[] = [];
  characters.forEach((character, index) => {
    const match = marked[index] ?? false;
    const last = pieces.at(-1);
    if (last !== undefined && last.match === match) last.text += character;
    else pieces.push({ text: character, match });
  });
  return pieces;
}

function matchesAt(folded: readonly string[], index: number, term: string): boolean {
  const termCharacters = Array.from(term);
  return termCharacters.every((character, offset) => folded[index + offset] === character);
}
