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
 * Any character `cleanExportText` could remove: the invisible ones, the controls, and any
 * surrogate (the invisible tag characters are astral). Most texts have none, and one search for
 * them is cheaper than two replacements that find nothing.
 */
const needsCleaning = new RegExp(
  // eslint-disable-next-line no-control-regex, no-misleading-character-class -- these are what is looked for
  '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u00AD\\u034F\\u061C\\u115F\\u1160\\u17B4\\u17B5\\u180B-\\u180F\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u206F\\u3164\\uD800-\\uDFFF\\uFE00-\\uFE0F\\uFEFF\\uFFA0\\uFFFE\\uFFFF]',
);

/** The ones of them below U+034F: the controls and the soft hyphen. */
const lowNeedingCleaning =
  // eslint-disable-next-line no-control-regex -- the control characters are what is looked for
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u00AD]/;
/** Characters from U+034F on, among which stand the rest of them. */
const high = /[\u034F-\uFFFF]/g;
/** For each UTF-16 code unit from U+034F on: 0 not yet asked, 1 kept, 2 removed. */
const highAnswers = new Uint8Array(0x10000);

/**
 * `needsCleaning.test(text)`, quicker: one search of `needsCleaning`'s many ranges costs as much
 * at every character, while a text holds few characters from U+034F on (a dash, a curly quote),
 * and each is asked about once.
 */
function mayNeedCleaning(text: string): boolean {
  if (lowNeedingCleaning.test(text)) return true;
  high.lastIndex = 0;
  for (let found = high.exec(text); found !== null; found = high.exec(text)) {
    const code = text.charCodeAt(found.index);
    if (highAnswers[code] === 0) highAnswers[code] = needsCleaning.test(String.fromCharCode(code)) ? 2 : 1;
    if (highAnswers[code] === 2) return true;
  }
  return false;
}

/**
 * Text as an export writes it: what the reader sees is what was checked (no invisible
 * characters), and nothing a document format cannot hold.
 */
export function cleanExportText(text: string): string {
  if (!mayNeedCleaning(text)) return text;
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
        // A flag's halves look like letters ("🇨🇱"): read as letters, they glued a flag to the name after it.
        if (pictograph.test(piece)) return piece;
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
/** Emoji and the regional indicators flags are made of: symbols, never letters. */
const pictograph = /^[\p{Extended_Pictographic}\p{Regional_Indicator}]$/u;

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
  const markup = options.markup === true;
  return sameLengthView(original, markup) ?? mappedView(original, markup);
}

/**
 * Most texts fold character for character (plain letters, accented ones, punctuation): then the
 * view is the folded text and each character maps to itself, so no map is built unless asked for.
 * Undefined when some character folds to none or several, or is read as part of something else.
 */
function sameLengthView(original: string, markup: boolean): ReadingView | undefined {
  const special = markup ? specialInMarkup : specialInText;
  special.lastIndex = 0;
  for (let found = special.exec(original); found !== null; found = special.exec(original)) {
    if (readAsMore(original, found.index, original.charCodeAt(found.index), markup)) return undefined;
  }
  let sameLength = true;
  const folded = original.replace(nonAscii, (character) => {
    const code = character.charCodeAt(0);
    const visible = code >= 0xd800 && code <= 0xdfff ? '' : foldVisible(character);
    if (visible.length !== 1) sameLength = false;
    return visible;
  });
  // Folded characters are already lower case, so lowering the whole text lowers only its ASCII.
  return sameLength ? new IdentityView(folded.toLowerCase()) : undefined;
}

