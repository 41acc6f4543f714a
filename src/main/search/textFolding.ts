/**
 * How text becomes search terms, for Spanish and English alike: lower case without accents
 * ("MARÍA" and "maría" → "maria", "niño" → "nino"), split on anything that is not a letter or digit.
 */
import { stopWords } from './stopWords';

/**
 * Combining marks, and the characters Unicode says to show as nothing (soft hyphen, zero-width
 * space and joiners, word joiner, byte order mark, direction marks): text pasted from Word or an
 * e-mail carries them inside words ("inter\u00advención"), which read as one word and must be found as one.
 */
const marksAndInvisibles = /[\p{M}\p{Default_Ignorable_Code_Point}]+/gu;
/** ASCII that needs only lower-casing (not `\s`, which includes U+FEFF). */
const plainAscii = /^[\t-\r\x20-\x7e]*$/;
const letterOrDigit = /^[\p{L}\p{N}]$/u;
/** 1 for the ASCII letters and digits: checked without a regular expression, the common case. */
const asciiWord = new Uint8Array(128).map((_, code) =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 1 : 0,
);

/**
 * For each character up to U+00FF (all Spanish text), the one character it folds to, worked out
 * the long way once; 0 where it folds to none or several ("¼" → "1⁄4").
 */
const latinFolds = new Uint16Array(256).map((_, code) => {
  const folded = foldByDecomposition(String.fromCharCode(code));
  return folded.length === 1 ? folded.charCodeAt(0) : 0;
});
const utf16 = new TextDecoder('utf-16le');

/**
 * The text in lower case with accents and other combining marks removed, and invisible characters
 * too; compatibility forms become plain letters ("ª" → "a", "ﬁ" → "fi").
 */
export function foldText(text: string): string {
  // Most English text needs no decomposition; skipping it makes indexing noticeably faster.
  if (plainAscii.test(text)) return text.toLowerCase();
  // Spanish text needs only the table, about three times faster than decomposing; a search
  // spent half its time folding the texts it quotes.
  const codes = new Uint16Array(text.length);
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const folded = code < 256 ? (latinFolds[code] as number) : 0;
    if (folded === 0) return foldByDecomposition(text);
    codes[index] = folded;
  }
  return utf16.decode(codes);
}

/** Decomposed (NFKD), without combining marks or invisible characters, in lower case: the definition the table follows. */
function foldByDecomposition(text: string): string {
  return text.normalize('NFKD').replace(marksAndInvisibles, '').toLowerCase();
}

/** The words (runs of letters and digits) of already folded text. */
export function tokenize(folded: string): string[] {
  // A scan by character code: three times faster than splitting with a Unicode regular expression.
  const words: string[] = [];
  let start = -1;
  for (let index = 0; index < folded.length; index++) {
    const code = folded.charCodeAt(index);
    let isWord: boolean;
    let width = 1;
    if (code < 0x80) isWord = asciiWord[code] === 1;
    else {
      const point = folded.codePointAt(index) ?? code;
      if (point > 0xffff) width = 2;
      isWord = letterOrDigit.test(String.fromCodePoint(point));
    }
    if (isWord) {
      if (start < 0) start = index;
    } else if (start >= 0) {
      words.push(folded.slice(start, index));
      start = -1;
    }
    index += width - 1;
  }
  if (start >= 0) words.push(folded.slice(start));
  return words;
}

/** The words of folded text worth indexing. */
export function indexedTerms(folded: string): string[] {
  return tokenize(folded).filter(isIndexedTerm);
}

/** Whether a folded word is worth indexing: not a one-letter word and not a function word. */
export function isIndexedTerm(word: string): boolean {
  return word.length > 1 && !stopWords.has(word);
}

/** Folded text together with, for each of its characters, where it came from in the original. */
export interface FoldedText {
  folded: string;
  /** `origins[i]` is the index in the original text of `folded[i]`; one extra item marks the end. */
  origins: number[];
}

/** Like foldText, keeping track of positions, so an excerpt can quote the original text. */
export function foldWithOrigins(text: string): FoldedText {
  let folded = '';
  const origins: number[] = [];
  let index = 0;
  for (const character of text) {
    const piece = character.charCodeAt(0) < 0x80 ? character.toLowerCase() : foldText(character);
    folded += piece;
    for (let offset = 0; offset < piece.length; offset++) origins.push(index);
    index += character.length;
  }
  origins.push(text.length);
  return { folded, origins };
}
