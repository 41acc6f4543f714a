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
const startsCapitalised = /^\p{Lu}/u;
const allLowerCaseLetters = /^\p{Ll}+$/u;
const anyCapital = /\p{Lu}/u;
const threeLetters = /\p{L}{3}/u;
/** A pseudonym or a title before a word ends in a space or a hyphen: without one, there is none. */
const besideSpaceOrHyphen = /^[\s-]$/;

/** `lowerCaseName` of a word: `maybe` is a name only in a note typed all in lower case. */
type LowerCaseName = 'yes' | 'maybe' | 'no';

/** What the scan needs to know about a word as written, whatever stands around it. */
interface TokenFacts {
  folded: string;
  lowerCaseName: LowerCaseName;
  /** Two letters or more, the first a capital. */
  capitalised: boolean;
  /** A word marked safe, by the practitioner or always: never warned about. */
  safe: boolean;
  /** A word of a pseudonym: never warned about either. */
  pseudonymWord: boolean;
  /** For a capitalised word, why it could be a name when nothing around it says so. */
  reason: NameWarningReason | undefined;
}

/** The word without a possessive ending ("Soto's" → "Soto"). */
function withoutPossessive(word: string): string {
  const last = word.charCodeAt(word.length - 1);
  if (isApostrophe(last)) return word.slice(0, -1);
  return last === 0x73 /* s */ && isApostrophe(word.charCodeAt(word.length - 2)) ? word.slice(0, -2) : word;
}

/** ' or ’ */
function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019;
}

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
  const tokenPattern = /\p{L}[\p{L}\p{M}'’]*/gu;

  const lowerIsWord = (token: string): boolean => {
    const lower = token.toLocaleLowerCase();
    let known = wordCache.get(lower);
    if (known === undefined) {
      known = options.lexicon.isWord(lower);
      wordCache.set(lower, known);
    }
    return known;
  };

  /** What a word is wherever it stands, worked out once per word: a brief repeats most of its words. */
  const tokenCache = new Map<string, TokenFacts>();
  function factsAbout(token: string): TokenFacts {
    let facts = tokenCache.get(token);
    if (facts === undefined) {
      const folded = fold(token);
      const capitalised = token.length >= 2 && startsCapitalised.test(token);
      facts = {
        folded,
        lowerCaseName: lowerCaseName(token, folded),
        capitalised,
        safe: safe.has(folded),
        pseudonymWord: pseudonymWords.has(folded),
        reason: capitalised ? reasonAnywhere(token, folded) : undefined,
      };
      tokenCache.set(token, facts);
    }
    return facts;
  }

  /** Why a capitalised `token` could be a name wherever it stands, or undefined when it reads as an ordinary word. */
  function reasonAnywhere(token: string, folded: string): NameWarningReason | undefined {
    if (calendarWords.has(folded)) return undefined;
    if (options.isGivenName?.(folded) === true) return 'given-name';
    return lowerIsWord(token) ? undefined : 'unknown-word';
  }

  /** Why `token` could be a name here, or undefined when it reads as an ordinary word. */
  function reasonFor(token: string, facts: TokenFacts, text: string, index: number) {
    // Right after a pseudonym ("Caregiver A Soto") or a title ("Sra. Soto"), a capitalised word is a name.
    if (besideSpaceOrHyphen.test(text.charAt(index - 1))) {
      const before = text.slice(Math.max(0, index - 40), index);
      if (afterLabel?.test(before) === true || afterTitle.test(before)) return 'beside-name' as const;
    }
    if (options.isCalendarName?.(text, index, token) === true) return 'calendar-name' as const;
    return facts.reason;
  }

  /**
   * Whether a lower-case word could be a name: a known given name, or (`maybe`) any unknown word,
   * which counts in a note typed all in lower case.
   */
  function lowerCaseName(token: string, folded: string): LowerCaseName {
    if (token.length < 3 || !allLowerCaseLetters.test(token) || lowerIsWord(token)) return 'no';
    return options.isGivenName?.(folded) === true ? 'yes' : 'maybe';
  }

  function scan(text: string): void {
    const plain = maskPattern === undefined ? text : text.replace(maskPattern, (label) => ' '.repeat(label.length));
    // Notes typed without capitals give no capital to notice a name by: every unknown word is doubted.
    const allLowerCase = plain.length >= 40 && !anyCapital.test(plain) && threeLetters.test(plain);
    // `exec` on the one pattern: `matchAll` would copy it for every text.
    tokenPattern.lastIndex = 0;
    for (let match = tokenPattern.exec(plain); match !== null; match = tokenPattern.exec(plain)) {
      const token = withoutPossessive(match[0]);
      const facts = factsAbout(token);
      const { folded } = facts;
      const lower = facts.lowerCaseName === 'yes' || (facts.lowerCaseName === 'maybe' && allLowerCase);
      if (lower && !facts.safe && !facts.pseudonymWord) {
        note(token, folded, 'unknown-word', text, match.index);
        continue;
      }
      if (!facts.capitalised) continue;
      if (facts.safe) {
        if (practitionerSafe.has(folded)) safeSeen.add(folded);
        continue;
      }
      if (facts.pseudonymWord) continue;
      const reason = reasonFor(token, facts, text, match.index);
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
