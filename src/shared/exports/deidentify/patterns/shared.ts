/**
 * What every family of patterns shares: the shape of a pattern, the edges of a word, and the
 * vetoes that tell an identifier from a date, a span of years or an amount of money.
 */
import type { ReplacementKind } from '../markers';

/** A shape to remove; `keep` vetoes a match that only looks like one (a date, an amount). */
export interface DetailPattern {
  kind: Exclude<ReplacementKind, 'name'>;
  /** No capturing groups: the de-identifier reads the replace callback's arguments by position. */
  pattern: RegExp;
  /** `before` is the few characters in front of the match, `after` the rest of the text. */
  keep?: (match: string, before: string, after: string) => boolean;
  /**
   * Cheap tests a text must pass, every one, for the pattern to be worth running: each finds
   * something every match holds or stands next to (a digit, an "@", a label word). Most prose
   * has none of them, and a pattern that starts with a lookbehind scans every position. A test
   * that fails where the pattern would match leaks an identifier, so each must be implied by
   * the pattern (`prefilters.test.ts` checks it); none has the `g` or `y` flag.
   */
  needs?: readonly RegExp[];
}

/** An ASCII digit, which `\d` in every branch of a pattern needs. */
export const aDigit = /\d/;
/** Three digits in a row, which most unlabelled shapes have and ages, times and days have not. */
export const threeDigitsInARow = /\d{3}/;
/** Five digits in a row, which ZIP codes have and the years on almost every line of a brief have not. */
export const fiveDigitsInARow = /\d{5}/;
/** Six digits in a row. */
export const sixDigitsInARow = /\d{6}/;
/**
 * Five digits in a row, or two digits at most five characters apart: what phone numbers, IDs and
 * file numbers written without a label all have, and the dates in words and lone years on most
 * lines of a brief ("8 de enero de 2022") have not.
 */
export const digitsCloseTogether = /\d{5}|\d\D{1,5}\d/;
/**
 * A capital letter with a digit after it, or after one mark between: what plates and codes
 * written in capitals have ("AB 12", "C-1234", "24JD0457") and ages, times and dates have not.
 */
export const aCapitalThenDigit = /[A-Z][·•.\s-]?\d/;
/** An "@", of e-mail addresses and handles. */
export const anAtSign = /@/;
/**
 * What makes a user name unlike a word: a digit, an underscore or a full stop with a letter or
 * digit after it ("benja_2017", "jmardones89", "benja.leiva").
 */
export const anUnwordlikeMark = /[\p{N}_]|\.[\p{L}\p{N}]/u;

/** Whether texts pass the prefilters of each pattern of a list. */
export interface PrefilterCheck {
  /** True if the text in `slot` (0 for a single text) passes every prefilter of the pattern at `index` of the list. */
  passes(index: number, text: string, slot?: number): boolean;
  /** Forget the answers for the text in `slot`: a replacement changed it. */
  forget(slot?: number): void;
  /** Room for `count` texts, with no answers kept: the texts are others. */
  start(count: number): void;
}

/**
 * Patterns share prefilters (most need a digit), so each is tested once per text: its answer is
 * kept, by the text's slot and the prefilter's place in the list of distinct ones, until `forget`.
 */
export function createPrefilterCheck(patterns: readonly DetailPattern[]): PrefilterCheck {
  const prefilters = [...new Set(patterns.flatMap((pattern) => pattern.needs ?? []))];
  const needed = patterns.map((pattern) => (pattern.needs ?? []).map((need) => prefilters.indexOf(need)));
  const untested = 0;
  const passed = 1;
  const failed = 2;
  const width = prefilters.length;
  let answers = new Uint8Array(width);
  return {
    passes(index, text, slot = 0) {
      const offset = slot * width;
      for (const prefilter of needed[index] ?? []) {
        const at = offset + prefilter;
        if (answers[at] === untested) answers[at] = prefilters[prefilter]?.test(text) ? passed : failed;
        if (answers[at] === failed) return false;
      }
      return true;
    },
    forget: (slot = 0) => answers.fill(untested, slot * width, (slot + 1) * width),
    start(count) {
      if (answers.length < count * width) answers = new Uint8Array(count * width);
      else answers.fill(untested);
    },
  };
}

