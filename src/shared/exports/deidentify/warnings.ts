/**
 * Capitalised words left after de-identification that could be names nobody listed: a word whose
 * lower-case form is not in the dictionary ("Ximena", "Karen", "Aromos"), or any capitalised word
 * right after a title ("Sra. Soto") or a pseudonym ("Caregiver A Soto"). The practitioner
 * marks each one as a name (an alias of a party) or as safe for this case.
 */
import { escapeRegExp, fold } from '../../text/normalize';
import { contextAround } from './context';
import { titles } from './names';

/** The dictionaries, seen from the shared code: main loads them (Hunspell, English and Spanish). */
export interface Lexicon {
  /** True when the word, exactly as given, is a word of one of the dictionaries. */
  isWord(word: string): boolean;
}

/** Why a word is in the list, so the practitioner knows what to look at. */
export const nameWarningReasons = [
  'unknown-word',
  'beside-name',
  'given-name',
  'calendar-name',
  'listed-name',
] as const;
export type NameWarningReason = (typeof nameWarningReasons)[number];

export interface NameWarning {
  /** As first written in the brief. */
  word: string;
  count: number;
  /** Up to three short passages of the de-identified brief around the word. */
  contexts: string[];
  reason: NameWarningReason;
  /** For `listed-name`: the pseudonym it would become if it is the name. */
  pseudonym?: string;
}

export interface WarningScanOptions {
  lexicon: Lexicon;
  /** Words the practitioner marked as safe for this case (any case or accents). */
  safeWords: readonly string[];
  /** Pseudonyms and markers: never warned about, and a word beside a pseudonym is suspect. */
  pseudonyms: readonly string[];
  markers: readonly string[];
  /** True for a folded given name or diminutive (a list, since many are also ordinary words: Esperanza, Faith). */
  isGivenName?: (folded: string) => boolean;
  /** True where a month or weekday reads as someone's name ("April said", "vino Abril"). */
  isCalendarName?: (text: string, index: number, word: string) => boolean;
}

/** Words that are capitalised but never a person's name, so they never need marking. */
const builtInSafeWords = ['english', 'spanish', 'ingles', 'espanol', 'alianza'];

/** Months and weekdays, capitalised in English: a name only where `isCalendarName` says so ("April said"). */
const calendarWords = new Set([
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  ...['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august'],
  ...['september', 'october', 'november', 'december'],
  ...['lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo'],
  ...['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto'],
  ...['septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre'],
]);

const contextsKept = 3;
const tokenPattern = /\p{L}[\p{L}\p{M}'’]*/gu;

/** Collects warnings over every text of a brief; `warnings()` lists them, most frequent first. */
export function createWarningScan(options: WarningScanOptions) {
  const practitionerSafe = new Set(options.safeWords.map(fold));
  const safe = new Set([...builtInSafeWords, ...practitionerSafe]);
  const safeSeen = new Set<string>();
  const pseudonymWords = new Set(options.pseudonyms.flatMap((label) => label.split(/[\s/]+/)).map(fold));
  const masked = [...options.pseudonyms, ...options.markers].sort((a, b) => b.length - a.length);
  const maskPattern = masked.length === 0 ? undefined : new RegExp(masked.map(escapeRegExp).join('|'), 'gu');
  const labels = options.pseudonyms.map(escapeRegExp).join('|');
  const afterLabel = labels === '' ? undefined : new RegExp(`(?:${labels})[\\s-]+$`, 'u');
  const afterTitle = new RegExp(`(?<![\\p{L}\\p{N}])(?:${titles.join('|')})\\.?\\s+$`, 'iu');
  const wordCache = new Map<string, boolean>();
  const found = new Map<string, NameWarning>();

  const lowerIsWord = (token: string): boolean => {
    const lower = token.toLocaleLowerCase();
    let known = wordCache.get(lower);
    if (known === undefined) {
      known = options.lexicon.isWord(lower);
      wordCache.set(lower, known);
    }
    return known;
  };

  /** Why `token` could be a name here, or undefined when it reads as an ordinary word. */
  function reasonFor(token: string, folded: string, before: string, text: string, index: number) {
    // Right after a pseudonym ("Caregiver A Soto") or a title ("Sra. Soto"), a capitalised word is a name.
    if (afterLabel?.test(before) === true || afterTitle.test(before)) return 'beside-name' as const;
    if (options.isCalendarName?.(text, index, token) === true) return 'calendar-name' as const;
    if (calendarWords.has(folded)) return undefined;
    if (options.isGivenName?.(folded) === true) return 'given-name' as const;
    return lowerIsWord(token) ? undefined : ('unknown-word' as const);
  }

  /** A lower-case word that could be a name: a known given name, or any unknown word in a note typed all in lower case. */
  function lowerCaseName(token: string, folded: string, allLowerCase: boolean): boolean {
    if (token.length < 3 || !/^\p{Ll}+$/u.test(token) || lowerIsWord(token)) return false;
    return allLowerCase || options.isGivenName?.(folded) === true;
  }

  function scan(text: string): void {
    const plain = maskPattern === undefined ? text : text.replace(maskPattern, (label) => ' '.repeat(label.length));
    // Notes typed without capitals give no capital to notice a name by: every unknown word is doubted.
    const allLowerCase = /\p{L}{3}/u.test(plain) && !/\p{Lu}/u.test(plain) && plain.length >= 40;
    for (const match of plain.matchAll(tokenPattern)) {
      const token = match[0].replace(/['’]s?$/u, '');
      const folded = fold(token);
      if (lowerCaseName(token, folded, allLowerCase) && !safe.has(folded) && !pseudonymWords.has(folded)) {
        note(token, folded, 'unknown-word', text, match.index);
        continue;
      }
      if (token.length < 2 || !/^\p{Lu}/u.test(token)) continue;
      if (safe.has(folded)) {
        if (practitionerSafe.has(folded)) safeSeen.add(folded);
        continue;
      }
      if (pseudonymWords.has(folded)) continue;
      const before = text.slice(Math.max(0, match.index - 40), match.index);
      const reason = reasonFor(token, folded, before, text, match.index);
      if (reason !== undefined) note(token, folded, reason, text, match.index);
    }
  }

  function note(token: string, folded: string, reason: NameWarningReason, text: string, index: number): void {
    const warning = found.get(folded) ?? { word: token, count: 0, contexts: [], reason };
    warning.count += 1;
    if (warning.contexts.length < contextsKept) warning.contexts.push(contextAround(text, index, token.length));
    found.set(folded, warning);
  }

  return {
    scan,
    /** How many distinct words the practitioner marked as safe were met. */
    safeWordsSeen: () => safeSeen.size,
    warnings: (): NameWarning[] =>
      [...found.values()].sort((a, b) => b.count - a.count || a.word.localeCompare(b.word)),
  };
}