const nonAscii = /[\u0080-\uFFFF]/g;
/** ASCII characters that may not stand for themselves: `&` (an entity), and in Markdown `<`, `-` and the marks. */
const specialInText = /&/g;
const specialInMarkup = /[&<*~`\\-]/g;

/** True when the ASCII character at `index` starts an entity, a tag or a line-break hyphen, or is a Markdown mark. */
function readAsMore(original: string, index: number, code: number, markup: boolean): boolean {
  if (code === 0x26 /* & */) return entityAt(original, index) !== undefined;
  if (!markup) return false;
  return markupCharacter.test(original.charAt(index)) || skippedAt(original, index, code) > 0;
}

/**
 * A view whose characters each stand for the original character at the same index. The maps are
 * built on first use: most texts are only searched, and `originalSpan` needs no map for them.
 */
class IdentityView implements ReadingView {
  #starts: number[] | undefined;
  #ends: number[] | undefined;

  constructor(readonly text: string) {}

  get starts(): number[] {
    return (this.#starts ??= indexes(this.text.length, 0));
  }

  get ends(): number[] {
    return (this.#ends ??= indexes(this.text.length, 1));
  }
}

/** [offset, 1 + offset, …] with `length` numbers. */
function indexes(length: number, offset: number): number[] {
  const list: number[] = [];
  for (let index = 0; index < length; index++) list.push(index + offset);
  return list;
}

/** The view built character by character, each folded character with the span it came from. */
function mappedView(original: string, markup: boolean): ReadingView {
  const pieces: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  // One map entry per UTF-16 unit of the view, as the view's indexes count them: an emoji (two
  // units) counted once shifted every span after it by one, and a name kept its first letter.
  const push = (folded: string, start: number, end: number) => {
    pieces.push(folded);
    for (let unit = 0; unit < folded.length; unit++) {
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
    const shown = code === 0x26 /* & */ ? entityAt(original, index) : undefined;
    if (shown !== undefined) {
      push([...shown.decoded].map(foldVisible).join(''), index, index + shown.length);
      index += shown.length;
      continue;
    }
    const skipped = markup ? skippedAt(original, index, code) : 0;
    if (skipped > 0) {
      attach(index + skipped);
      index += skipped;
      continue;
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
  return { text: pieces.join(''), starts, ends };
}

/** The entity at `index` and what it shows, when it shows something other than itself. */
function entityAt(original: string, index: number): { decoded: string; length: number } | undefined {
  entity.lastIndex = index;
  const found = entity.exec(original);
  if (found === null) return undefined;
  const decoded = decodeHTML(found[0]);
  return decoded === found[0] ? undefined : { decoded, length: found[0].length };
}

/** How many characters from `index` a Markdown viewer shows as nothing: an HTML tag, a hyphen breaking a word. */
function skippedAt(original: string, index: number, code: number): number {
  if (code === 0x3c /* < */) {
    htmlTag.lastIndex = index;
    return htmlTag.exec(original)?.[0].length ?? 0;
  }
  if (code === 0x2d /* - */ && /\p{L}/u.test(original[index - 1] ?? '')) {
    lineBreakHyphen.lastIndex = index;
    return lineBreakHyphen.exec(original)?.[0].length ?? 0;
  }
  return 0;
}

const visibleFolds = new Map<string, string>();

/** A character folded, or nothing when it has no visible form. */
function foldVisible(character: string): string {
  const code = character.charCodeAt(0);
  // No ASCII character is invisible.
  if (code < 0x80) return code >= 65 && code <= 90 ? character.toLowerCase() : character;
  let folded = visibleFolds.get(character);
  if (folded === undefined) {
    invisibleCharacters.lastIndex = 0;
    folded = invisibleCharacters.test(character) ? '' : foldCharacter(character);
    visibleFolds.set(character, folded);
  }
  return folded;
}

/** The original span of folded characters [from, to). */
export function originalSpan(view: ReadingView, from: number, to: number): { start: number; end: number } {
  if (view instanceof IdentityView) {
    // What the maps would give: each character stands for the one at its own index.
    const length = view.text.length;
    const start = from >= 0 && from < length ? from : undefined;
    return { start: start ?? 0, end: to >= 1 && to <= length ? to : (start ?? 0) };
  }
  return { start: view.starts[from] ?? 0, end: view.ends[to - 1] ?? view.starts[from] ?? 0 };
}

/** Escapes text for use inside a RegExp (also one with the `u` flag, which refuses needless escapes). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