/** No letter or digit just before. */
export const start = '(?<![\\p{L}\\p{N}])';

/**
 * A prefilter's source for words a pattern takes only after `start`: only after what is no ASCII
 * letter or digit (every character `start` lets stand there is one), or at the text's start.
 * Most places are inside a word, and one test of the character before them is quicker than
 * trying every word there.
 */
export function atWordStart(words: string): string {
  return `(?:^|[^a-zA-Z0-9])(?:${words})`;
}
/** No letter or digit just after. */
export const end = '(?![\\p{L}\\p{N}])';
/** Hyphens and dashes, for inside a character class: a pasted "C‑2345‑2024" may use any of them. */
export const dashes = '\\-‐‑‒–—−';
/** One hyphen or dash. */
export const dash = `[${dashes}]`;
/** A number label: "N°", "nº", "no.", "nro.", "número", "number", "#". */
export const numberLabel = '(?:n[°ºo]\\.?|nros?\\.?|n[úu]m(?:ero|\\.)?|nos?\\.|number|#)';

/** A word in any letter case ("calle", "Calle", "CALLE"), for patterns that are otherwise case-sensitive. */
export function anyCase(word: string): string {
  return [...word]
    .map((character) =>
      character.toLowerCase() === character.toUpperCase()
        ? character.replace(/[.\\]/g, '\\$&')
        : `[${character.toLowerCase()}${character.toUpperCase()}]`,
    )
    .join('');
}

/** Digits in a match, to tell a phone number or an ID from a short number. */
export function digitCount(text: string): number {
  return text.replace(/\D/g, '').length;
}

/** A date written with digits ("03-07-2015", "3.7.2015", "2015-07-03"). */
export function looksLikeDate(text: string): boolean {
  return /^\d{1,4}[-/.‐‑‒–—−]\d{1,2}[-/.‐‑‒–—−]\d{1,4}$/.test(text.replace(/\s+/g, ''));
}

/** Years side by side ("2019-2023", "2023 2024"), or a range of round numbers ("1000-2000"). */
export function looksLikeYearsOrRange(text: string): boolean {
  return (
    /^(?:19|20)\d{2}\s*[-/.‐‑‒–—−\s]\s*(?:19|20)\d{2}$/.test(text) || /^[1-9]\d*00\s*[-‐‑‒–—−]\s*[1-9]\d*00$/.test(text)
  );
}

/** An amount of money ($1.500.000, 1.500.000 pesos, USD 1,500) is not an ID. */
export function looksLikeMoney(before: string, after: string): boolean {
  return (
    /(?:[$€£]|\b(?:usd|clp|uf|eur|gbp))\s*$/i.test(before) ||
    /^\s*(?:de\s+)?(?:pesos|clp|usd|uf|utm|d[óo]lares|dollars|euros|libras|pounds|mil(?:lones)?)(?![\p{L}])/iu.test(
      after,
    )
  );
}

/**
 * A pattern's source in any letter case, the rest of the pattern staying case-sensitive: every
 * letter outside an escape becomes both its cases ("viv[eo]" → "[vV][iI][vV][eEoO]"). Ranges
 * inside a character class are left as written.
 */
export function caseless(source: string): string {
  let output = '';
  let inClass = false;
  for (let index = 0; index < source.length; index += 1) {
    const character = source.charAt(index);
    if (character === '\\') {
      const next = source.charAt(index + 1);
      if ((next === 'p' || next === 'P') && source.charAt(index + 2) === '{') {
        const close = source.indexOf('}', index);
        output += source.slice(index, close + 1);
        index = close;
      } else {
        output += character + next;
        index += 1;
      }
      continue;
    }
    const lower = character.toLowerCase();
    const upper = character.toUpperCase();
    const isLetter = lower !== upper && lower.length === 1 && upper.length === 1;
    if (inClass) {
      if (character === ']') inClass = false;
      const inRange = source.charAt(index - 1) === '-' || source.charAt(index + 1) === '-';
      output += isLetter && !inRange ? lower + upper : character;
    } else if (character === '[') {
      inClass = true;
      output += character;
    } else {
      output += isLetter ? `[${lower}${upper}]` : character;
    }
  }
  return output;
}
