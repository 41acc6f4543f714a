/**
 * One normalisation of text for every comparison that protects the family: de-identification,
 * name warnings, the court-report gate and search. Text pasted from Word, PDF or e-mail carries
 * characters nobody sees (soft hyphens, zero-width spaces, bidi controls), letters from other
 * scripts that look Latin ("Ј" for "J"), compatibility forms ("ｊ", "ﬁ") and HTML entities;
 * each would split a name or a copied passage in two for a matcher while a reader sees it whole.
 * `fold` compares; `readingView` also keeps, for every folded character, where it came from, so
 * a match in the folded text replaces exactly the characters it covers in the original.
 */
import { confusablesMap } from 'confusables';
import { decodeHTML } from 'entities';

/**
 * Characters with no visible form: soft hyphen, combining grapheme joiner, Arabic letter mark,
 * Hangul fillers, Mongolian selectors, zero-width space/joiners, direction marks and embeddings,
 * word joiner and invisible operators, variation selectors, BOM, tag characters.
 */
export const invisibleCharacters = new RegExp(
  // These are exactly the joiners and marks the rule warns about: they are what is being removed.
  // eslint-disable-next-line no-misleading-character-class
  '[\\u00AD\\u034F\\u061C\\u115F\\u1160\\u17B4\\u17B5\\u180B-\\u180F\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u206F\\u3164\\uFE00-\\uFE0F\\uFEFF\\uFFA0\\u{E0000}-\\u{E007F}\\u{E0100}-\\u{E01EF}]',
  'gu',
);

/** Characters XML 1.0 cannot hold (a DOCX with one of them does not open), and lone surrogates. */
const xmlForbidden = new RegExp(
  // eslint-disable-next-line no-control-regex -- the control characters are what is being removed
  '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]',
  'g',
);

/** The text without the characters nobody sees. */
export function removeInvisible(text: string): string {
  return text.replace(invisibleCharacters, '');
}

/**
 * Text as an export writes it: what the reader sees is what was checked (no invisible
 * characters), and nothing a document format cannot hold.
 */
export function cleanExportText(text: string): string {
  return text.replace(invisibleCharacters, '').replace(xmlForbidden, '');
}

const combiningMark = /\p{M}/gu;
const asciiLetter = /^[a-z]$/;
const foldCache = new Map<string, string>();

/**
 * One character folded: compatibility forms to plain ones (NFKC), accents and case dropped,
 * a letter of another script that reads as a Latin letter mapped to it, a curly apostrophe
 * straight. Usually one character; none for a lone mark; more for a ligature ("ﬁ" → "fi").
 */
export function foldCharacter(character: string): string {
  const code = character.charCodeAt(0);
  if (code < 0x80) return code >= 65 && code <= 90 ? character.toLowerCase() : character;
  let folded = foldCache.get(character);
  if (folded === undefined) {
    folded = [...character.normalize('NFKC').normalize('NFD').replace(combiningMark, '').toLowerCase()]
      .map((piece) => {
        if (piece === '’' || piece === 'ʼ' || piece === '‘') return "'";
        if (piece.charCodeAt(0) < 0x80) return piece;
        const base = confusablesMap.get(piece)?.toLowerCase();
        // Only letters become letters: a Cyrillic "З" that looks like a "3" stays a letter.
        return base !== undefined && asciiLetter.test(base) ? base : piece;
      })
      .join('');
    foldCache.set(character, folded);
  }
  return folded;
}

const plainAscii = /^[\x20-\x25\x27-\x7e]*$/;

/** A whole text folded, for comparing words: entities decoded, invisible characters gone. */
export function fold(text: string): string {
  // Most words are plain ASCII with no entity: nothing to decompose or map.
  if (plainAscii.test(text)) return text.toLowerCase();
  return readingView(text).text;
}

/** Folded text, and for each of its characters the span of the original it stands for. */
export interface ReadingView {
  text: string;
  /** For each folded character, the index in the original where its source starts. */
  starts: number[];
  /** For each folded character, the index in the original just after its source. */
  ends: number[];
}

export interface ReadingOptions {
  /**
   * Read the text as Markdown is displayed: emphasis and strike marks, backticks and backslashes
   * inside words are not seen ("Rosa**linda**" reads "Rosalinda"), and neither is a hyphen that
   * breaks a word at the end of a line ("Mar-⏎dones").
   */
  markup?: boolean;
}

const entity = /&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?/y;
const markupCharacter = /[*~`\\]/;
/** An HTML tag pasted from a web page: a Markdown viewer renders it, so its text reads as one. */
const htmlTag = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]{0,300})?\/?>/y;
const lineBreakHyphen = /-[ \t]*\r?\n[ \t]*(?=\p{L})/uy;

/**
 * The text as a reader sees it, folded, with a map back to the original. Entities count as the
 * character they show, invisible characters and (with `markup`) Markdown marks count as nothing.
 */
export function readingView(original: string, options: ReadingOptions = {}): ReadingView {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  const markup = options.markup === true;
  const push = (folded: string, start: number, end: number) => {
    for (const piece of folded) {
      text += piece;
      starts.push(start);
      ends.push(end);
    }
  };
  /** A character with nothing to show belongs to the one before it, so a replacement takes it along. */
  const attach = (end: number) => {
    if (ends.length > 0) ends[ends.length - 1] = end;
  };
  let index = 0;
  while (index < original.length) {
    const code = original.charCodeAt(index);
    if (code === 0x26 /* & */) {
      entity.lastIndex = index;
      const found = entity.exec(original);
      const decoded = found === null ? undefined : decodeHTML(found[0]);
      if (found !== null && decoded !== undefined && decoded !== found[0]) {
        push([...decoded].map(foldVisible).join(''), index, index + found[0].length);
        index += found[0].length;
        continue;
      }
    }
    if (markup && code === 0x3c /* < */) {
      htmlTag.lastIndex = index;
      const found = htmlTag.exec(original);
      if (found !== null) {
        attach(index + found[0].length);
        index += found[0].length;
        continue;
      }
    }
    if (markup && code === 0x2d /* - */ && /\p{L}/u.test(original[index - 1] ?? '')) {
      lineBreakHyphen.lastIndex = index;
      const found = lineBreakHyphen.exec(original);
      if (found !== null) {
        attach(index + found[0].length);
        index += found[0].length;
        continue;
      }
    }
    const point = original.codePointAt(index) ?? code;
    const character = String.fromCodePoint(point);
    const end = index + character.length;
    if (markup && markupCharacter.test(character)) attach(end);
    else {
      const folded = foldVisible(character);
      if (folded === '') attach(end);
      else push(folded, index, end);
    }
    index = end;
  }
  return { text, starts, ends };
}

/** A character folded, or nothing when it has no visible form. */
function foldVisible(character: string): string {
  invisibleCharacters.lastIndex = 0;
  return invisibleCharacters.test(character) ? '' : foldCharacter(character);
}

/** The original span of folded characters [from, to). */
export function originalSpan(view: ReadingView, from: number, to: number): { start: number; end: number } {
  return { start: view.starts[from] ?? 0, end: view.ends[to - 1] ?? view.starts[from] ?? 0 };
}

/** Escapes text for use inside a RegExp (also one with the `u` flag, which refuses needless escapes). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
